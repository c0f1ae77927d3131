/**
 * `@lad/sdk`: the Los Angeles Declaration domain as zod schemas (the single source of truth),
 * reference data with sources, Creole-correct formatting, and a typed HTTP client.
 *
 * Every module is separate and side-effect free, so a browser bundle keeps only what it uses:
 * the formatting helpers and constants never pull in the validation library, and the modular
 * client (`createLadTransport` with `commitmentsClient`, `eventsClient`, …) only the schemas of
 * the resources it calls.
 *
 * @packageDocumentation
 */
export * from './client/index.js';
export * from './constants.js';
export * from './criteria.js';
export * from './errors/index.js';
export * from './helpers.js';
export * from './i18n/index.js';
export * from './reference/index.js';
export * from './schemas/index.js';
export * from './validate.js';
