import type { Account, AccountRole } from '@lad/sdk';
import { updateWhenLocaleChanges } from '@lit/localize';
import { type CSSResultGroup, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { ConsoleApi } from './api.js';
import { baseStyles } from './styles.js';

/**
 * What every page of the console is given by the shell: the API, the signed-in person, the
 * role they act in, and the route's parameters. A page re-renders when the language changes.
 */
export class ConsolePage extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  @property({ attribute: false }) api!: ConsoleApi;
  /** The signed-in person; `null` on the pages for signing in. */
  @property({ attribute: false }) account: Account | null = null;
  /** The role the person acts in. */
  @property({ attribute: false }) acting: AccountRole | null = null;
  /** The route's parameters: `#/commitments/<id>` gives `[id]`. */
  @property({ attribute: false }) params: string[] = [];
  /** The route's query: `#/commitments?pillar=II`. */
  @property({ attribute: false }) query: URLSearchParams = new URLSearchParams();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Puts the focus on the page's heading, so a screen reader announces the page that opened. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }
}
