import * as v from 'valibot';
import { CalendarDate, Certainty, Id, plainText, Source } from './common.js';
import { CountryCode } from './country.js';
import { LocalizedTitle } from './locale.js';

/**
 * A regional or international mechanism the Declaration coordinates with (R12): CSM, CRM, the
 * UN regional network on migration, the Quito Process, MIRPS, Cartagena +40, Mercosur, CARICOM.
 * One commitment can belong to several mechanisms, so each mechanism's website filters the
 * same data instead of copying it.
 */
export const RegionalMechanism = v.object({
  id: Id,
  acronym: v.nullable(plainText(40)),
  name: LocalizedTitle,
  /** Member countries, or `null` where no reliable public list was found. */
  members: v.nullable(v.array(CountryCode)),
  /** The date the member list describes, when it is a snapshot of an older list. */
  membersAsOf: v.optional(CalendarDate),
  membersCertainty: Certainty,
  /** Associate, observer or cooperating states, where the mechanism has them. */
  associates: v.array(CountryCode),
  /** What the associates are called (observer, associated state, cooperating state…). */
  associatesRole: v.nullable(v.picklist(['observer', 'associate', 'cooperating'])),
  /** Short note on what is not known or disputed, in English. */
  note: v.nullable(plainText(1_000)),
  sources: v.array(Source),
});
export type RegionalMechanism = v.InferOutput<typeof RegionalMechanism>;
