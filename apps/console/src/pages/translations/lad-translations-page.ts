import { CORE_LOCALES, type CoreLocale, listTranslationQueue, type TranslationTask } from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { currentLocale } from '../../internal/locale.js';
import {
  countryName,
  errorText,
  languageName,
  loadingText,
  number,
  retryText,
} from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { baseStyles } from '../../internal/styles.js';

type Load =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'done'; locale: CoreLocale; items: TranslationTask[] };

/** How much of an original text a queue line shows. */
const SHOWN_CHARACTERS = 160;

/**
 * The translation queue (R11): in the scope the person acts in, every commitment title and
 * description missing in the chosen language, then those there only as a machine translation,
 * each with its original text and a link to the editor, where the five languages stand side by
 * side. Saving a text as a person's takes it out of the queue.
 */
@customElement('lad-translations-page')
export class LadTranslationsPage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      section {
        margin-block-end: 2rem;
      }
      ul {
        padding-inline-start: 1.25rem;
      }
      li {
        margin-block: 0.5rem;
      }
      .meta {
        color: var(--muted);
        font-size: 0.9rem;
      }
    `,
  ];

  /** The language to write in: the console's own, until the person picks another. */
  @state() private target: CoreLocale | null = null;
  @state() private load: Load = { kind: 'loading' };
  private controller: AbortController | null = null;

  private get language(): CoreLocale {
    return this.target ?? currentLocale();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      (changed.has('acting') || changed.has('api') || (changed as Map<string, unknown>).has('target')) &&
      this.api
    )
      void this.fetch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  private async fetch(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const locale = this.language;
    this.load = { kind: 'loading' };
    try {
      const queue = await listTranslationQueue(
        this.api.transport,
        { locale },
        { signal: controller.signal, cache: 'no-cache' },
      );
      if (this.controller === controller) this.load = { kind: 'done', locale, items: queue.items };
    } catch (error) {
      if (!controller.signal.aborted) this.load = { kind: 'error', error };
    }
  }

  protected override render() {
    const load = this.load;
    return html`
      <h1 tabindex="-1">${msg('Translation queue', { id: 'translations.title' })}</h1>
      <p>
        <label for="target">${msg('Language to write in', { id: 'translations.language' })}</label>
        <select
          id="target"
          @change=${(e: Event) => {
            this.target = (e.target as HTMLSelectElement).value as CoreLocale;
          }}
        >
          ${CORE_LOCALES.map(
            (l) => html`<option value=${l} ?selected=${l === this.language}>${languageName(l)}</option>`,
          )}
        </select>
      </p>
      ${load.kind === 'loading' ? html`<p role="status">${loadingText()}</p>` : nothing}
      ${
        load.kind === 'error'
          ? html`<div class="notice error" role="alert">
            <p>${errorText(load.error)}</p>
            <button @click=${() => void this.fetch()}>${retryText()}</button>
          </div>`
          : nothing
      }
      ${load.kind === 'done' ? this.renderQueue(load) : nothing}
    `;
  }

  private renderQueue(load: Extract<Load, { kind: 'done' }>) {
    const into = languageName(load.locale);
    if (!load.items.length)
      return html`<p role="status">
        ${msg(str`Nothing to write in ${into} in your scope.`, { id: 'translations.none' })}
      </p>`;
    const missing = load.items.filter((t) => t.need === 'missing');
    const machine = load.items.filter((t) => t.need === 'machine');
    return html`
      <p role="status">
        ${msg(str`To write or review in ${into}: ${number(load.items.length)}`, {
          id: 'translations.total',
          desc: 'A label and a count, e.g. “To write or review in Haitian Creole: 12”',
        })}
      </p>
      <section aria-labelledby="missing">
        <h2 id="missing">${msg('Missing', { id: 'translations.missing' })} (${number(missing.length)})</h2>
        ${this.renderList(missing)}
      </section>
      <section aria-labelledby="machine">
        <h2 id="machine">
          ${msg('Machine translations to review', { id: 'translations.machine' })} (${number(machine.length)})
        </h2>
        ${this.renderList(machine)}
      </section>
    `;
  }

  private renderList(items: TranslationTask[]) {
    if (!items.length) return html`<p>${msg('None.', { id: 'translations.empty' })}</p>`;
    return html`<ul>
      ${items.map((t) => {
        const source =
          t.source.length > SHOWN_CHARACTERS ? `${t.source.slice(0, SHOWN_CHARACTERS)}…` : t.source;
        const field =
          t.field === 'title'
            ? msg('title', { id: 'translations.field.title', desc: 'Which text of a commitment' })
            : msg('description', {
                id: 'translations.field.description',
                desc: 'Which text of a commitment',
              });
        const from = languageName(t.original);
        return html`<li>
          <a href="#/commitments/${encodeURIComponent(t.id)}" lang=${t.original}>${source}</a>
          <span class="meta">— ${countryName(t.country)}; ${field}; ${msg(str`written in ${from}`, {
            id: 'translations.written_in',
          })}</span>
        </li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-translations-page': LadTranslationsPage;
  }
}
