import type {
  AgendaDraft,
  Committee,
  CriteriaHistory,
  Event,
  EventInput,
  Page,
  Registration,
  RegistrationInput,
  SelectionReport,
} from '@lad/sdk';
import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { loadConfig } from '../config.js';
import { bearer, client, createHarness, type Harness, T0 } from '../testing/harness.js';

// Meetings as curators run them (R2, R5–R8, R12): versioned selection criteria, the agenda's
// publication and lead time, the freeze of agenda topics, cancelling and rescheduling (with an
// e-mail to everyone who applied, through the outbox), and the regional-mechanism link.

let h: Harness;
let api: ReturnType<typeof client>;
let secretariat: string;
let coordinator: string;
let committeeId: string;
beforeAll(async () => {
  h = await createHarness();
  api = client(h);
  secretariat = await h.token('secretariat');
  const committees = await api.json<{ items: Committee[] }>(await api.get('/v1/committees'));
  const committee = committees.items.find((c) => c.id === 'cmte-labor-mobility') ?? committees.items[0]!;
  committeeId = committee.id;
  coordinator = await h.token('committee', committee.actionPackageId);
});
afterAll(() => h?.close());
beforeEach(() => h.clock.set(T0));

const DAY = 86_400_000;
const at = (days: number, hours = 0) => new Date(T0.getTime() + days * DAY + hours * 3_600_000).toISOString();
const text = (en: string) => ({ original: 'en', text: { en } });

const criterion = (id: string, en: string, required = true) => ({
  id,
  text: text(en),
  answer: 'text' as const,
  required,
});

/** A quarterly information session of the committee, registration opening in 2 days. */
function session(extra: Partial<EventInput> = {}): EventInput {
  return {
    kind: 'information_session',
    title: {
      original: 'en',
      text: {
        en: 'Quarterly information session',
        es: 'Sesión informativa trimestral',
        ht: 'Sesyon enfòmasyon chak twa mwa',
      },
    },
    committeeId,
    startsAt: at(40),
    endsAt: at(40, 2),
    timeZone: 'America/Port-au-Prince',
    format: 'online',
    onlineUrl: 'https://meet.example.org/quarterly',
    languages: ['es', 'en', 'ht'],
    interpretation: ['fr'],
    topicProposalsCloseAt: at(20),
    registration: {
      opensAt: at(2),
      closesAt: at(30),
      capacity: 40,
      waitlist: true,
      role: 'observer',
      retentionDays: 180,
      criteria: [criterion('work', 'Describe your work with migrants.')],
    },
    ...extra,
  };
}

async function create(input: EventInput, token = coordinator): Promise<Event> {
  const response = await api.post('/v1/events', input, bearer(token));
  expect(response.status, await response.clone().text()).toBe(201);
  return api.json<Event>(response);
}

let n = 0;
const key = () => `key-${Math.random().toString(36).slice(2)}`;
async function register(
  eventId: string,
  locale: string,
  answers = [{ criterionId: 'work', answer: 'Legal aid.' }],
) {
  n++;
  const body: RegistrationInput = {
    organization: {
      name: `Org ${n}`,
      country: 'HT',
      level: 'national',
      kinds: ['service_provider'],
      ledBy: [],
    },
    representative: { name: `Person ${n}`, email: `person${n}.${locale}@example.org`, languages: [locale] },
    answers,
    consent: true,
    locale,
    signals: { startedAt: new Date(h.clock.now.getTime() - 5 * 60_000).toISOString(), trap: '' },
  };
  const response = await api.post(`/v1/events/${eventId}/registrations`, body, { 'idempotency-key': key() });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as { id: string; receipt: string };
}

const outbox = (eventId: string, kind: string) =>
  h.db.kysely
    .selectFrom('outbox')
    .selectAll()
    .where('kind', '=', kind)
    .where('key', 'like', `${kind}:${eventId}:%`)
    .orderBy('key')
    .execute();

const publicEvent = async (id: string) =>
  api.json<Event>(await api.get(`/v1/events/${id}`, { 'cache-control': 'no-cache' }));

