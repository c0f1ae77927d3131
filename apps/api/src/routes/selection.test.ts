import type { NotifyResult, RegistrationInput, SelectionList } from '@lad/sdk';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../csv.js';
import { bearer, client, createHarness, type Harness, T0 } from '../testing/harness.js';
import { parseXlsx } from '../xlsx.js';

// CSO selection (R2), the curators' side: an event of the labour-mobility committee with 30
// applications in five languages, decided in bulk (all or nothing, in scope only), with a second
// person's confirmation, exported, and told by e-mail once the anonymous report is out — while
// no public answer learns a name or an address.

let h: Harness;
let api: ReturnType<typeof client>;
let secretariat: string;
/** Two people of the labour-mobility committee (two tokens: two actors). */
let committeeA: string;
let committeeA2: string;
/** Another committee, and a country: neither's scope holds the event. */
let committeeB: string;
let countryHT: string;
let eventId: string;
let otherEventId: string;
const ids: string[] = [];
const LOCALES = ['ht', 'fr', 'es', 'pt', 'en'] as const;
const emailOf = (k: number) => `rep${k}.selection-probe@example.org`;
const nameOf = (k: number) => `Representant Sekrè ${k}`;
const CLOSES = new Date(T0.getTime() + 10 * 86_400_000);

const DAY = 86_400_000;
const at = (days: number) => new Date(T0.getTime() + days * DAY).toISOString();

function application(k: number): RegistrationInput {
  return {
    organization: {
      name: `Òganizasyon ${k}`,
      country: k % 3 === 0 ? 'HT' : k % 3 === 1 ? 'MX' : 'CO',
      level: k % 2 ? 'local' : 'national',
      kinds: [k % 4 === 0 ? 'research' : 'advocacy'],
      ledBy: [k % 5 === 0 ? 'women' : 'migrant'],
    },
    representative: {
      name: nameOf(k),
      email: emailOf(k),
      languages: [LOCALES[k % 5] as string],
      needs: k === 7 ? 'Entèpretasyon an kreyòl' : null,
    },
    answers: [{ criterionId: 'crit-1', answer: `Travay nou depi ${2000 + k}` }],
    consent: true,
    listPublicly: k % 2 === 0,
    joinWaitlist: true,
    locale: LOCALES[k % 5],
    signals: { startedAt: new Date(T0.getTime() - 5 * 60_000).toISOString(), trap: '' },
  };
}

const as = (token: string) => bearer(token);
const list = async (token: string, query = '') =>
  api.json<SelectionList>(await api.get(`/v1/events/${eventId}/registrations${query}`, as(token)));
const statuses = async () =>
  Object.fromEntries(
    (
      await h.db.kysely
        .selectFrom('registrations')
        .select(['id', 'status'])
        .where('event_id', '=', eventId)
        .execute()
    ).map((r) => [r.id, r.status]),
  );
const auditOf = async (action: string) =>
  h.db.kysely.selectFrom('audit').selectAll().where('action', '=', action).execute();

beforeAll(async () => {
  h = await createHarness();
  api = client(h);
  secretariat = await h.token('secretariat');
  committeeA = await h.token('committee', 'labor-mobility');
  committeeA2 = await h.token('committee', 'labor-mobility');
  committeeB = await h.token('committee', 'refugee-resettlement');
  countryHT = await h.token('country', 'HT');
  const created = await api.post(
    '/v1/events',
    {
      kind: 'information_session',
      title: {
        original: 'en',
        text: {
          en: 'Selection test session',
          es: 'Sesión de prueba de selección',
          fr: 'Séance d’essai de sélection',
          pt: 'Sessão de teste de seleção',
          ht: 'Sesyon tès seleksyon',
        },
      },
      committeeId: 'cmte-labor-mobility',
      startsAt: at(30),
      endsAt: new Date(T0.getTime() + 30 * DAY + 2 * 3_600_000).toISOString(),
      timeZone: 'America/Port-au-Prince',
      format: 'online',
      onlineUrl: 'https://meet.example.org/selection-test',
      languages: ['es', 'en'],
      registration: {
        opensAt: at(-1),
        closesAt: CLOSES.toISOString(),
        capacity: 20,
        waitlist: true,
        role: 'participant',
        retentionDays: 180,
        criteria: [
          {
            text: { original: 'en', text: { en: 'Your work with migrants' } },
            answer: 'text',
            required: true,
          },
        ],
      },
    },
    as(committeeA),
  );
  expect(created.status).toBe(201);
  eventId = (await created.json()).id;
  for (let k = 1; k <= 30; k++) {
    const r = await api.post(`/v1/events/${eventId}/registrations`, application(k), {
      'idempotency-key': `sel-${k}`,
    });
    expect(r.status).toBe(201);
    ids.push((await r.json()).id);
  }
  // An application to another event (demo data), for the all-or-nothing refusal.
  const other = await h.db.kysely
    .selectFrom('registrations')
    .select(['id', 'event_id'])
    .where('event_id', '!=', eventId)
    .executeTakeFirstOrThrow();
  otherEventId = other.id;
});
afterAll(() => h?.close());

