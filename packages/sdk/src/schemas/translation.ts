import * as v from 'valibot';
import { Count, DateTime } from './common.js';
import { Locale } from './locale.js';

/** Kinds of content whose translations are counted. */
export const ContentType = v.picklist([
  'commitment',
  'commitment_update',
  'indicator',
  'event',
  'agenda_item',
  'action_package',
  'committee',
]);
export type ContentType = v.InferOutput<typeof ContentType>;

/** How much of one kind of content exists in one language, and how it got there. */
export const TranslationCount = v.object({
  locale: Locale,
  contentType: ContentType,
  /** Texts of this kind. */
  total: Count,
  /** Texts available in this language, written or translated by a person. */
  human: Count,
  /** Texts available in this language by machine translation only. */
  machine: Count,
  /** Texts not available in this language. */
  missing: Count,
  /** Share available in this language (human or machine), 0–1. */
  ratio: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
});
export type TranslationCount = v.InferOutput<typeof TranslationCount>;

/** Translation completeness per language and content type (R11). */
export const TranslationCompleteness = v.object({
  locales: v.array(Locale),
  counts: v.array(TranslationCount),
  generatedAt: DateTime,
});
export type TranslationCompleteness = v.InferOutput<typeof TranslationCompleteness>;
