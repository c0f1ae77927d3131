// The names a language needs beyond the browser's (Creole countries and languages): a module of
// its own, loaded with a language's messages, so the console in English never downloads them.
export { LOCALE_NAMES } from '@lad/sdk';
