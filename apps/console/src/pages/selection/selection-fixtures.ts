import type {
  CriteriaHistory,
  DecisionsResult,
  Event,
  NotifyResult,
  SelectionDecisionInput,
  SelectionEntry,
  SelectionList,
  SelectionReport,
} from '@lad/sdk';
import { json, problem, type Seen } from '../../testing/fake-api.js';

// Fixtures of the selection screen's tests, and a small in-memory selection API that decides,
// proposes, confirms, publishes and notifies as the real one does — so a test can decide 30
// applications and see the table, the meter and the counts follow.

export const EVENT_ID = 'evt-sel';

/** The meeting whose applications are reviewed, as `GET /v1/events/{id}` answers it. */
export function selectionEvent(overrides: Partial<Event> = {}): Event {
  return {
    id: EVENT_ID,
    kind: 'information_session',
    title: {
      original: 'en',
      text: { en: 'Information session: labour mobility', ht: 'Sesyon enfòmasyon: mobilite travay' },
    },
    description: null,
    committeeId: 'cmte-labor-mobility',
    country: null,
    mechanism: null,
    startsAt: '2026-04-10T14:00:00.000Z',
    endsAt: '2026-04-10T16:00:00.000Z',
    timeZone: 'America/Port-au-Prince',
    format: 'online',
    venue: null,
    onlineUrl: 'https://meet.example.org/sel',
    languages: ['es', 'en'],
    interpretation: ['fr', 'ht'],
    topicProposalsCloseAt: null,
    registration: {
      opensAt: '2026-02-01T00:00:00.000Z',
      closesAt: '2026-03-01T00:00:00.000Z',
      capacity: 20,
      waitlist: true,
      role: 'participant',
      retentionDays: 180,
      seatsTaken: 20,
      criteria: [
        {
          id: 'crit-1',
          text: { original: 'en', text: { en: 'Your work with migrants' } },
          answer: 'text',
          required: true,
        },
      ],
      criteriaPublishedAt: '2026-02-01T00:00:00.000Z',
      criteriaVersion: 1,
      state: 'closed',
      selectionReportPublishedAt: null,
    },
    agenda: null,
    outcome: null,
    status: 'scheduled',
    cancelledAt: null,
    cancellationReason: null,
    agendaPublishedDaysBefore: null,
    sequence: 0,
    createdAt: '2026-01-20T00:00:00.000Z',
    updatedAt: '2026-01-20T00:00:00.000Z',
    demo: false,
    ...overrides,
  };
}

/**
 * The criteria of {@link selectionEvent} in two versions, as `GET /v1/events/{id}/criteria`
 * answers: version 1 (published when registration opened) asked about the work with migrants;
 * version 2, published on 10 February 2026 at 10:00 in Port-au-Prince, asks about refugees too
 * and adds an optional yes-or-no question.
 */
export function criteriaHistoryFixture(): CriteriaHistory {
  return {
    eventId: EVENT_ID,
    versions: [
      {
        version: 1,
        criteria: [
          {
            id: 'crit-1',
            text: {
              original: 'en',
              text: {
                en: 'Your work with migrants',
                ht: 'Travay ou ak migran',
                es: 'Su trabajo con migrantes',
              },
            },
            answer: 'text',
            required: true,
          },
        ],
        publishedAt: '2026-02-01T00:00:00.000Z',
        supersededAt: '2026-02-10T15:00:00.000Z',
      },
      {
        version: 2,
        criteria: CRITERIA_V2,
        publishedAt: '2026-02-10T15:00:00.000Z',
        supersededAt: null,
      },
    ],
  };
}

/** The criteria in force after the change (version 2). */
const CRITERIA_V2: NonNullable<Event['registration']>['criteria'] = [
  {
    id: 'crit-1',
    text: {
      original: 'en',
      text: { en: 'Your work with migrants and refugees', ht: 'Travay ou ak migran ak refijye' },
    },
    answer: 'text',
    required: true,
  },
  {
    id: 'crit-2',
    text: { original: 'en', text: { en: 'Do you work in Haitian Creole?' } },
    answer: 'yes_no',
    required: false,
  },
];

/** {@link selectionEvent} once its criteria changed: version 2 in force. */
export function changedCriteriaEvent(): Event {
  const event = selectionEvent();
  return {
    ...event,
    registration: { ...event.registration!, criteria: CRITERIA_V2, criteriaVersion: 2 },
  };
}