const vevent = async (id: string) => {
  const response = await api.get(`/v1/events/${id}.ics`, { 'cache-control': 'no-cache' });
  expect(response.status).toBe(200);
  const body = await response.text();
  const component = new ICAL.Component(ICAL.parse(body)).getFirstSubcomponent('vevent')!;
  return { body, component };
};

describe('selection criteria, versioned', () => {
  test('corrected in place before registration opens; a new version once it has, the old kept; each application records its version; the report names the one in force at close', async () => {
    const event = await create(session());
    expect(event.registration?.criteriaVersion).toBe(1);

    // Before the window opens: still version 1, corrected.
    const fix = await api.patch(
      `/v1/events/${event.id}`,
      {
        registration: {
          ...session().registration!,
          criteria: [criterion('work', 'Describe your work with migrants and refugees.')],
        },
      },
      bearer(coordinator),
    );
    expect(fix.status).toBe(200);
    expect((await api.json<Event>(fix)).registration?.criteriaVersion).toBe(1);

    // Open: an application answers version 1.
    h.clock.set(at(3));
    const first = await register(event.id, 'ht');

    // A change now makes version 2; version 1 stays, superseded.
    const changed = await api.patch(
      `/v1/events/${event.id}`,
      {
        registration: {
          ...session().registration!,
          criteria: [
            criterion('work', 'Describe your work with migrants and refugees.'),
            criterion('led', 'Is your organisation led by the people it serves?', false),
          ],
        },
      },
      bearer(coordinator),
    );
    expect(changed.status).toBe(200);
    const after = await publicEvent(event.id);
    expect(after.registration?.criteriaVersion).toBe(2);
    expect(after.registration?.criteria.map((c) => c.id)).toEqual(['work', 'led']);

    const history = await api.json<CriteriaHistory>(await api.get(`/v1/events/${event.id}/criteria`));
    expect(history.versions.map((v) => [v.version, v.criteria.length, v.supersededAt])).toEqual([
      [1, 1, h.clock.now.toISOString()],
      [2, 2, null],
    ]);
    expect(history.versions[0]?.criteria[0]?.text.text.en).toBe(
      'Describe your work with migrants and refugees.',
    );

    h.clock.advance(60_000);
    const second = await register(event.id, 'es');
    const records = await api.json<Page<Registration>>(
      await api.get(`/v1/registrations?event=${event.id}&limit=100`, bearer(coordinator)),
    );
    const version = (id: string) => records.items.find((r) => r.id === id)?.criteriaVersion;
    expect(version(first.id)).toBe(1);
    expect(version(second.id)).toBe(2);

    // The change is in the audit log with the version.
    const entry = await h.db.kysely
      .selectFrom('audit')
      .selectAll()
      .where('entity_id', '=', event.id)
      .where('action', '=', 'event.update')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.changes ?? '{}').criteriaVersion).toEqual({ from: 1, to: 2 });

    // After close, the report says version 2 applied.
    h.clock.set(at(31));
    const published = await api.post(
      `/v1/events/${event.id}/selection-report`,
      undefined,
      bearer(coordinator),
    );
    expect(published.status, await published.clone().text()).toBe(200);
    expect((await api.json<SelectionReport>(published)).criteriaVersion).toBe(2);
    const report = await api.json<SelectionReport>(await api.get(`/v1/events/${event.id}/selection-report`));
    expect(report.criteriaVersion).toBe(2);
  });
});

