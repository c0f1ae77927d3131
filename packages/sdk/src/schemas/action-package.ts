import * as z from 'zod/mini';
import { Certainty, Id, Source } from './common.js';
import { CountryCode } from './country.js';
import { LocalizedText, LocalizedTitle } from './locale.js';
import { PillarId } from './pillar.js';

/**
 * An action package: a workstream under a pillar, led by one or more countries, followed by an
 * action-package committee.
 */
export const ActionPackage = z.object({
  id: Id,
  pillar: PillarId,
  /** `uncertain` when public sources disagree on the pillar. */
  pillarCertainty: Certainty,
  name: LocalizedTitle,
  description: z.nullable(LocalizedText),
  /** Lead country or co-leads. */
  leads: z.array(CountryCode),
  participants: z.array(CountryCode),
  /** False when the public list of participants is cut off or was not found. */
  participantsComplete: z.boolean(),
  /** The committee that follows this package, when one exists. */
  committeeId: z.nullable(Id),
  sources: z.array(Source),
});
export type ActionPackage = z.output<typeof ActionPackage>;