const COUNTRIES = ['HT', 'MX', 'CO'] as const;
const LANGS = ['ht', 'fr', 'es', 'pt', 'en'] as const;

/** Application `k` (1, 2, …) with the given overrides, as the selection list shows it. */
export function selectionEntry(k: number, overrides: Partial<SelectionEntry> = {}): SelectionEntry {
  const at = new Date(Date.UTC(2026, 1, 1 + (k % 25), 12)).toISOString();
  return {
    id: `reg-${k}`,
    receipt: `LAD-AAAA-${String(k).padStart(4, '0')}`,
    eventId: EVENT_ID,
    status: 'submitted',
    organization: {
      id: `org_${k}`,
      name: `Òganizasyon ${k}`,
      country: COUNTRIES[k % 3] as string,
      level: k % 2 ? 'local' : 'national',
      kinds: [k % 4 === 0 ? 'research' : 'advocacy'],
      ledBy: [k % 5 === 0 ? 'women' : 'migrant'],
      website: null,
      listedPublicly: k % 2 === 0,
    },
    representative: {
      name: `Representant ${k}`,
      email: `rep${k}@example.org`,
      role: null,
      languages: [LANGS[k % 5] as string],
      needs: k === 7 ? 'Entèpretasyon an kreyòl' : null,
    },
    answers: [{ criterionId: 'crit-1', answer: `Travay nou depi ${2000 + k}` }],
    criteriaVersion: 1,
    waitlisted: false,
    locale: LANGS[k % 5] as string,
    reason: null,
    createdAt: at,
    updatedAt: at,
    reasonCode: null,
    decidedBy: null,
    decidedAt: null,
    pending: null,
    notice: null,
    ...overrides,
  };
}

export interface FakeSelection {
  entries: SelectionEntry[];
  requireConfirmation: boolean;
  capacity: number | null;
  role: 'participant' | 'observer';
  registrationClosed: boolean;
  report: { version: number; publishedAt: string } | null;
  personalExports: boolean;
  /** Who "I" am: proposals made through this fake are `mine` unless `asSomeoneElse` is set. */
  asSomeoneElse: boolean;
  decided: SelectionDecisionInput[][];
}

