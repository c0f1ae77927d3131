import { CORE_LOCALES, type CoreLocale, LANGUAGE_ENDONYMS } from '@lad/sdk';
import { msg } from '@lit/localize';
import { html } from 'lit';
import { currentLocale, switchLocale } from './locale.js';

/**
 * The language menu every widget carries: languages named in themselves; choosing one switches
 * every LAD widget on the page and is remembered for the reader's next visit.
 */
export function languageMenu(host: HTMLElement) {
  const id = 'lad-language';
  const change = (event: Event) => {
    const locale = (event.target as HTMLSelectElement).value as CoreLocale;
    void switchLocale(locale, { source: host, remember: true });
  };
  return html`<div class="field language" part="language-menu">
    <label for=${id}>${msg('Language', { id: 'menu.language', desc: 'Label of the language menu' })}</label>
    <select id=${id} @change=${change} .value=${currentLocale()}>
      ${CORE_LOCALES.map(
        (l) =>
          html`<option value=${l} lang=${l} ?selected=${l === currentLocale()}>${LANGUAGE_ENDONYMS[l]}</option>`,
      )}
    </select>
  </div>`;
}