describe('the list', () => {
  test('every application of the event with its profile, answers, languages and needs; counts and seats', async () => {
    const body = await list(committeeA);
    expect(body.total).toBe(30);
    expect(body.capacity).toBe(20);
    expect(body.role).toBe('participant');
    expect(body.counts).toMatchObject({
      applied: 30,
      submitted: 20,
      waitlisted: 10,
      selected: 0,
      pending: 0,
    });
    expect(body.settings).toEqual({ requireConfirmation: false });
    expect(body.registrationClosed).toBe(false);
    expect(body.report).toBeNull();
    expect(body.personalExports).toBe(false);
    const seven = body.items.find((r) => r.representative?.email === emailOf(7));
    expect(seven?.organization).toMatchObject({ name: 'Òganizasyon 7', level: 'local', ledBy: ['migrant'] });
    expect(seven?.answers).toEqual([{ criterionId: 'crit-1', answer: 'Travay nou depi 2007' }]);
    expect(seven?.representative?.needs).toBe('Entèpretasyon an kreyòl');
    expect(seven?.representative?.languages).toEqual(['es']);
    expect(seven?.pending).toBeNull();
    expect((await list(secretariat)).personalExports).toBe(true);
  });

  test('filters and orders', async () => {
    const names = (b: SelectionList) => b.items.map((r) => r.organization.name);
    const byName = await list(committeeA, '?sort=name');
    // Numbers in names in their natural order: 2 before 10.
    expect(names(byName).slice(0, 3)).toEqual(['Òganizasyon 1', 'Òganizasyon 2', 'Òganizasyon 3']);
    expect(names(await list(committeeA, '?sort=-name'))[0]).toBe('Òganizasyon 30');
    const ht = await list(committeeA, '?country=HT');
    expect(ht.total).toBe(10);
    expect(ht.counts.applied).toBe(30);
    expect(ht.items.every((r) => r.organization.country === 'HT')).toBe(true);
    expect((await list(committeeA, '?level=national')).total).toBe(15);
    expect((await list(committeeA, '?kind=research')).total).toBe(7);
    expect((await list(committeeA, '?ledBy=women')).total).toBe(6);
    expect((await list(committeeA, '?language=ht')).total).toBe(6);
    expect((await list(committeeA, '?status=waitlisted')).total).toBe(10);
    expect(names(await list(committeeA, '?q=%C3%B2ganizasyon%2012'))).toEqual(['Òganizasyon 12']);
    expect((await api.get(`/v1/events/${eventId}/registrations?sort=nope`, as(committeeA))).status).toBe(400);
  });

  test('only in scope: another committee and a country are refused; an unknown event is a 404', async () => {
    expect((await api.get(`/v1/events/${eventId}/registrations`, as(committeeB))).status).toBe(403);
    expect((await api.get(`/v1/events/${eventId}/registrations`, as(countryHT))).status).toBe(403);
    expect((await api.get(`/v1/events/${eventId}/registrations.xlsx`, as(committeeB))).status).toBe(403);
    expect((await api.get('/v1/events/nope/registrations', as(secretariat))).status).toBe(404);
    expect((await api.get(`/v1/events/${eventId}/registrations`)).status).toBe(401);
  });
});

