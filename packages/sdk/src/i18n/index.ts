export * from './creole.js';
export * from './format.js';
export * from './locales.js';
export * from './names.js';
