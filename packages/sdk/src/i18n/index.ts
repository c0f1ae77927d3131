export * from './creole.js';
export * from './format.js';
export * from './locale-names.js';
export * from './locales.js';
export * from './lookup.js';
export * from './names.js';
export * from './places.js';
export * from './quantity.js';