describe('decisions in bulk', () => {
  test('all or nothing: one application of another event refuses the batch, and nothing changes', async () => {
    const before = await statuses();
    const audits = (await auditOf('registration.decide')).length;
    const response = await api.post(
      `/v1/events/${eventId}/decisions`,
      {
        decisions: [
          { registrationId: ids[0], decision: 'selected' },
          { registrationId: otherEventId, decision: 'selected' },
          { registrationId: ids[1], decision: 'not_selected' },
        ],
      },
      as(committeeA),
    );
    expect(response.status).toBe(422);
    const problem = await response.json();
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['decisions', 2, 'reasonCode'], code: 'reason_required' }),
      ]),
    );
    // With the reason given, the other event's application alone still refuses the batch.
    const again = await api.post(
      `/v1/events/${eventId}/decisions`,
      {
        decisions: [
          { registrationId: ids[0], decision: 'selected' },
          { registrationId: otherEventId, decision: 'selected' },
        ],
      },
      as(committeeA),
    );
    expect(again.status).toBe(422);
    expect((await again.json()).errors).toEqual([
      expect.objectContaining({ path: ['decisions', 1, 'registrationId'], code: 'unknown_reference' }),
    ]);
    const twice = await api.post(
      `/v1/events/${eventId}/decisions`,
      {
        decisions: [
          { registrationId: ids[0], decision: 'selected' },
          { registrationId: ids[0], decision: 'waitlisted' },
        ],
      },
      as(committeeA),
    );
    expect(twice.status).toBe(422);
    expect(await statuses()).toEqual(before);
    expect((await auditOf('registration.decide')).length).toBe(audits);
  });

  test('out of scope: another committee and a country are refused, and nothing changes', async () => {
    const before = await statuses();
    for (const token of [committeeB, countryHT]) {
      const response = await api.post(
        `/v1/events/${eventId}/decisions`,
        { decisions: [{ registrationId: ids[0], decision: 'selected' }] },
        as(token),
      );
      expect(response.status).toBe(403);
    }
    expect(await statuses()).toEqual(before);
  });

  test('30 decisions at once: in force, each audited, with reason codes and words', async () => {
    const decisions = ids.map((registrationId, i) =>
      i < 15
        ? { registrationId, decision: 'selected' as const }
        : i < 23
          ? { registrationId, decision: 'waitlisted' as const, reasonCode: 'capacity' as const }
          : i < 29
            ? { registrationId, decision: 'not_selected' as const, reasonCode: 'criteria' as const }
            : {
                registrationId,
                decision: 'not_selected' as const,
                reasonCode: 'other' as const,
                reasonText: 'Nou pa t jwenn repons lan.',
              },
    );
    const response = await api.post(`/v1/events/${eventId}/decisions`, { decisions }, as(committeeA));
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(result).toMatchObject({ applied: 30, proposed: 0 });
    expect(result.items).toHaveLength(30);
    const body = await list(committeeA);
    expect(body.counts).toMatchObject({ selected: 15, waitlisted: 8, notSelected: 7, submitted: 0 });
    const last = body.items.find((r) => r.id === ids[29]);
    expect(last).toMatchObject({
      status: 'not_selected',
      reasonCode: 'other',
      reason: 'Nou pa t jwenn repons lan.',
      decidedBy: 'test committee',
    });
    const audits = (await auditOf('registration.decide')).filter((a) => ids.includes(a.entity_id));
    expect(audits).toHaveLength(30);
    expect(JSON.parse(audits.find((a) => a.entity_id === ids[20])?.changes ?? '{}')).toMatchObject({
      status: { from: 'waitlisted', to: 'waitlisted' },
      reasonCode: { from: null, to: 'capacity' },
    });
    // Audit entries name the token, never a representative.
    const stored = JSON.stringify(audits);
    for (let k = 1; k <= 30; k++) expect(stored).not.toContain(emailOf(k));
  });
});

