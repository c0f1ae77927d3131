import type { Indicator, ProgressSummary } from '@lad/sdk';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../csv.js';
import { bearer, client, createHarness, type Harness } from '../testing/harness.js';

let h: Harness;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  h = await createHarness();
  api = client(h);
});
afterAll(() => h?.close());

const progress = async (query: string) => api.json<ProgressSummary>(await api.get(`/v1/progress${query}`));

describe('progress', () => {
  test('by pillar: all four, Pillar IV present with nothing in it, counts adding up', async () => {
    const summary = await progress('?groupBy=pillar');
    // `none`: commitments that no source files under a pillar.
    expect(summary.groups.map((g) => g.key)).toEqual(['I', 'II', 'III', 'IV', 'none']);
    const iv = summary.groups.find((g) => g.key === 'IV');
    expect(iv?.total).toBe(0);
    expect(iv?.label?.text.ht).toBe('Repons dijans kowòdone');
    expect(summary.groups.reduce((n, g) => n + g.total, 0)).toBe(summary.total);
    for (const g of summary.groups)
      expect(Object.values(g.byStatus).reduce((a, b) => a + b, 0)).toBe(g.total);
    expect(Object.keys(summary.byStatus)).toEqual([
      'no_evidence',
      'not_started',
      'limited',
      'substantial',
      'complete',
    ]);
  });

  test('empty groups are listed: a filter that matches nothing still shows every pillar at zero', async () => {
    const summary = await progress('?groupBy=pillar&country=VE');
    // The four pillars and the row of commitments without a pillar, every one at zero.
    expect(summary.groups.map((g) => g.key)).toEqual(['I', 'II', 'III', 'IV', 'none']);
    expect(summary.groups.every((g) => g.total === 0 && g.indicators.averageProgress === null)).toBe(true);
  });

  test('by country, action package and mechanism; a commitment in two mechanisms counts once in the total', async () => {
    const byCountry = await progress('?groupBy=country');
    expect(byCountry.groups.length).toBeGreaterThanOrEqual(21);
    const byPackage = await progress('?groupBy=actionPackage');
    expect(byPackage.groups.map((g) => g.key)).toContain('combatting-xenophobia');
    // The public record ties no commitment to a mechanism; a curator does.
    const secretariat = await h.token('secretariat');
    const shared = await api.post(
      '/v1/commitments',
      {
        country: 'GT',
        pillar: 'II',
        status: 'limited',
        mechanisms: ['crm', 'mirps'],
        title: { original: 'es', text: { es: 'Compromiso compartido por dos mecanismos' } },
      },
      bearer(secretariat),
    );
    expect(shared.status).toBe(201);
    const byMechanism = await progress('?groupBy=mechanism');
    expect(byMechanism.groups.find((g) => g.key === 'cartagena-40')?.total).toBe(0);
    expect(byMechanism.groups.find((g) => g.key === 'crm')?.total).toBe(1);
    expect(byMechanism.total).toBe(1);
    const pillars = await progress('?groupBy=pillar');
    const inAnyMechanism = byMechanism.total;
    expect(inAnyMechanism).toBeLessThanOrEqual(pillars.total);
    expect(byMechanism.groups.reduce((n, g) => n + g.total, 0)).toBe(2);
  });

  test('indicator progress toward targets: mean share of the way for measured indicators', async () => {
    const summary = await progress('?groupBy=pillar');
    const measured = summary.groups.filter((g) => g.indicators.measured > 0);
    expect(measured.length).toBeGreaterThan(1);
    for (const g of measured) {
      expect(g.indicators.averageProgress).toBeGreaterThanOrEqual(0);
      expect(g.indicators.averageProgress).toBeLessThanOrEqual(1);
    }
    expect((await api.get('/v1/progress?groupBy=region')).status).toBe(400);
  });
});

describe('indicators', () => {
  test('curators add indicators and measurements; progress follows the latest measurement', async () => {
    const secretariat = await h.token('secretariat');
    const commitment = (await api.json(await api.get('/v1/commitments?country=CA&limit=1'))).items[0];
    const created = await api.post(
      '/v1/indicators',
      {
        commitmentId: commitment.id,
        kind: 'quantitative',
        name: { original: 'ht', text: { ht: 'Kantite fanmi ki resevwa papye' } },
        unit: 'families',
        // Only what is known: no `text: null` needed (optional fields are optional).
        baseline: { value: 100, date: '2025-01-01' },
        target: { value: 300 },
      },
      bearer(secretariat),
    );
    expect(created.status).toBe(201);
    const indicator = await api.json<Indicator>(created);
    expect(indicator.baseline).toEqual({ value: 100, text: null, date: '2025-01-01' });
    expect(indicator.target).toEqual({ value: 300, text: null, date: null });
    expect(indicator.progress).toBeNull();
    const bad = await api.post(
      `/v1/indicators/${indicator.id}/measurements`,
      { date: '2026-01-01' },
      bearer(secretariat),
    );
    expect(bad.status).toBe(422);
    await api.post(
      `/v1/indicators/${indicator.id}/measurements`,
      { date: '2025-06-01', value: 150 },
      bearer(secretariat),
    );
    await api.post(
      `/v1/indicators/${indicator.id}/measurements`,
      { date: '2026-01-01', value: 250 },
      bearer(secretariat),
    );
    const read = await api.json<Indicator>(await api.get(`/v1/indicators/${indicator.id}`));
    expect(read.measurements.map((m) => m.value)).toEqual([150, 250]);
    expect(read.progress).toBe(0.75);
    const mexico = await h.token('country', 'MX');
    expect(
      (
        await api.post(
          `/v1/indicators/${indicator.id}/measurements`,
          { date: '2026-02-01', value: 1 },
          bearer(mexico),
        )
      ).status,
    ).toBe(403);
  });

  test('an indicator with no baseline or target key at all is created, of either kind', async () => {
    const secretariat = await h.token('secretariat');
    for (const kind of ['quantitative', 'qualitative'] as const) {
      const created = await api.post(
        '/v1/indicators',
        { kind, name: { original: 'es', text: { es: 'Familias reunificadas' } } },
        bearer(secretariat),
      );
      expect(created.status, kind).toBe(201);
      const indicator = await api.json<Indicator>(created);
      expect([indicator.kind, indicator.baseline, indicator.target, indicator.progress]).toEqual([
        kind,
        null,
        null,
        null,
      ]);
    }
    // The rule that allows it still refuses a quantitative target without its number.
    const words = await api.post(
      '/v1/indicators',
      {
        kind: 'quantitative',
        name: { original: 'es', text: { es: 'Familias reunificadas' } },
        target: { text: { original: 'es', text: { es: 'La mayoría' } } },
      },
      bearer(secretariat),
    );
    expect(words.status).toBe(422);
    expect((await words.json()).errors).toEqual([
      expect.objectContaining({ path: ['target'], code: 'quantitative_without_number' }),
    ]);
  });

  test('indicators CSV: one row per measurement, names in every language', async () => {
    const bytes = new Uint8Array(await (await api.get('/v1/export/indicators.csv')).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { columns, rows } = parseCsv(new TextDecoder().decode(bytes));
    expect(columns).toEqual(
      expect.arrayContaining(['name_es', 'name_ht', 'date', 'value', 'baseline', 'target']),
    );
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.some((r) => r.name_ht && r.value)).toBe(true);
  });
});
