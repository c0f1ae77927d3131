import type { Event, Page } from '@lad/sdk';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bearer, client, createHarness, type Harness } from '../testing/harness.js';

// Every CSV a person may open in a spreadsheet: no cell of any column starts with a character
// that makes a spreadsheet run it as a formula (OWASP "CSV injection": = + - @ tab CR, plus
// line feed and the full-width forms). Payloads go in through every way text enters: curation
// (commitments, indicators, measurements) and the public (registrations).

const STARTS = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];
const payload = (start: string, i: number) => `${start}2+3+cmd|' /C calc'!A${i}`;
const DANGER = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

let h: Harness;
let api: ReturnType<typeof client>;
let secretariat: string;
beforeAll(async () => {
  h = await createHarness();
  api = client(h);
  secretariat = await h.token('secretariat');
});
afterAll(() => h?.close());

/** Every cell of a CSV as it is in the file (no protection removed), header included. */
async function cells(path: string): Promise<{ column: string; value: string }[]> {
  const response = await api.get(path, bearer(secretariat));
  expect(response.status, path).toBe(200);
  const text = (await response.text()).replace(/^\uFEFF/, '');
  const { data } = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = data;
  return rows.flatMap((row) => row.map((value, i) => ({ column: header[i] ?? String(i), value })));
}

function expectSafe(all: { column: string; value: string }[], planted: number) {
  // A plain number (-3) is a value, not a formula.
  const unsafe = all.filter((c) => DANGER.test(c.value) && !/^-?\d+(\.\d+)?$/.test(c.value));
  expect(unsafe, JSON.stringify(unsafe.slice(0, 3))).toEqual([]);
  // The payloads are there, kept as text behind an apostrophe.
  expect(all.filter((c) => /^'.2\+3\+cmd/s.test(c.value)).length).toBeGreaterThanOrEqual(planted);
}

describe('CSV exports neutralise formula cells in every column', () => {
  test('commitments.csv: titles, descriptions, external ids, places, sources', async () => {
    for (const [i, start] of STARTS.entries()) {
      const p = payload(start, i);
      const created = await api.post(
        '/v1/commitments',
        {
          externalId: `${start}X${i}`,
          country: 'MX',
          pillar: 'II',
          status: 'limited',
          title: { original: 'es', text: { es: `${start}T${i}`, ht: p } },
          description: { original: 'es', text: { es: p } },
          announcedAt: p,
          sources: [{ title: p, url: 'https://example.org/csv' }],
        },
        bearer(secretariat),
      );
      // Some starts are trimmed away (tab, CR, LF are whitespace); what remains is still text.
      expect(created.status, JSON.stringify(start)).toBe(201);
    }
    // Tab, CR and LF are trimmed from user text; the eight other starts are planted in four fields.
    expectSafe(await cells('/v1/export/commitments.csv'), 8 * 4);
  });

  test('indicators.csv: names, units, measurement notes and sources', async () => {
    const commitment = (await api.json(await api.get('/v1/commitments?country=MX&limit=1'))).items[0];
    for (const [i, start] of STARTS.entries()) {
      const p = payload(start, i);
      const created = await api.post(
        '/v1/indicators',
        {
          commitmentId: commitment.id,
          kind: 'quantitative',
          name: { original: 'es', text: { es: p } },
          unit: `${start}u`,
          baseline: { value: -10 },
          target: { value: 10 },
        },
        bearer(secretariat),
      );
      expect(created.status).toBe(201);
      const indicator = await api.json(created);
      const measured = await api.post(
        `/v1/indicators/${indicator.id}/measurements`,
        {
          date: '2025-01-01',
          value: -3,
          note: { original: 'es', text: { es: p } },
          source: { title: p, url: 'https://example.org/m' },
        },
        bearer(secretariat),
      );
      expect(measured.status).toBe(201);
    }
    const all = await cells('/v1/export/indicators.csv');
    expectSafe(all, STARTS.length);
    // Negative numbers stay numbers (a number is not a formula).
    expect(all.some((c) => c.column === 'value' && c.value === '-3')).toBe(true);
  });

  test('registrations.csv (the secretariat’s, which the public writes into): every personal and answer field', async () => {
    const events: Page<Event> = await api.json(await api.get('/v1/events?limit=100'));
    const open = events.items.find((e) => e.registration?.state === 'open') as Event;
    for (const [i, start] of STARTS.slice(0, 6).entries()) {
      const p = payload(start, i);
      h.clock.advance(60_000);
      const response = await api.post(
        `/v1/events/${open.id}/registrations`,
        {
          organization: {
            name: `${start}2+3+cmd|' /C calc'!A0`,
            country: 'HT',
            level: 'local',
            kinds: ['advocacy'],
            ledBy: [],
          },
          representative: { name: p, email: `csv${i}@example.org`, role: p, needs: p },
          answers: (open.registration?.criteria ?? []).map((c) => ({
            criterionId: c.id,
            answer: c.answer === 'yes_no' ? 'yes' : p,
          })),
          consent: true,
          signals: { startedAt: new Date(h.clock.now.getTime() - 600_000).toISOString() },
        },
        { 'idempotency-key': `csv-${i}` },
      );
      expect(response.status, await response.clone().text()).toBe(201);
    }
    expectSafe(await cells('/v1/registrations.csv'), 6);
  });
});
