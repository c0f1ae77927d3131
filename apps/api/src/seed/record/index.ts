import {
  CORE_LOCALES,
  type CommitmentStatus,
  type CommitmentUpdate,
  type LocalizedText,
  type Source,
} from '@lad/sdk';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/index.js';
import {
  addCommitmentUpdate,
  type CommitmentFields,
  commitmentFields,
  fieldsOf,
  getCommitmentRow,
  insertCommitment,
  updateCommitment,
} from '../../store/commitments.js';
import { fromJson } from '../../store/util.js';
import { reconcile, type SeedReport } from '../state.js';
import {
  RECORD_COMMITMENTS,
  RECORD_PROGRESS,
  type RecordCommitment,
  type RecordProgress,
} from './commitments.js';
import { RECORD_SOURCES, type RecordSourceKey } from './sources.js';
import { es } from './translations/es.js';
import { fr } from './translations/fr.js';
import { ht } from './translations/ht.js';
import { pt } from './translations/pt.js';
import type { RecordTranslation } from './translations/types.js';

export { RECORD_COMMITMENTS, RECORD_PROGRESS, RECORD_SOURCES };

const TRANSLATIONS: Record<string, RecordTranslation> = { es, pt, fr, ht };

/** Said of every status the project assessed, so operators know to review it. */
const ASSESSED: Record<string, string> = {
  en: 'Status assessed from public sources.',
  es: 'Estado evaluado a partir de fuentes públicas.',
  pt: 'Situação avaliada a partir de fontes públicas.',
  fr: 'Statut évalué à partir de sources publiques.',
  ht: 'Yo evalye sitiyasyon an apati sous piblik yo.',
};

/** English and, where translated, the four other languages, marked as machine translations. */
function localized(
  en: string,
  pick: (t: RecordTranslation) => string | undefined,
  suffix?: Record<string, string>,
) {
  const text: Record<string, string> = { en: suffix ? `${en} ${suffix.en}` : en };
  const provenance: Record<string, 'machine'> = {};
  for (const locale of CORE_LOCALES) {
    const translation = locale === 'en' ? undefined : TRANSLATIONS[locale];
    const value = translation && pick(translation);
    if (!value) continue;
    text[locale] = suffix ? `${value} ${suffix[locale]}` : value;
    provenance[locale] = 'machine';
  }
  return { original: 'en', text, provenance } satisfies LocalizedText;
}

const sources = (keys: readonly RecordSourceKey[]): Source[] => keys.map((k) => ({ ...RECORD_SOURCES[k] }));

/** A progress report's date as a sort key: undated reports come first (they are the oldest known). */
const order = (p: RecordProgress) => p.date ?? '';

/** The progress reports of each commitment, oldest first. */
function progressOf(id: string): RecordProgress[] {
  return RECORD_PROGRESS.filter((p) => p.commitmentId === id).sort((a, b) =>
    order(a).localeCompare(order(b)),
  );
}

/** The commitment's status: what its latest report supports; `no_evidence` without one. */
export function recordStatus(id: string): CommitmentStatus {
  return progressOf(id).at(-1)?.status ?? 'no_evidence';
}

/** A record commitment as stored fields. */
export function recordFields(c: RecordCommitment): CommitmentFields {
  return commitmentFields({
    externalId: c.id,
    country: c.country,
    pillar: c.pillar,
    status: recordStatus(c.id),
    title: localized(c.title, (t) => t.commitments[c.id]?.title),
    description: localized(c.description, (t) => t.commitments[c.id]?.description),
    announcedOn: c.announcedOn,
    announcedAt: c.announcedAt,
    sources: sources(c.sources),
    // The record says nothing of how civil society was consulted: that is unknown, not "none".
    consultation: { method: 'unknown', date: null, notes: null },
  });
}

type UpdateFields = Pick<CommitmentUpdate, 'date' | 'status' | 'summary' | 'evidence'>;

function updateFields(p: RecordProgress): UpdateFields {
  return {
    date: p.date,
    status: p.status,
    summary: localized(p.summary, (t) => t.progress[p.id], ASSESSED),
    evidence: sources(p.sources),
  };
}

/** When a commitment last moved, for the list's "recently updated first" order. */
const lastMoved = (c: RecordCommitment) =>
  new Date(`${[c.announcedOn, ...progressOf(c.id).map(order)].sort().at(-1)}T00:00:00Z`);

/**
 * Loads the public record (69 commitments of 16 countries, their progress reports and
 * sources) with stable ids. Idempotent; a later release updates only records no operator has
 * changed since the last seed, and reports the others as skipped.
 */
export async function seedRecord(db: Kysely<Database>, now: Date, report: SeedReport): Promise<void> {
  for (const c of RECORD_COMMITMENTS) {
    const next = recordFields(c);
    const row = await getCommitmentRow(db, c.id);
    const outcome = await reconcile(
      db,
      report,
      { kind: 'commitment', id: c.id, next, current: row ? fieldsOf(row) : undefined, now },
      async (exists) => {
        if (exists) await updateCommitment(db, c.id, next, now);
        else await insertCommitment(db, next, lastMoved(c), { id: c.id });
      },
    );
    // An operator's version of the commitment keeps its own timeline.
    if (outcome === 'skipped') continue;
    for (const p of progressOf(c.id)) {
      const nextUpdate = updateFields(p);
      const stored = await db
        .selectFrom('commitment_updates')
        .select(['date', 'data'])
        .where('id', '=', p.id)
        .executeTakeFirst();
      await reconcile(
        db,
        report,
        {
          kind: 'commitment_update',
          id: p.id,
          next: nextUpdate,
          current: stored
            ? { date: stored.date || null, ...fromJson<Omit<UpdateFields, 'date'>>(stored.data) }
            : undefined,
          now,
        },
        async (exists) => {
          if (exists) await db.deleteFrom('commitment_updates').where('id', '=', p.id).execute();
          const at = p.date ? new Date(`${p.date}T00:00:00Z`) : lastMoved(c);
          await addCommitmentUpdate(db, c.id, nextUpdate, at, { id: p.id });
        },
      );
    }
  }
}