describe('agenda', () => {
  test('the draft shows the 21-day promise; publishing records when, and the public event says how many days before', async () => {
    const event = await create(session());
    const draft = await api.json<AgendaDraft>(
      await api.get(`/v1/events/${event.id}/agenda`, bearer(coordinator)),
    );
    expect(draft).toMatchObject({
      eventId: event.id,
      items: [],
      publishedAt: null,
      leadDays: 21,
      dueAt: new Date(Date.parse(event.startsAt) - 21 * DAY).toISOString(),
      topicProposalsCloseAt: at(20),
    });
    // Not public as a draft.
    expect((await api.get(`/v1/events/${event.id}/agenda`)).status).toBe(401);

    const items = [
      {
        title: text('Opening'),
        startsAt: at(40),
        durationMinutes: 15,
        presenters: [{ name: 'Ana Pérez', organization: 'Secretariat', role: null }],
        documents: [{ title: 'Concept note', url: 'https://example.org/concept-note.pdf' }],
      },
      { title: text('Labour pathways'), durationMinutes: 45 },
    ];
    const saved = await api.put(
      `/v1/events/${event.id}/agenda`,
      { items, publish: false },
      bearer(coordinator),
    );
    expect(saved.status).toBe(200);
    expect((await publicEvent(event.id)).agendaPublishedDaysBefore).toBeNull();

    h.clock.set(at(15));
    const published = await api.put(
      `/v1/events/${event.id}/agenda`,
      { items, publish: true },
      bearer(coordinator),
    );
    expect(published.status).toBe(200);
    const after = await publicEvent(event.id);
    expect(after.agenda?.publishedAt).toBe(at(15));
    expect(after.agendaPublishedDaysBefore).toBe(25);
    expect(after.agenda?.items[0]?.documents).toEqual([
      { title: 'Concept note', url: 'https://example.org/concept-note.pdf' },
    ]);
    expect(after.agenda?.items[1]?.documents).toEqual([]);
  });

  test('the promised lead time is a setting: LAD_AGENDA_LEAD_DAYS, 21 days when unset', () => {
    expect(loadConfig({}).agendaLeadDays).toBe(21);
    expect(loadConfig({ LAD_AGENDA_LEAD_DAYS: '30' }).agendaLeadDays).toBe(30);
  });

  test('agenda topics are refused after the freeze date with proposals-closed; the freeze must come before the meeting', async () => {
    const event = await create(session({ topicProposalsCloseAt: at(10) }));
    const topic = {
      title: 'Access to documents',
      summary: 'Nou pwopoze yon pwen sou aksè a dokiman.',
      locale: 'ht',
      organization: { name: 'Rezo Fwontalye', country: 'HT' },
      contact: { name: 'Jean Baptiste', email: 'jb@example.org' },
      consent: true,
      signals: { startedAt: new Date(T0.getTime() - 300_000).toISOString(), trap: '' },
    };
    const before = await api.post(`/v1/events/${event.id}/agenda-topics`, topic, {
      'idempotency-key': key(),
    });
    expect(before.status).toBe(201);
    h.clock.set(at(10, 1));
    const late = await api.post(
      `/v1/events/${event.id}/agenda-topics`,
      { ...topic, signals: { startedAt: at(10), trap: '' } },
      { 'idempotency-key': key() },
    );
    expect(late.status).toBe(409);
    expect(await late.json()).toMatchObject({ code: 'proposals-closed', closedAt: at(10) });

    const after = await api.patch(
      `/v1/events/${event.id}`,
      { topicProposalsCloseAt: at(41) },
      bearer(coordinator),
    );
    expect(after.status).toBe(422);
    expect((await after.json()).errors).toEqual([
      expect.objectContaining({ path: ['topicProposalsCloseAt'], code: 'date_out_of_range' }),
    ]);
  });
});

