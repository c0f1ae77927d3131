import * as z from 'zod/mini';
import { Count, checked, DateTime, Id } from './common.js';
import { CountryCode } from './country.js';
import { CoreLocale, Locale } from './locale.js';

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

/**
 * One text a translator should write or review in `locale` (the curators' translation queue):
 * missing in that language, or there only as a machine translation.
 */
export const TranslationTask = z.object({
  contentType: z.literal('commitment'),
  /** The commitment's id. */
  id: Id,
  field: z.enum(['title', 'description']),
  country: CountryCode,
  /** The language the text was written in, and the text in it. */
  original: Locale,
  source: z.string(),
  /** What the text says in `locale` now (`null`: missing). */
  text: z.nullable(z.string()),
  /** `missing`, or `machine` for a machine translation waiting for a person's review. */
  need: z.enum(['missing', 'machine']),
});
export type TranslationTask = z.output<typeof TranslationTask>;

/** The translation queue for one language: what is missing first, then what a machine wrote. */
export const TranslationQueue = z.object({
  locale: CoreLocale,
  items: z.array(TranslationTask),
  /** Tasks in the queue (all of them are in `items`). */
  total: Count,
});
export type TranslationQueue = z.output<typeof TranslationQueue>;

/** Which language's queue, and optionally one country's. */
export const TranslationQueueQuery = z.object({
  locale: CoreLocale,
  country: z.optional(CountryCode),
});
export type TranslationQueueQuery = z.output<typeof TranslationQueueQuery>;
