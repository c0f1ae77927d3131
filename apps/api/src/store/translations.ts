import {
  type ActionPackage,
  type Agenda,
  CORE_LOCALES,
  type Committee,
  type ContentType,
  type LocalizedText,
  type TranslationCompleteness,
  type TranslationCount,
} from '@lad/sdk';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
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
