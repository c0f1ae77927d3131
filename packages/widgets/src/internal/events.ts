import type { CoreLocale } from '@lad/sdk';

const init = <T>(detail: T) => ({ detail, bubbles: true, composed: true });

/** The language of every LAD widget on the page changed (from a widget's language menu, or `lang`). */
export class LadLocaleChangeEvent extends CustomEvent<{ locale: CoreLocale; previous: CoreLocale }> {
  static readonly type = 'lad-locale-change';
  constructor(detail: { locale: CoreLocale; previous: CoreLocale }) {
    super(LadLocaleChangeEvent.type, init(detail));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lad-locale-change': LadLocaleChangeEvent;
  }
}
