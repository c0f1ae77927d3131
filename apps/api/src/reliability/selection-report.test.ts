import type { Event, SelectionReport, SelectionReportRow } from '@lad/sdk';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { insertRegistration, SUPPRESS_BELOW, tally } from '../store/participation.js';
import { bearer, client, createHarness, type Harness, T0 } from '../testing/harness.js';

// The anonymous selection report must not let anyone single out an organisation: small counts
// are suppressed, and no suppressed count can be worked out from the totals and the other
// counts (the subtraction attacks an outside review tried). And once published it is frozen.

/**
 * What a reader can work out of one breakdown whose cells add up to a published total: for
 * each suppressed cell, the range of values consistent with everything shown. A cell whose
 * range is a single value is exposed. Two readers: one who knows only that a suppressed cell
 * is at least 1; one who assumes every suppressed cell is small (1 to 2).
 */
function exposed(
  rows: SelectionReportRow[],
  column: 'applied' | 'selected',
  total: number,
): { key: string; value: number }[] {
  const hidden = rows.filter((r) => r[column] === null);
  if (!hidden.length) return [];
  const residual = total - rows.reduce((n, r) => n + (r[column] ?? 0), 0);
  const out: { key: string; value: number }[] = [];
  for (const [lo, hi] of [
    [1, residual],
    [1, SUPPRESS_BELOW - 1],
  ] as const) {
    // Bounds from the other column where it is shown (selected ≤ applied).
    const bounds = hidden.map((r) => {
      const other = column === 'applied' ? r.selected : r.applied;
      return column === 'applied'
        ? [Math.max(lo, other ?? 0), hi]
        : [lo, Math.min(hi, other ?? Number.POSITIVE_INFINITY)];
    }) as [number, number][];
    const sumLo = bounds.reduce((n, [a]) => n + a, 0);
    const sumHi = bounds.reduce((n, [, b]) => n + b, 0);
    if (residual < sumLo || residual > sumHi) continue; // this reader's assumption cannot hold
    for (const [i, [a, b]] of bounds.entries()) {
      const min = Math.max(a, residual - (sumHi - b));
      const max = Math.min(b, residual - (sumLo - a));
      if (min === max) out.push({ key: hidden[i]?.key ?? '', value: min });
    }
  }
  return out;
}

function expectProtected(report: {
  totals: Pick<SelectionReport['totals'], 'applied' | 'selected'>;
  byLevel: SelectionReportRow[];
  byCountry: SelectionReportRow[];
}) {
  for (const rows of [report.byLevel, report.byCountry]) {
    expect(exposed(rows, 'applied', report.totals.applied)).toEqual([]);
    expect(exposed(rows, 'selected', report.totals.selected)).toEqual([]);
    for (const r of rows) {
      // Small counts never show, nor does a small number not selected within a group.
      for (const v of [r.applied, r.selected])
        if (v !== null) expect(v === 0 || v >= SUPPRESS_BELOW).toBe(true);
      if (r.applied !== null && r.selected !== null) {
        const rest = r.applied - r.selected;
        expect(rest === 0 || rest >= SUPPRESS_BELOW).toBe(true);
      }
    }
  }
}

/** Applicants as the report counts them: one level, one country each. */
const people = (groups: { level: string; country: string; applied: number; selected: number }[]) =>
  groups.flatMap((g) =>
    Array.from({ length: g.applied }, (_, i) => ({
      level: g.level,
      country: g.country,
      selected: i < g.selected,
    })),
  );

interface Breakdowns {
  totals: { applied: number; selected: number };
  byLevel: SelectionReportRow[];
  byCountry: SelectionReportRow[];
}
function report(
  list: { level: string; country: string; selected: boolean }[],
  previous?: Breakdowns,
): Breakdowns {
  const totals = { applied: list.length, selected: list.filter((p) => p.selected).length };
  return {
    totals,
    byLevel: tally(
      list.map((p) => ({ keys: [p.level], selected: p.selected })),
      totals,
      previous?.byLevel,
    ),
    byCountry: tally(
      list.map((p) => ({ keys: [p.country], selected: p.selected })),
      totals,
      previous?.byCountry,
    ),
  };
}

