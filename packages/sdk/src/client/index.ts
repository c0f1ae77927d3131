export { createLadClient, type LadClient, type RegistrationQuery } from './create-client.js';
export { createIdempotencyKey } from './idempotency.js';
export type { LadClientOptions, LadRetryOptions, RequestOptions, WriteOptions } from './transport.js';
