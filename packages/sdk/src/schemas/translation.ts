import * as z from 'zod/mini';
import { Count, checked, DateTime } from './common.js';
import { Locale } from './locale.js';

/** Kinds of content whose translations are counted. */
export const ContentType = z.enum([
  'commitment',
  'commitment_update',
  'indicator',
  'event',
  'agenda_item',
  'action_package',
  'committee',
]);
export type ContentType = z.output<typeof ContentType>;

/** How much of one kind of content exists in one language, and how it got there. */
export const TranslationCount = z.object({
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
  ratio: checked(z.number(), z.minimum(0), z.maximum(1)),
});
export type TranslationCount = z.output<typeof TranslationCount>;

/** Translation completeness per language and content type (R11). */
export const TranslationCompleteness = z.object({
  locales: z.array(Locale),
  counts: z.array(TranslationCount),
  generatedAt: DateTime,
});
export type TranslationCompleteness = z.output<typeof TranslationCompleteness>;