describe('cancel and reschedule', () => {
  test('cancelling: STATUS:CANCELLED with SEQUENCE + 1, one e-mail per registrant in their language, audited; then nothing more changes', async () => {
    const event = await create(
      session({ kind: 'national_consultation', committeeId: null, country: 'HT' }),
      secretariat,
    );
    h.clock.set(at(3));
    const ht = await register(event.id, 'ht');
    const es = await register(event.id, 'es');
    const fr = await register(event.id, 'fr');
    const before = await vevent(event.id);
    const sequence = before.component.getFirstPropertyValue('sequence') as unknown as number;
    expect(before.component.getFirstPropertyValue('status')).toBe('CONFIRMED');

    // A country coordinator of another country may not cancel it.
    const other = await h.token('country', 'MX');
    expect((await api.post(`/v1/events/${event.id}/cancel`, {}, bearer(other))).status).toBe(403);

    const haiti = await h.token('country', 'HT');
    const response = await api.post(
      `/v1/events/${event.id}/cancel`,
      { reason: 'The venue is closed after the storm.' },
      bearer(haiti),
    );
    expect(response.status, await response.clone().text()).toBe(200);
    const cancelled = await api.json<Event>(response);
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelledAt: at(3),
      cancellationReason: 'The venue is closed after the storm.',
      sequence: sequence + 1,
    });
    expect(cancelled.registration?.state).toBe('closed');

    const after = await vevent(event.id);
    expect(after.body).toContain('STATUS:CANCELLED');
    expect(after.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(after.component.getFirstPropertyValue('sequence')).toBe(sequence + 1);
    // The feed keeps it, marked.
    const feed = await (await api.get('/v1/events.ics?country=HT', { 'cache-control': 'no-cache' })).text();
    expect(feed).toContain(`UID:${event.id}@lad-widgets`);

    const rows = await outbox(event.id, 'event.cancelled');
    expect(rows).toHaveLength(3);
    const byReceipt = new Map(rows.map((r) => [JSON.parse(r.data).receipt as string, r]));
    for (const [registration, locale] of [
      [ht, 'ht'],
      [es, 'es'],
      [fr, 'fr'],
    ] as const) {
      const row = byReceipt.get(registration.receipt)!;
      expect(row.key).toBe(`event.cancelled:${event.id}:${registration.id}:${sequence + 1}`);
      expect(row.locale).toBe(locale);
      expect(row.to_address).toMatch(new RegExp(`^person\\d+\\.${locale}@example\\.org$`));
      expect(row.status).toBe('pending');
      // Only that person's own data: their receipt, never another's.
      for (const other of [ht, es, fr].filter((r) => r !== registration))
        expect(row.data).not.toContain(other.receipt);
      expect(row.data).not.toMatch(/Person \d/);
    }

    const audit = await h.db.kysely
      .selectFrom('audit')
      .selectAll()
      .where('entity_id', '=', event.id)
      .where('action', '=', 'event.cancel')
      .execute();
    expect(audit).toHaveLength(1);

    // Cancelled is final: no second cancellation, no change, no new application.
    const again = await api.post(`/v1/events/${event.id}/cancel`, {}, bearer(haiti));
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'event-cancelled' });
    expect((await api.patch(`/v1/events/${event.id}`, { capacity: 10 }, bearer(haiti))).status).toBe(422);
    const patch = await api.patch(
      `/v1/events/${event.id}`,
      { startsAt: at(50), endsAt: at(50, 2) },
      bearer(haiti),
    );
    expect(patch.status).toBe(409);
    expect(
      (await api.put(`/v1/events/${event.id}/agenda`, { items: [], publish: true }, bearer(haiti))).status,
    ).toBe(409);
    const late = await api.post(
      `/v1/events/${event.id}/registrations`,
      {
        organization: { name: 'Late', country: 'HT', level: 'local', kinds: ['service_provider'], ledBy: [] },
        representative: { name: 'Late', email: 'late@example.org' },
        answers: [{ criterionId: 'work', answer: 'x' }],
        consent: true,
        signals: { startedAt: at(2), trap: '' },
      },
      { 'idempotency-key': key() },
    );
    expect(late.status).toBe(409);
    expect(await late.json()).toMatchObject({ code: 'registration-closed' });
    expect(await outbox(event.id, 'event.cancelled')).toHaveLength(3);
  });

  test('rescheduling by new dates: the calendar gets the new DTSTART and a higher SEQUENCE; each registrant is told once', async () => {
    const event = await create(session());
    h.clock.set(at(3));
    const ht = await register(event.id, 'ht');
    const before = await publicEvent(event.id);
    const response = await api.patch(
      `/v1/events/${event.id}`,
      { startsAt: at(45), endsAt: at(45, 3) },
      bearer(coordinator),
    );
    expect(response.status).toBe(200);
    const { component } = await vevent(event.id);
    expect(component.getFirstPropertyValue('sequence')).toBe(before.sequence + 1);
    const start = component.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.toJSDate().toISOString()).toBe(at(45));
    const rows = await outbox(event.id, 'event.rescheduled');
    expect(rows.map((r) => [r.key, r.locale])).toEqual([
      [`event.rescheduled:${event.id}:${ht.id}:${before.sequence + 1}`, 'ht'],
    ]);
    expect(JSON.parse(rows[0]!.data)).toMatchObject({
      event: { id: event.id, startsAt: at(45), endsAt: at(45, 3) },
      previous: { startsAt: at(40), endsAt: at(40, 2) },
      receipt: ht.receipt,
    });
    // A change that does not move the dates writes no message.
    await api.patch(`/v1/events/${event.id}`, { interpretation: ['fr', 'pt'] }, bearer(coordinator));
    expect(await outbox(event.id, 'event.rescheduled')).toHaveLength(1);
  });

  test('If-Match: a change made on an old version is refused with the current event', async () => {
    const event = await create(session());
    const read = await api.get(`/v1/events/${event.id}`, { 'cache-control': 'no-cache' });
    const etag = read.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const mine = await api.patch(
      `/v1/events/${event.id}`,
      { interpretation: ['pt'] },
      { ...bearer(coordinator), 'if-match': etag },
    );
    expect(mine.status).toBe(200);
    const stale = await api.patch(
      `/v1/events/${event.id}`,
      { interpretation: ['fr'] },
      { ...bearer(coordinator), 'if-match': etag },
    );
    expect(stale.status).toBe(412);
    const problem = await stale.json();
    expect(problem).toMatchObject({
      code: 'precondition-failed',
      current: { id: event.id, interpretation: ['pt'] },
    });
  });
});

