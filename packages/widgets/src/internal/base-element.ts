import type { LadTransport } from '@lad/sdk';
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { defaultApiBase, transportFor } from './client.js';
import { LocaleController } from './locale.js';

const MODULE_URL = import.meta.url;

/**
 * What every LAD widget shares: where the API is (`api-base`), its language (`lang`, shared by
 * every LAD widget on the page), and an SDK client.
 */
export class LadElement extends LitElement {
  /**
   * Address of the LAD API, e.g. `https://api.example.org`. Defaults to the server the widget
   * file was loaded from (when it comes from an API's `/cdn/`), else this page's origin.
   */
  @property({ attribute: 'api-base' }) apiBase = '';

  /**
   * Language: `es`, `en`, `pt`, `fr` or `ht` (any BCP 47 tag; the closest is used). All LAD
   * widgets on a page share one language; changing it here changes it for all.
   */
  @property({ reflect: true }) override lang = '';

  /** A `fetch` to call the API with (tests, proxies, authenticated gateways). Set as a property. */
  @property({ attribute: false }) fetch?: typeof globalThis.fetch;

  protected readonly localeController = new LocaleController(this);

  /** The SDK transport for this widget's API; pair it with the resource clients it needs. */
  protected get transport(): LadTransport {
    return transportFor(this.apiBase || defaultApiBase(MODULE_URL), this.fetch);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) {
      if (changed.get('lang') !== undefined) this.localeController.langChanged(this.lang);
      // Set as a property before the first render (frameworks do): as if it had been there.
      else if (this.lang) this.localeController.initialLang(this.lang);
    }
    super.willUpdate(changed);
  }
}
