import * as z from 'zod/mini';
import { CalendarDate, Certainty, Id, plainText, Source } from './common.js';
import { CountryCode } from './country.js';
import { LocalizedTitle } from './locale.js';

/**
 * A regional or international mechanism the Declaration coordinates with (R12): CSM, CRM, the
 * UN regional network on migration, the Quito Process, MIRPS, Cartagena +40, Mercosur, CARICOM.
 * One commitment can belong to several mechanisms, so each mechanism's website filters the
 * same data instead of copying it.
 */
export const RegionalMechanism = z.object({
  id: Id,
  acronym: z.nullable(plainText(40)),
  name: LocalizedTitle,
  /** Member countries, or `null` where no reliable public list was found. */
  members: z.nullable(z.array(CountryCode)),
  /** The date the member list describes, when it is a snapshot of an older list. */
  membersAsOf: z.optional(CalendarDate),
  membersCertainty: Certainty,
  /** Associate, observer or cooperating states, where the mechanism has them. */
  associates: z.array(CountryCode),
  /** What the associates are called (observer, associated state, cooperating state…). */
  associatesRole: z.nullable(z.enum(['observer', 'associate', 'cooperating'])),
  /** Short note on what is not known or disputed, in English. */
  note: z.nullable(plainText(1_000)),
  sources: z.array(Source),
});
export type RegionalMechanism = z.output<typeof RegionalMechanism>;