describe('regional mechanisms', () => {
  test('an event may belong to a mechanism, checked against the reference list; ?mechanism= filters by it', async () => {
    const unknown = await api.post('/v1/events', session({ mechanism: 'nope' }), bearer(secretariat));
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).errors).toEqual([
      expect.objectContaining({ path: ['mechanism'], code: 'unknown_reference' }),
    ]);
    const crm = await create(
      session({ kind: 'regional_meeting', committeeId: null, mechanism: 'crm' }),
      secretariat,
    );
    expect(crm.mechanism).toBe('crm');
    const list = await api.json<Page<Event>>(await api.get('/v1/events?mechanism=crm&limit=100'));
    expect(list.items.map((e) => e.id)).toEqual([crm.id]);
    expect((await api.json<Page<Event>>(await api.get('/v1/events?mechanism=mirps'))).items).toEqual([]);
    const feed = await (await api.get('/v1/events.ics?mechanism=crm')).text();
    expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    // Moved to another mechanism, or to none.
    const moved = await api.patch(`/v1/events/${crm.id}`, { mechanism: 'mirps' }, bearer(secretariat));
    expect((await api.json<Event>(moved)).mechanism).toBe('mirps');
    expect((await api.json<Page<Event>>(await api.get('/v1/events?mechanism=crm'))).items).toEqual([]);
  });

  test('a mechanism officer creates and changes her mechanism’s events, and no other', async () => {
    const crmOfficer = await h.token('mechanism', 'crm');
    const own = await api.post(
      '/v1/events',
      session({ kind: 'regional_meeting', committeeId: null, mechanism: 'crm' }),
      bearer(crmOfficer),
    );
    expect(own.status).toBe(201);
    const event = await api.json<Event>(own);
    const renamed = await api.patch(
      `/v1/events/${event.id}`,
      { title: text('Regional meeting of the CRM') },
      bearer(crmOfficer),
    );
    expect(renamed.status).toBe(200);
    // Not another mechanism's, not one of no mechanism, and she cannot move hers away.
    for (const mechanism of ['mirps', null]) {
      const other = await api.post(
        '/v1/events',
        session({ kind: 'regional_meeting', committeeId: null, mechanism }),
        bearer(crmOfficer),
      );
      expect(other.status, String(mechanism)).toBe(403);
    }
    expect(
      (await api.patch(`/v1/events/${event.id}`, { mechanism: 'mirps' }, bearer(crmOfficer))).status,
    ).toBe(403);
  });
});
