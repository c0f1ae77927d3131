import * as v from 'valibot';
import { Certainty, Id, Source } from './common.js';
import { CountryCode } from './country.js';
import { LocalizedText, LocalizedTitle } from './locale.js';
import { PillarId } from './pillar.js';

/**
 * An action package: a workstream under a pillar, led by one or more countries, followed by an
 * action-package committee.
 */
export const ActionPackage = v.object({
  id: Id,
  pillar: PillarId,
  /** `uncertain` when public sources disagree on the pillar. */
  pillarCertainty: Certainty,
  name: LocalizedTitle,
  description: v.nullable(LocalizedText),
  /** Lead country or co-leads. */
  leads: v.array(CountryCode),
  participants: v.array(CountryCode),
  /** False when the public list of participants is cut off or was not found. */
  participantsComplete: v.boolean(),
  /** The committee that follows this package, when one exists. */
  committeeId: v.nullable(Id),
  sources: v.array(Source),
});
export type ActionPackage = v.InferOutput<typeof ActionPackage>;