describe("a second person's confirmation", () => {
  test('once on, a decision is proposed; the same person cannot confirm it, another can', async () => {
    const on = await api.put(
      `/v1/events/${eventId}/selection-settings`,
      { requireConfirmation: true },
      as(committeeA),
    );
    expect(on.status).toBe(200);
    expect((await auditOf('selection.settings')).length).toBe(1);

    const proposed = await api.post(
      `/v1/events/${eventId}/decisions`,
      {
        decisions: [
          { registrationId: ids[15], decision: 'selected' },
          { registrationId: ids[16], decision: 'selected' },
        ],
      },
      as(committeeA),
    );
    expect(proposed.status).toBe(200);
    expect(await proposed.json()).toMatchObject({ applied: 0, proposed: 2 });
    // Still wait-listed until someone else confirms.
    expect((await statuses())[ids[15] as string]).toBe('waitlisted');
    const mine = (await list(committeeA)).items.find((r) => r.id === ids[15]);
    expect(mine?.pending).toMatchObject({ decision: 'selected', mine: true, proposedBy: 'test committee' });
    const theirs = await list(committeeA2);
    expect(theirs.items.find((r) => r.id === ids[15])?.pending?.mine).toBe(false);
    expect(theirs.counts).toMatchObject({ pending: 2, pendingSelected: 2, selected: 15 });
    expect((await list(committeeA2, '?pending=true')).total).toBe(2);

    const same = await api.post(
      `/v1/events/${eventId}/decisions/confirm`,
      { registrationIds: [ids[15], ids[16]] },
      as(committeeA),
    );
    expect(same.status).toBe(409);
    expect(await same.json()).toMatchObject({ code: 'conflict', reason: 'same-person' });
    expect((await statuses())[ids[15] as string]).toBe('waitlisted');

    // Nothing proposed for this one: the batch is refused as a whole.
    const mixed = await api.post(
      `/v1/events/${eventId}/decisions/confirm`,
      { registrationIds: [ids[15], ids[0]] },
      as(committeeA2),
    );
    expect(mixed.status).toBe(422);
    expect((await mixed.json()).errors).toEqual([
      expect.objectContaining({ path: ['registrationIds', 1], code: 'nothing_to_confirm' }),
    ]);

    const confirmed = await api.post(
      `/v1/events/${eventId}/decisions/confirm`,
      { registrationIds: [ids[15], ids[16]] },
      as(committeeA2),
    );
    expect(confirmed.status).toBe(200);
    const now = await statuses();
    expect([now[ids[15] as string], now[ids[16] as string]]).toEqual(['selected', 'selected']);
    const confirms = (await auditOf('registration.confirm')).filter((a) => ids.includes(a.entity_id));
    expect(confirms).toHaveLength(2);
    expect(JSON.parse(confirms[0]?.changes ?? '{}')).toMatchObject({ proposedBy: { to: 'test committee' } });
    expect((await list(committeeA)).counts).toMatchObject({ selected: 17, waitlisted: 6, pending: 0 });
  });

  test('a proposal can be sent back; only the secretariat turns the confirmation off', async () => {
    await api.post(
      `/v1/events/${eventId}/decisions`,
      { decisions: [{ registrationId: ids[17], decision: 'selected' }] },
      as(committeeA2),
    );
    const discarded = await api.post(
      `/v1/events/${eventId}/decisions/discard`,
      { registrationIds: [ids[17]] },
      as(committeeA),
    );
    expect(discarded.status).toBe(200);
    expect((await list(committeeA)).counts.pending).toBe(0);
    expect((await statuses())[ids[17] as string]).toBe('waitlisted');

    const off = { requireConfirmation: false };
    expect((await api.put(`/v1/events/${eventId}/selection-settings`, off, as(committeeA))).status).toBe(403);
    expect((await api.put(`/v1/events/${eventId}/selection-settings`, off, as(secretariat))).status).toBe(
      200,
    );
    expect((await list(committeeA)).settings.requireConfirmation).toBe(false);
  });
});