/** A fake selection API over `n` applications (extend `state` to set the scene). */
export function fakeSelection(n: number, state: Partial<FakeSelection> = {}) {
  const s: FakeSelection = {
    entries: Array.from({ length: n }, (_, i) => selectionEntry(i + 1)),
    requireConfirmation: false,
    capacity: 20,
    role: 'participant',
    registrationClosed: true,
    report: null,
    personalExports: false,
    asSomeoneElse: false,
    decided: [],
    ...state,
  };
  const now = '2026-03-05T12:00:00.000Z';
  const counts = () => {
    const of = (st: string) => s.entries.filter((r) => r.status === st).length;
    return {
      applied: s.entries.filter((r) => r.status !== 'withdrawn').length,
      submitted: of('submitted'),
      underReview: of('under_review'),
      selected: of('selected'),
      waitlisted: of('waitlisted'),
      notSelected: of('not_selected'),
      withdrawn: of('withdrawn'),
      pending: s.entries.filter((r) => r.pending).length,
      pendingSelected: s.entries.filter((r) => r.pending?.decision === 'selected').length,
    };
  };
  const list = (request: Seen): SelectionList => {
    const q = request.search;
    let items = s.entries;
    const status = q.get('status');
    if (status) items = items.filter((r) => r.status === status);
    const country = q.get('country');
    if (country) items = items.filter((r) => r.organization.country === country);
    if (q.get('pending') === 'true') items = items.filter((r) => r.pending);
    if (q.get('sort') === '-name') items = [...items].reverse();
    return {
      eventId: EVENT_ID,
      settings: { requireConfirmation: s.requireConfirmation },
      capacity: s.capacity,
      role: s.role,
      registrationClosed: s.registrationClosed,
      report: s.report,
      personalExports: s.personalExports,
      counts: counts(),
      total: items.length,
      items,
    };
  };
  const result = (ids: readonly string[], applied: number, proposed: number): DecisionsResult => ({
    applied,
    proposed,
    items: s.entries.filter((r) => ids.includes(r.id)),
  });
  const routes = {
    [`GET events/${EVENT_ID}`]: () => json(selectionEvent()),
    [`GET events/${EVENT_ID}/registrations`]: (r: Seen) => json(list(r)),
    [`PUT events/${EVENT_ID}/selection-settings`]: (r: Seen) => {
      s.requireConfirmation = (r.body as { requireConfirmation: boolean }).requireConfirmation;
      return json({ requireConfirmation: s.requireConfirmation });
    },
    [`POST events/${EVENT_ID}/decisions`]: (r: Seen) => {
      const { decisions } = r.body as { decisions: SelectionDecisionInput[] };
      s.decided.push(decisions);
      for (const d of decisions) {
        const i = s.entries.findIndex((e) => e.id === d.registrationId);
        const entry = s.entries[i];
        if (!entry) return problem(422, { code: 'validation-failed' });
        s.entries[i] = s.requireConfirmation
          ? {
              ...entry,
              pending: {
                decision: d.decision,
                reasonCode: d.reasonCode ?? null,
                reasonText: d.reasonText ?? null,
                proposedBy: s.asSomeoneElse ? 'Jean Baptiste' : 'Marie Joseph',
                proposedAt: now,
                mine: !s.asSomeoneElse,
              },
            }
          : {
              ...entry,
              status: d.decision,
              reasonCode: d.reasonCode ?? null,
              reason: d.reasonText ?? null,
              decidedBy: 'Marie Joseph',
              decidedAt: now,
            };
      }
      const ids = decisions.map((d) => d.registrationId);
      return json(
        result(ids, s.requireConfirmation ? 0 : ids.length, s.requireConfirmation ? ids.length : 0),
      );
    },
    [`POST events/${EVENT_ID}/decisions/confirm`]: (r: Seen) => {
      const { registrationIds } = r.body as { registrationIds: string[] };
      const own = s.entries.filter((e) => registrationIds.includes(e.id) && e.pending?.mine);
      if (own.length) return problem(409, { code: 'conflict', reason: 'same-person' });
      s.entries = s.entries.map((e) =>
        registrationIds.includes(e.id) && e.pending
          ? {
              ...e,
              status: e.pending.decision,
              reasonCode: e.pending.reasonCode,
              reason: e.pending.reasonText,
              decidedBy: 'Marie Joseph',
              decidedAt: now,
              pending: null,
            }
          : e,
      );
      return json(result(registrationIds, registrationIds.length, 0));
    },
    [`POST events/${EVENT_ID}/decisions/discard`]: (r: Seen) => {
      const { registrationIds } = r.body as { registrationIds: string[] };
      s.entries = s.entries.map((e) => (registrationIds.includes(e.id) ? { ...e, pending: null } : e));
      return json(result(registrationIds, 0, 0));
    },
    [`POST events/${EVENT_ID}/selection-report`]: () => {
      if (!s.registrationClosed) return problem(409, { code: 'conflict' });
      s.report = { version: (s.report?.version ?? 0) + 1, publishedAt: now };
      const c = counts();
      const report: SelectionReport = {
        eventId: EVENT_ID,
        version: s.report.version,
        publishedAt: now,
        suppressedBelow: 3,
        totals: {
          applied: c.applied,
          selected: c.selected,
          waitlisted: c.waitlisted,
          notSelected: c.notSelected,
        },
        byKind: [],
        byLevel: [],
        byLedBy: [],
        byCountry: [],
      };
      return json(report);
    },
    [`POST events/${EVENT_ID}/decisions/notify`]: () => {
      if (!s.report) return problem(409, { code: 'conflict', reason: 'report-not-published' });
      let queued = 0;
      let alreadyTold = 0;
      let undecided = 0;
      s.entries = s.entries.map((e) => {
        if (!['selected', 'waitlisted', 'not_selected'].includes(e.status) || e.pending) {
          undecided++;
          return e;
        }
        if (e.notice?.decision === e.status) {
          alreadyTold++;
          return e;
        }
        queued++;
        return {
          ...e,
          notice: {
            decision: e.status as 'selected',
            status: 'pending',
            locale: e.locale ?? 'en',
            queuedAt: now,
            sentAt: null,
          },
        };
      });
      const body: NotifyResult = {
        reportVersion: s.report.version,
        queued,
        alreadyTold,
        undecided,
        erased: 0,
      };
      return json(body);
    },
  };
  return { state: s, routes };
}
