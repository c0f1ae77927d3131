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

  /**
   * Puts the focus on the page's heading, so a screen reader announces the page that opened. A
   * page that shows "Loading…" under its heading first renders a new heading with its content:
   * the focus follows it there (it would otherwise fall to the document's body) until the person
   * moves it.
   */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('h1');
    if (!heading) return;
    heading.focus();
    this.followHeading(heading);
  }

  private headingWatch: (() => void) | null = null;

  private followHeading(first: HTMLElement): void {
    this.headingWatch?.();
    const root = this.renderRoot as ShadowRoot;
    let heading = first;
    const stop = () => {
      observer.disconnect();
      root.removeEventListener('focusin', moved);
      if (this.headingWatch === stop) this.headingWatch = null;
    };
    // The person moved the focus to something else on the page: theirs from now on.
    const moved = (e: Event) => {
      if (e.target !== heading) stop();
    };
    const observer = new MutationObserver(() => {
      if (heading.isConnected) return;
      const lost = !document.activeElement || document.activeElement === document.body;
      if (!lost) return stop();
      const next = root.querySelector<HTMLElement>('h1');
      if (!next) return;
      heading = next;
      next.focus();
    });
    observer.observe(root, { childList: true, subtree: true });
    root.addEventListener('focusin', moved);
    this.headingWatch = stop;
  }
}
