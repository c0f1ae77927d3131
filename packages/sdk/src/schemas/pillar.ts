import * as v from 'valibot';
import { PILLAR_IDS } from '../constants.js';
import { Source } from './common.js';
import { LocalizedTitle } from './locale.js';

/** A pillar id: `I`, `II`, `III` or `IV`. */
export const PillarId = v.picklist(PILLAR_IDS);
export type PillarId = v.InferOutput<typeof PillarId>;

/**
 * One of the four pillars. Pillar IV (coordinated emergency response) has no action-package
 * committees; it stays visible even when empty, because a gap is information (R3).
 */
export const Pillar = v.object({
  id: PillarId,
  /** The official name. */
  name: LocalizedTitle,
  /** The short form used in U.S. government material. */
  shortName: LocalizedTitle,
  /** Whether action-package committees were set up under this pillar. */
  hasCommittees: v.boolean(),
  sources: v.array(Source),
});
export type Pillar = v.InferOutput<typeof Pillar>;
