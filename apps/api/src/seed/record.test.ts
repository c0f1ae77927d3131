import {
  CORE_LOCALES,
  type Commitment,
  type CommitmentDetail,
  type Committee,
  type Page,
  type ProgressSummary,
} from '@lad/sdk';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bearer, client, createHarness, type Harness, T0 } from '../testing/harness.js';
import { seed } from './index.js';
import { RECORD_COMMITMENTS, RECORD_PROGRESS } from './record/index.js';

// The public record as reference data: seeded with or without the demo set, stable ids,
// sources for everything, status only from evidence, idempotent, operators' edits kept.

let h: Harness;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  // The record alone: LAD_DEMO=false.
  h = await createHarness({}, { demo: false });
  api = client(h);
});
afterAll(() => h?.close());

async function all(path: string): Promise<Commitment[]> {
  const items: Commitment[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Commitment> = await api.json(
      await api.get(`${path}${path.includes('?') ? '&' : '?'}limit=100${cursor ? `&cursor=${cursor}` : ''}`),
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

describe('the record, seeded without the demo set', () => {
  test('69 commitments of 16 countries, counts per country as the record gives them, none of them demo', async () => {
    const commitments = await all('/v1/commitments');
    expect(commitments).toHaveLength(69);
    expect(commitments.every((c) => !c.demo)).toBe(true);
    const perCountry: Record<string, number> = {};
    for (const c of commitments) perCountry[c.country] = (perCountry[c.country] ?? 0) + 1;
    expect(perCountry).toEqual({
      US: 24,
      CA: 8,
      MX: 7,
      CR: 6,
      EC: 5,
      GT: 5,
      CO: 3,
      BZ: 2,
      PA: 2,
      ES: 1,
      PY: 1,
      HN: 1,
      AR: 1,
      PE: 1,
      UY: 1,
      BR: 1,
    });
    // Stable ids, and the same as external ids (so a matrix import can update them).
    for (const c of commitments) {
      expect(c.id).toMatch(/^lad-20(22|23|24)-[A-Z]{2}-\d{2}$/);
      expect(c.externalId).toBe(c.id);
    }
    // No demo events, registrations or indicators either.
    const events = await api.json(await api.get('/v1/events?limit=100'));
    expect(events.items).toEqual([]);
  });

  test('every commitment has a source with an https address and a date; every text in five languages', async () => {
    for (const c of await all('/v1/commitments')) {
      expect(
        c.sources.some(
          (s) => s.url.startsWith('https://') && /^\d{4}(-\d{2}){0,2}$/.test(s.publishedOn ?? ''),
        ),
        c.id,
      ).toBe(true);
      for (const text of [c.title, c.description]) {
        expect(text?.original, c.id).toBe('en');
        expect(Object.keys(text?.text ?? {}).sort(), c.id).toEqual([...CORE_LOCALES].sort());
        // The English is the original; the translations are machine-made until a person reviews them.
        for (const locale of CORE_LOCALES)
          expect(text?.provenance?.[locale], `${c.id} ${locale}`).toBe(
            locale === 'en' ? undefined : 'machine',
          );
      }
    }
  });

  test('status only from evidence: no progress reported is no_evidence; each report is a dated, sourced update', async () => {
    // The record's 40 progress reports, plus six statements of progress that an announcement's
    // own source makes ("already imposed", "already removed").
    expect(RECORD_PROGRESS.filter((p) => !p.fromAnnouncement)).toHaveLength(40);
    expect(RECORD_PROGRESS.filter((p) => p.fromAnnouncement).map((p) => p.commitmentId)).toEqual([
      'lad-2024-US-08',
      'lad-2024-US-12',
      'lad-2024-GT-04',
      'lad-2024-EC-04',
      'lad-2024-BR-01',
      'lad-2024-PA-01',
    ]);
    const reported = new Set(RECORD_PROGRESS.map((p) => p.commitmentId));
    for (const c of await all('/v1/commitments')) {
      if (!reported.has(c.id)) expect(c.status, c.id).toBe('no_evidence');
      else expect(c.status, c.id).not.toBe('not_started');
    }
    // Belize's regularization: three reports, the last one against its target of about 60,000.
    const belize = await api.json<CommitmentDetail>(await api.get('/v1/commitments/lad-2022-BZ-01'));
    expect(belize.updates.map((u) => u.date)).toEqual(['2022-09-27', '2022-10-06', '2023-11-09']);
    expect(belize.status).toBe('limited');
    const last = belize.updates.at(-1)!;
    expect(last.summary.text.en).toContain('12,765 applications');
    expect(last.summary.text.en).toContain('assessed from public sources');
    for (const locale of ['es', 'pt', 'fr', 'ht']) expect(last.summary.text[locale]).toMatch(/\S/);
    expect(last.evidence[0]?.url).toBe(
      'https://www.sanpedrosun.com/government/2023/11/09/amnesty-program-falls-short-of-60k-goal/',
    );
    // An undated report stays undated; it is never given an invented date.
    const gcff = await api.json<CommitmentDetail>(await api.get('/v1/commitments/lad-2022-US-01'));
    expect(gcff.updates.map((u) => u.date)).toEqual([null]);
    expect(gcff.lastUpdatedOn).toBeNull();
  });

  test('where sources conflict, both figures and both sources are kept', async () => {
    const canada = await api.json<CommitmentDetail>(await api.get('/v1/commitments/lad-2022-CA-01'));
    expect(canada.description?.text.en).toContain('up to 4,000 individuals by 2028');
    expect(canada.description?.text.en).toContain('4,000 additional migrants');
    expect(canada.sources.map((s) => s.publisher)).toEqual([
      'The White House',
      'The Canadian Press (Global News)',
    ]);
    const uruguay = await api.json<CommitmentDetail>(await api.get('/v1/commitments/lad-2024-UY-01'));
    expect(uruguay.description?.text.en).toMatch(/25,500.*20,000/s);
  });

  test('commitments no source files under a pillar say so; Pillar IV shows its gap', async () => {
    const mexico = await api.json<CommitmentDetail>(await api.get('/v1/commitments/lad-2022-MX-04'));
    expect(mexico.pillar).toBeNull();
    const summary = await api.json<ProgressSummary>(await api.get('/v1/progress?groupBy=pillar'));
    const totals = Object.fromEntries(summary.groups.map((g) => [g.key, g.total]));
    expect(totals).toEqual({ I: 18, II: 28, III: 13, IV: 0, none: 10 });
    expect(summary.groups.find((g) => g.key === 'none')?.label?.text.ht).toMatch(/pilye/);
    const byCountry = await api.json<ProgressSummary>(await api.get('/v1/progress?groupBy=country'));
    // Countries with committee roles and no commitment are there, with 0.
    for (const code of ['HT', 'CL', 'SV', 'GY', 'JM', 'BB'])
      expect(byCountry.groups.find((g) => g.key === code)?.total, code).toBe(0);
  });

  test('the eleven committees with the leads and participants the sources give; unknowns stay empty', async () => {
    const committees: Committee[] = (await api.json(await api.get('/v1/committees'))).items;
    expect(committees).toHaveLength(11);
    const countries = Object.fromEntries(committees.map((c) => [c.actionPackageId, c.countries]));
    expect(countries['refugee-resettlement']).toEqual(['CA', 'GY', 'MX', 'UY', 'US']);
    expect(countries['countering-smuggling-trafficking']).toEqual(['US']);
    expect(countries['pillar-iii-package-10']).toEqual([]);
    // Without the demo set, nobody is invented: no coordinator, no CSO representative.
    expect(committees.every((c) => c.coordinator === null && c.csoRepresentative === null)).toBe(true);
  });
});

describe('seeding again', () => {
  const snapshot = async () =>
    JSON.stringify([
      await h.db.kysely.selectFrom('commitments').selectAll().orderBy('id').execute(),
      await h.db.kysely.selectFrom('commitment_updates').selectAll().orderBy('id').execute(),
      await h.db.kysely.selectFrom('reference').selectAll().orderBy('kind').orderBy('id').execute(),
    ]);

  test('twice changes nothing', async () => {
    const before = await snapshot();
    const revision = (await api.json(await api.get('/v1/health'))).revision;
    for (let i = 0; i < 2; i++) {
      const { report } = await seed(h.db.kysely, {
        demo: false,
        now: new Date(T0.getTime() + (i + 1) * 86_400_000),
      });
      expect(report).toMatchObject({ created: 0, updated: 0, skipped: [] });
      const owned = await h.db.kysely
        .selectFrom('seed_state')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(report.unchanged).toBe(Number(owned.n));
      expect(report.unchanged).toBeGreaterThan(RECORD_COMMITMENTS.length + RECORD_PROGRESS.length);
    }
    expect(await snapshot()).toBe(before);
    expect((await api.json(await api.get('/v1/health'))).revision).toBe(revision);
  });

  test('an operator’s edit survives a re-seed, and the seed says it kept it', async () => {
    const secretariat = await h.token('secretariat');
    const edited = await api.patch(
      '/v1/commitments/lad-2022-CA-03',
      {
        title: {
          original: 'en',
          text: { en: 'Agricultural workers in 2022 (corrected by the secretariat)' },
        },
      },
      bearer(secretariat),
    );
    expect(edited.status).toBe(200);
    const { report } = await seed(h.db.kysely, { demo: false, now: T0 });
    expect(report.skipped).toEqual([{ kind: 'commitment', id: 'lad-2022-CA-03', reason: 'edited' }]);
    const after = await api.json<CommitmentDetail>(await api.get('/v1/commitments/lad-2022-CA-03'));
    expect(after.title.text.en).toBe('Agricultural workers in 2022 (corrected by the secretariat)');
  });

  test('a later release updates what no operator changed', async () => {
    // As if an earlier release had written an older title, and remembered writing it.
    const id = 'lad-2024-EC-02';
    const row = await h.db.kysely
      .selectFrom('commitments')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const data = JSON.parse(row.data);
    data.title.text.en = 'A labor unit (older wording)';
    await h.db.kysely
      .updateTable('commitments')
      .set({ data: JSON.stringify(data) })
      .where('id', '=', id)
      .execute();
    const { markSeeded } = await import('./state.js');
    const { fieldsOf } = await import('../store/commitments.js');
    const older = await h.db.kysely
      .selectFrom('commitments')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await markSeeded(h.db.kysely, 'commitment', id, fieldsOf(older), T0);

    const { report } = await seed(h.db.kysely, { demo: false, now: T0 });
    expect(report.updated).toBe(1);
    const after = await api.json<CommitmentDetail>(await api.get(`/v1/commitments/${id}`));
    expect(after.title.text.en).toBe('A labor mobility unit');
  });
});

describe('with the demo set', () => {
  let demo: Harness;
  beforeAll(async () => {
    demo = await createHarness();
  });
  afterAll(() => demo?.close());

  test('the demo fills only meetings, forms, indicators and contacts — no invented commitment', async () => {
    const d = client(demo);
    const page = await d.json<Page<Commitment>>(await d.get('/v1/commitments?limit=100'));
    expect(page.total).toBe(69);
    expect(page.items.every((c) => !c.demo && c.id.startsWith('lad-'))).toBe(true);
    const events = await d.json(await d.get('/v1/events?limit=100'));
    expect(events.items.length).toBeGreaterThan(10);
    expect(events.items.every((e: { demo: boolean }) => e.demo)).toBe(true);
    // Demo indicators sit on real commitments and say they are demonstration data.
    const mexico = await d.json<CommitmentDetail>(await d.get('/v1/commitments/lad-2022-MX-01'));
    expect(mexico.indicators.length).toBeGreaterThan(0);
    expect(mexico.indicators.every((i) => i.demo)).toBe(true);
    expect(mexico.indicators[0]?.measurements.length).toBeGreaterThan(2);
  });

  test('a database from an earlier release: its invented commitments go, its demo set is not added twice', async () => {
    const { commitmentFields, insertCommitment } = await import('../store/commitments.js');
    const { createIndicator } = await import('../store/indicators.js');
    const db = demo.db.kysely;
    // What an earlier release seeded: an invented commitment with an indicator, and no
    // record of when the demo set went in.
    await insertCommitment(
      db,
      commitmentFields({
        country: 'HT',
        pillar: 'IV',
        status: 'limited',
        title: { original: 'en', text: { en: 'Invented demonstration commitment' } },
      }),
      T0,
      { id: 'demo-cmt-001', demo: true },
    );
    await createIndicator(
      db,
      {
        id: 'demo-ind-old',
        commitmentId: 'demo-cmt-001',
        kind: 'qualitative',
        name: { original: 'en', text: { en: 'Old' } },
      },
      T0,
    );
    await db.deleteFrom('meta').where('key', '=', 'demo_seeded_at').execute();
    const events = async () =>
      Number(
        (
          await db
            .selectFrom('events')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await events();

    const { demo: added } = await seed(db, { demo: true, now: T0 });
    expect(added).toBe(false);
    expect(await events()).toBe(before);
    expect(await db.selectFrom('commitments').select('id').where('demo', '=', 1).execute()).toEqual([]);
    expect(await db.selectFrom('indicators').select('id').where('id', '=', 'demo-ind-old').execute()).toEqual(
      [],
    );
  });
});
