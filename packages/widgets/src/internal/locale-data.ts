// The names a language needs beyond the browser's (Creole countries and languages, cities of
// time zones, indicator units): a module of its own, loaded with a language's messages, so a page
// in English never downloads them.
export { LOCALE_NAMES } from '@lad/sdk';
