import {
  type ActionPackage,
  type Agenda,
  CORE_LOCALES,
  type Commitment,
  type Committee,
  type ContentType,
  type CoreLocale,
  type LocalizedText,
  type TranslationCompleteness,
  type TranslationCount,
  type TranslationTask,
} from '@lad/sdk';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import { fieldsOf } from './commitments.js';
import { listReference } from './reference.js';
import { fromJson, iso } from './util.js';

/** How much of each kind of content exists in each core language, and how (R11). */
export async function translationCompleteness(
  db: Kysely<Database>,
  now: Date,
): Promise<TranslationCompleteness> {
  const texts = new Map<ContentType, LocalizedText[]>();
  const add = (type: ContentType, text: LocalizedText | null | undefined) => {
    if (!text) return;
    texts.set(type, [...(texts.get(type) ?? []), text]);
  };
  for (const row of await db.selectFrom('commitments').select('data').execute()) {
    add('commitment', fromJson<{ title: LocalizedText }>(row.data).title);
  }
  for (const row of await db.selectFrom('commitment_updates').select('data').execute()) {
    add('commitment_update', fromJson<{ summary: LocalizedText }>(row.data).summary);
  }
  for (const row of await db.selectFrom('indicators').select('data').execute()) {
    add('indicator', fromJson<{ name: LocalizedText }>(row.data).name);
  }
  for (const row of await db.selectFrom('events').select('data').execute()) {
    add('event', fromJson<{ title: LocalizedText }>(row.data).title);
  }
  for (const row of await db
    .selectFrom('agendas')
    .select('data')
    .where('published_at', 'is not', null)
    .execute()) {
    for (const item of fromJson<Agenda>(row.data).items) add('agenda_item', item.title);
  }
  for (const ap of await listReference<ActionPackage>(db, 'action_package')) add('action_package', ap.name);
  for (const c of await listReference<Committee>(db, 'committee')) add('committee', c.name);

  const counts: TranslationCount[] = [];
  for (const [contentType, list] of texts) {
    for (const locale of CORE_LOCALES) {
      let human = 0;
      let machine = 0;
      for (const text of list) {
        if (text.text[locale] === undefined) continue;
        if (text.original !== locale && text.provenance?.[locale] === 'machine') machine++;
        else human++;
      }
      const total = list.length;
      counts.push({
        locale,
        contentType,
        total,
        human,
        machine,
        missing: total - human - machine,
        ratio: total ? Math.round(((human + machine) / total) * 1000) / 1000 : 1,
      });
    }
  }
  return { locales: [...CORE_LOCALES], counts, generatedAt: iso(now) };
}

/**
 * The curators' translation queue for `locale`: every commitment title and description in scope
 * (`inScope`) missing in that language, then every one there only by machine translation, each
 * with its original text. Ordered by country, then id, so two translators see the same order.
 */
export async function translationQueue(
  db: Kysely<Database>,
  locale: CoreLocale,
  inScope: (c: Pick<Commitment, 'country' | 'actionPackages'>) => boolean,
  country?: string,
): Promise<TranslationTask[]> {
  let query = db.selectFrom('commitments').selectAll();
  if (country) query = query.where('country', '=', country);
  const missing: TranslationTask[] = [];
  const machine: TranslationTask[] = [];
  for (const row of await query.execute()) {
    const c = { ...fieldsOf(row), id: row.id };
    if (!inScope(c)) continue;
    for (const field of ['title', 'description'] as const) {
      const value = c[field];
      if (!value || value.original === locale) continue;
      const text = value.text[locale] ?? null;
      const isMachine = text !== null && value.provenance?.[locale] === 'machine';
      if (text !== null && !isMachine) continue;
      const task: TranslationTask = {
        contentType: 'commitment',
        id: c.id,
        field,
        country: c.country,
        original: value.original,
        source: value.text[value.original] ?? '',
        text,
        need: text === null ? 'missing' : 'machine',
      };
      (text === null ? missing : machine).push(task);
    }
  }
  const order = (a: TranslationTask, b: TranslationTask) =>
    a.country.localeCompare(b.country) || a.id.localeCompare(b.id) || a.field.localeCompare(b.field);
  return [...missing.sort(order), ...machine.sort(order)];
}
