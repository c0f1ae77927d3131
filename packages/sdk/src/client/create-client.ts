import { commitmentsClient } from './resources/commitments.js';
import { eventsClient } from './resources/events.js';
import { importsClient } from './resources/imports.js';
import { indicatorsClient, progressClient } from './resources/indicators.js';
import { metaClient } from './resources/meta.js';
import { proposalsClient, registrationsClient } from './resources/participation.js';
import { peopleClient, tokensClient } from './resources/people.js';
import { referenceClient } from './resources/reference.js';
import { createLadTransport, type LadClientOptions } from './transport.js';

/**
 * Creates a typed client for the LAD API, with every resource. Every response is checked
 * against its schema; errors are {@link LadApiError}, {@link LadValidationError} or
 * {@link LadNetworkError}. Reads and public writes retry on network errors, timeouts, 5xx and
 * 429 (honouring `Retry-After`); public writes send one `Idempotency-Key` for all their
 * attempts. No Node-only API is used: it runs in browsers, Node 20 and edge runtimes.
 *
 * In a browser bundle that needs only some resources, use {@link createLadTransport} with the
 * resource clients instead (`commitmentsClient`, `eventsClient`, …): only their schemas are kept.
 *
 * @example
 * import { createLadClient } from '@lad/sdk';
 *
 * const lad = createLadClient({ baseUrl: 'https://api.example.org', locale: 'ht' });
 * const { items } = await lad.commitments.list({ country: 'HT', pillar: 'II' });
 * for await (const c of lad.commitments.iterate({ status: 'complete' })) console.log(c.title);
 */
export function createLadClient(options: LadClientOptions) {
  const t = createLadTransport(options);
  const { health, translations, audit } = metaClient(t);
  return {
    /** The `/v1/` URL every path is resolved against. */
    root: t.root,
    health,
    commitments: commitmentsClient(t),
    progress: progressClient(t),
    indicators: indicatorsClient(t),
    imports: importsClient(t),
    ...referenceClient(t),
    events: eventsClient(t),
    registrations: registrationsClient(t),
    proposals: proposalsClient(t),
    translations,
    audit,
    people: peopleClient(t),
    tokens: tokensClient(t),
  };
}

/** The client {@link createLadClient} returns. */
export type LadClient = ReturnType<typeof createLadClient>;