/** Cells shown in both versions whose difference is 1 or 2: one or two organisations' story. */
function differences(before: Breakdowns, after: Breakdowns) {
  const out: string[] = [];
  for (const key of ['byLevel', 'byCountry'] as const) {
    const then = new Map(before[key].map((r) => [r.key, r]));
    for (const row of after[key])
      for (const column of ['applied', 'selected'] as const) {
        const a = then.get(row.key)?.[column];
        const b = row[column];
        if (a != null && b != null && Math.abs(a - b) > 0 && Math.abs(a - b) < SUPPRESS_BELOW)
          out.push(`${key}.${row.key}.${column}: ${a} → ${b}`);
      }
  }
  return out;
}

describe('no suppressed count can be worked out', () => {
  test('the review’s level attack: selected 19 — local 5, regional 12, national 2', () => {
    const r = report(
      people([
        { level: 'local', country: 'HT', applied: 8, selected: 5 },
        { level: 'regional', country: 'CO', applied: 20, selected: 12 },
        { level: 'national', country: 'MX', applied: 4, selected: 2 },
      ]),
    );
    expect(r.totals.selected).toBe(19);
    expect(r.byLevel.find((x) => x.key === 'national')?.selected).toBeNull();
    expectProtected(r);
  });

  test('the review’s country attack: 32 applied, 28 shown, two countries of 2 suppressed', () => {
    const r = report(
      people([
        { level: 'local', country: 'CO', applied: 10, selected: 3 },
        { level: 'local', country: 'HT', applied: 9, selected: 3 },
        { level: 'national', country: 'MX', applied: 9, selected: 3 },
        { level: 'national', country: 'GT', applied: 2, selected: 0 },
        { level: 'regional', country: 'PE', applied: 2, selected: 0 },
      ]),
    );
    expect(r.totals.applied).toBe(32);
    expectProtected(r);
    // GT and PE stay hidden, and a third cell with them, so their sum tells nothing.
    expect(r.byCountry.filter((x) => x.applied === null).length).toBeGreaterThanOrEqual(3);
  });

  test('a lone small cell gets a partner; a group with few not selected hides its selected count', () => {
    const r = report(
      people([
        { level: 'local', country: 'CO', applied: 5, selected: 4 },
        { level: 'national', country: 'HT', applied: 6, selected: 0 },
        { level: 'regional', country: 'MX', applied: 1, selected: 1 },
      ]),
    );
    expect(r.byCountry.find((x) => x.key === 'CO')?.selected).toBeNull();
    expect(r.byCountry.filter((x) => x.applied === null)).toHaveLength(2);
    expectProtected(r);
  });

  test('any mix of applicants (property, 400 cases): nothing exposed', () => {
    const level = fc.constantFrom('local', 'national', 'regional');
    const country = fc.constantFrom('HT', 'CO', 'MX', 'GT', 'PE', 'BR', 'EC', 'CL');
    fc.assert(
      fc.property(
        fc.array(fc.record({ level, country, selected: fc.boolean() }), { maxLength: 60 }),
        (list) => {
          expectProtected(report(list));
        },
      ),
      { numRuns: 400 },
    );
  });

  test('two versions set side by side (property, 400 cases): no cell moved by 1 or 2', () => {
    const level = fc.constantFrom('local', 'national', 'regional');
    const country = fc.constantFrom('HT', 'CO', 'MX', 'GT', 'PE');
    const person = fc.record({ level, country, selected: fc.boolean() });
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 10, maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.array(person, { maxLength: 8 }),
        (list, flips, joined) => {
          const first = report(list);
          // Later: some decisions change, some organisations join late.
          const later = list.map((p) => ({ ...p }));
          for (const f of flips) {
            const p = later[f % later.length];
            if (p) p.selected = !p.selected;
          }
          later.push(...joined);
          const second = report(later, first);
          expectProtected(second);
          expect(differences(first, second)).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('the differencing attack: one decision after publication changes nothing a reader can set side by side', () => {
    const list = people([
      { level: 'local', country: 'CO', applied: 10, selected: 4 },
      { level: 'national', country: 'HT', applied: 9, selected: 5 },
      { level: 'regional', country: 'MX', applied: 8, selected: 3 },
    ]);
    const first = report(list);
    expect(first.byCountry.find((r) => r.key === 'HT')).toMatchObject({ applied: 9, selected: 5 });
    const later = list.map((p) => ({ ...p }));
    const haitian = later.find((p) => p.country === 'HT' && !p.selected);
    if (haitian) haitian.selected = true;
    const second = report(later, first);
    // HT's selected count moved by one: hidden now, with a partner so that it cannot be worked out.
    expect(second.byCountry.find((r) => r.key === 'HT')?.selected).toBeNull();
    expect(second.byCountry.filter((r) => r.selected === null).length).toBeGreaterThanOrEqual(2);
    expect(differences(first, second)).toEqual([]);
    expectProtected(second);
  });
});

describe('published, then frozen', () => {
  let h: Harness;
  let api: ReturnType<typeof client>;
  let secretariat: string;
  beforeAll(async () => {
    h = await createHarness();
    api = client(h);
    secretariat = await h.token('secretariat');
  });
  afterAll(() => h?.close());

  test('a decision after publication does not change the report; publishing again makes a new dated version', async () => {
    const created = await api.post(
      '/v1/events',
      {
        kind: 'national_consultation',
        title: { original: 'es', text: { es: 'Consulta nacional' } },
        country: 'CO',
        startsAt: '2026-02-20T15:00:00Z',
        endsAt: '2026-02-20T18:00:00Z',
        timeZone: 'America/Bogota',
        format: 'online',
        onlineUrl: 'https://meet.example.org/co',
        languages: ['es'],
        registration: {
          opensAt: '2026-01-01T00:00:00Z',
          closesAt: '2026-02-10T00:00:00Z',
          capacity: 40,
          waitlist: true,
          role: 'participant',
          retentionDays: 90,
        },
      },
      bearer(secretariat),
    );
    expect(created.status).toBe(201);
    const event = await api.json<Event>(created);
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const receipt = await insertRegistration(
        h.db.kysely,
        event.id,
        {
          organization: {
            name: `Org ${i}`,
            country: i % 2 ? 'CO' : 'VE',
            level: 'local',
            kinds: ['advocacy'],
            ledBy: [],
          },
          representative: { name: `Persona ${i}`, email: `p${i}@example.org` },
          answers: [],
          consent: true,
        },
        {
          waitlisted: false,
          now: T0,
          purgeAfter: new Date('2027-01-01'),
          status: i < 6 ? 'selected' : 'not_selected',
        },
      );
      ids.push(receipt.id);
    }
    const first = await api.json<SelectionReport>(
      await api.post(`/v1/events/${event.id}/selection-report`, undefined, bearer(secretariat)),
    );
    expect(first).toMatchObject({ version: 1, totals: { applied: 12, selected: 6 } });
    // Publishing again with nothing changed gives the same version.
    expect(
      await api.json(
        await api.post(`/v1/events/${event.id}/selection-report`, undefined, bearer(secretariat)),
      ),
    ).toEqual(first);

    // A decision after publication.
    h.clock.advance(86_400_000);
    const decide = async (id: string | undefined, status: string) =>
      expect((await api.patch(`/v1/registrations/${id}`, { status }, bearer(secretariat))).status).toBe(200);
    await decide(ids[11], 'selected');
    expect(await api.json(await api.get(`/v1/events/${event.id}/selection-report`))).toEqual(first);

    // A new version now would show, set against the first, what happened to that one organisation.
    const refused = await api.post(`/v1/events/${event.id}/selection-report`, undefined, bearer(secretariat));
    expect(refused.status).toBe(409);
    const problem = await api.json<{ detail: string; since: number; total: string }>(refused);
    expect(problem).toMatchObject({ since: 1, total: 'selected' });
    expect(problem.detail).toMatch(/at least 3/);
    expect(await api.json(await api.get(`/v1/events/${event.id}/selection-report`))).toEqual(first);

    // Two more decisions: three changed since version 1, a new version can be published.
    await decide(ids[10], 'selected');
    await decide(ids[9], 'selected');
    const second = await api.json<SelectionReport>(
      await api.post(`/v1/events/${event.id}/selection-report`, undefined, bearer(secretariat)),
    );
    expect(second).toMatchObject({ version: 2, totals: { applied: 12, selected: 9 } });
    expect(second.publishedAt).not.toBe(first.publishedAt);
    expect(differences(first, second)).toEqual([]);
    expect(await api.json(await api.get(`/v1/events/${event.id}/selection-report`))).toEqual(second);
    expect(await api.json(await api.get(`/v1/events/${event.id}/selection-report?version=1`))).toEqual(first);
    expect((await api.get(`/v1/events/${event.id}/selection-report?version=3`)).status).toBe(404);
    const ev = await api.json<Event>(await api.get(`/v1/events/${event.id}`));
    expect(ev.registration?.selectionReportPublishedAt).toBe(second.publishedAt);
  });
});