describe('exports', () => {
  test('XLSX and CSV: personal columns for the secretariat only; each export audited', async () => {
    const before = (await auditOf('registration.export')).length;
    const full = await api.get(`/v1/events/${eventId}/registrations.xlsx?sort=name`, as(secretariat));
    expect(full.status).toBe(200);
    expect(full.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(full.headers.get('content-disposition')).toContain('.xlsx');
    const sheet = await parseXlsx(new Uint8Array(await full.arrayBuffer()));
    expect(sheet.columns).toEqual(
      expect.arrayContaining([
        'receipt',
        'status',
        'reasonCode',
        'organization',
        'answer:crit-1',
        'name',
        'email',
        'needs',
      ]),
    );
    expect(sheet.rows).toHaveLength(30);
    expect(sheet.rows[0]).toMatchObject({
      organization: 'Òganizasyon 1',
      email: emailOf(1),
      name: nameOf(1),
    });
    expect(sheet.rows.find((r) => r.email === emailOf(7))?.needs).toBe('Entèpretasyon an kreyòl');

    const scoped = await api.get(`/v1/events/${eventId}/registrations.xlsx?status=selected`, as(committeeA));
    expect(scoped.status).toBe(200);
    const bytes = new Uint8Array(await scoped.arrayBuffer());
    const limited = await parseXlsx(bytes);
    expect(limited.columns).toContain('answer:crit-1');
    for (const column of ['name', 'email', 'role', 'languages', 'needs'])
      expect(limited.columns).not.toContain(column);
    expect(limited.rows).toHaveLength(17);
    expect(limited.rows.every((r) => r.status === 'selected')).toBe(true);

    const csv = await api.get(`/v1/events/${eventId}/registrations.csv`, as(committeeA));
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await csv.text();
    expect(text).not.toContain('selection-probe');
    expect(parseCsv(text).rows).toHaveLength(30);

    const audits = (await auditOf('registration.export')).slice(before);
    expect(audits.map((a) => JSON.parse(a.changes ?? '{}'))).toEqual([
      expect.objectContaining({ format: { from: null, to: 'xlsx' }, personal: { from: null, to: true } }),
      expect.objectContaining({ format: { from: null, to: 'xlsx' }, personal: { from: null, to: false } }),
      expect.objectContaining({ format: { from: null, to: 'csv' }, personal: { from: null, to: false } }),
    ]);
    expect(audits.map((a) => a.entity_id)).toEqual([eventId, eventId, eventId]);
  });
});

test('the secretariat’s CSV of all applications is audited too', async () => {
  const before = (await auditOf('registration.export')).length;
  const csv = await api.get(`/v1/registrations.csv?event=${eventId}`, as(secretariat));
  expect(csv.status).toBe(200);
  expect(await csv.text()).toContain(emailOf(1));
  const audits = (await auditOf('registration.export')).slice(before);
  expect(audits).toHaveLength(1);
  expect(audits[0]?.entity_id).toBe(eventId);
  expect(JSON.parse(audits[0]?.changes ?? '{}')).toMatchObject({ personal: { to: true }, rows: { to: 30 } });
});

describe('telling the registrants', () => {
  const decisionRows = () =>
    h.db.kysely.selectFrom('outbox').selectAll().where('kind', '=', 'registration.decision').execute();

  test('refused until the report is published; then one message per registrant, in their language, with only their data', async () => {
    const early = await api.post(`/v1/events/${eventId}/decisions/notify`, {}, as(committeeA));
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ reason: 'report-not-published' });
    expect(await decisionRows()).toHaveLength(0);

    h.clock.set(new Date(CLOSES.getTime() + 3_600_000));
    const published = await api.post(`/v1/events/${eventId}/selection-report`, {}, as(committeeA));
    expect(published.status).toBe(200);
    const listed = await list(committeeA);
    expect(listed.report?.version).toBe(1);
    expect(listed.registrationClosed).toBe(true);

    const response = await api.post(`/v1/events/${eventId}/decisions/notify`, {}, as(committeeA));
    expect(response.status).toBe(200);
    const result: NotifyResult = await response.json();
    expect(result).toEqual({ reportVersion: 1, queued: 30, alreadyTold: 0, undecided: 0, erased: 0 });

    const rows = await decisionRows();
    expect(rows).toHaveLength(30);
    const registrations = await h.db.kysely
      .selectFrom('registrations')
      .selectAll()
      .where('event_id', '=', eventId)
      .execute();
    for (const [i, id] of ids.entries()) {
      const k = i + 1;
      const reg = registrations.find((r) => r.id === id);
      const row = rows.find((r) => r.key === `registration.decision:${id}:${reg?.status}`);
      expect(row, `message for ${k}`).toBeDefined();
      expect(row?.to_address).toBe(emailOf(k));
      expect(row?.locale).toBe(LOCALES[k % 5]);
      const data = JSON.parse(row?.data ?? '{}');
      expect(data).toMatchObject({ registrationId: id, receipt: reg?.receipt, decision: reg?.status });
      expect(data.event).toMatchObject({ id: eventId, title: expect.objectContaining({ original: 'en' }) });
      // Nobody's name, and no other registrant's address; never the curators' free text.
      const text = row?.data ?? '';
      for (let other = 1; other <= 30; other++) {
        expect(text).not.toContain(nameOf(other));
        expect(text).not.toContain(emailOf(other));
      }
      expect(text).not.toContain('Nou pa t jwenn repons lan.');
    }
    const thirty = JSON.parse(
      rows.find((r) => r.key.startsWith(`registration.decision:${ids[29]}:`))?.data ?? '{}',
    );
    expect(thirty).toMatchObject({ decision: 'not_selected', reason: 'other' });
    expect((await auditOf('selection.notify')).at(-1)?.entity_id).toBe(eventId);
    expect((await list(committeeA)).items.every((r) => r.notice?.status === 'pending')).toBe(true);
  });

  test('nobody hears twice; a changed decision is told once more', async () => {
    const again = await api.json<NotifyResult>(
      await api.post(`/v1/events/${eventId}/decisions/notify`, {}, as(committeeA)),
    );
    expect(again).toMatchObject({ queued: 0, alreadyTold: 30 });
    await api.post(
      `/v1/events/${eventId}/decisions`,
      { decisions: [{ registrationId: ids[20], decision: 'selected' }] },
      as(committeeA),
    );
    const changed = await api.json<NotifyResult>(
      await api.post(`/v1/events/${eventId}/decisions/notify`, {}, as(committeeA)),
    );
    expect(changed).toMatchObject({ queued: 1, alreadyTold: 29 });
    const entry = (await list(committeeA)).items.find((r) => r.id === ids[20]);
    expect(entry?.notice).toMatchObject({ decision: 'selected', locale: LOCALES[21 % 5] });
    // Back to the waiting list: told again, under a new key (the first one is spent).
    await api.post(
      `/v1/events/${eventId}/decisions`,
      { decisions: [{ registrationId: ids[20], decision: 'waitlisted', reasonCode: 'capacity' }] },
      as(committeeA),
    );
    const back = await api.json<NotifyResult>(
      await api.post(`/v1/events/${eventId}/decisions/notify`, {}, as(committeeA)),
    );
    expect(back).toMatchObject({ queued: 1, alreadyTold: 29 });
    const keys = (await decisionRows()).filter((r) => r.key.includes(ids[20] as string)).map((r) => r.key);
    expect(keys.sort()).toEqual([
      `registration.decision:${ids[20]}:selected`,
      `registration.decision:${ids[20]}:waitlisted`,
      `registration.decision:${ids[20]}:waitlisted:3`,
    ]);
    expect((await list(committeeA)).items.find((r) => r.id === ids[20])?.notice?.decision).toBe('waitlisted');
  });

  test('after all this, no public answer holds a representative’s name or address', async () => {
    const paths = [
      `/v1/events/${eventId}`,
      `/v1/events/${eventId}/selection-report`,
      `/v1/events/${eventId}.ics`,
      '/v1/events?limit=100',
      '/v1/events.ics',
      '/v1/openapi.json',
    ];
    for (const path of paths) {
      const response = await api.get(path);
      expect(response.status, path).toBe(200);
      const body = await response.text();
      expect(body, path).not.toContain('selection-probe');
      expect(body, path).not.toContain('Representant Sekrè');
      expect(body, path).not.toContain('Entèpretasyon an kreyòl');
    }
    const logs = JSON.stringify(h.logs);
    expect(logs).not.toContain('selection-probe');
  });
});
