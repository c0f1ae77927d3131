/**
 * `@lad/sdk`: the Los Angeles Declaration domain as zod schemas (the single source of truth),
 * reference data with sources, Creole-correct formatting, and a typed HTTP client.
 *
 * @packageDocumentation
 */

export * from './client/index.js';
export * from './errors/index.js';
export * from './i18n/index.js';
export * from './reference/index.js';
export * from './schemas/index.js';
