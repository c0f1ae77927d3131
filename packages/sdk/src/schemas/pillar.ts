import * as z from 'zod/mini';
import { PILLAR_IDS } from '../constants.js';
import { Source } from './common.js';
import { LocalizedTitle } from './locale.js';

/** A pillar id: `I`, `II`, `III` or `IV`. */
export const PillarId = z.enum(PILLAR_IDS);
export type PillarId = z.output<typeof PillarId>;

/**
 * One of the four pillars. Pillar IV (coordinated emergency response) has no action-package
 * committees; it stays visible even when empty, because a gap is information (R3).
 */
export const Pillar = z.object({
  id: PillarId,
  /** The official name. */
  name: LocalizedTitle,
  /** The short form used in U.S. government material. */
  shortName: LocalizedTitle,
  /** Whether action-package committees were set up under this pillar. */
  hasCommittees: z.boolean(),
  sources: z.array(Source),
});
export type Pillar = z.output<typeof Pillar>;
