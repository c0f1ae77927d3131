import {
  ACTION_PACKAGES,
  type AgendaTopicProposal,
  type Committee,
  type CriteriaHistory,
  type Event,
  type RegistrationReceipt,
  type RegistrationState,
  type SecretariatMember,
  type SelectionCriterion,
  type SelectionReport,
} from '@lad/sdk';
import { fakeApi } from './fixtures.js';

// Fixtures for the participation widgets (stories and tests of states the API cannot be put
// in): events in each registration state, committees, the secretariat, a selection report, a
// history of selection criteria.
// Shapes are the SDK's; every response still goes through its schemas in the widget.

const five = (en: string, es: string, pt: string, fr: string, ht: string) => ({
  original: 'en',
  text: { en, es, pt, fr, ht },
});

const day = 86_400_000;
const at = (base: number, days: number) => new Date(base + days * day).toISOString();

/** An event around `now`, in the given registration state. */
export function eventFixture(
  state: RegistrationState | 'none' = 'open',
  overrides: Partial<Event> = {},
  now = Date.now(),
): Event {
  const startsAt = at(now, 30);
  const windows: Record<RegistrationState, [number, number]> = {
    not_yet_open: [5, 20],
    open: [-10, 20],
    full: [-10, 20],
    closed: [-40, -5],
  };
  const [opens, closes] = state === 'none' ? [0, 1] : windows[state];
  return {
    id: `evt-${state}`,
    kind: 'high_level_meeting',
    title: five(
      'Ministerial meeting on the Los Angeles Declaration',
      'Reunión ministerial sobre la Declaración de Los Ángeles',
      'Reunião ministerial sobre a Declaração de Los Angeles',
      'Réunion ministérielle sur la Déclaration de Los Angeles',
      'Reyinyon ministeryèl sou Deklarasyon Los Angeles',
    ),
    description: null,
    committeeId: null,
    country: null,
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 8 * 3_600_000).toISOString(),
    timeZone: 'America/Bogota',
    format: 'hybrid',
    venue: { name: 'Demo venue', address: null, city: 'Bogotá', country: 'CO' },
    onlineUrl: 'https://meet.example.org/lad-demo',
    languages: ['es', 'en'],
    interpretation: ['pt', 'fr', 'ht'],
    topicProposalsCloseAt: at(now, 15),
    registration:
      state === 'none'
        ? null
        : {
            opensAt: at(now, opens),
            closesAt: at(now, closes),
            capacity: 120,
            waitlist: true,
            role: 'participant',
            retentionDays: 365,
            seatsTaken: state === 'full' ? 120 : 43,
            criteria: [
              {
                id: 'crit-work',
                text: five(
                  'Describe your organisation’s work with migrants, refugees or host communities.',
                  'Describa el trabajo de su organización con personas migrantes, refugiadas o comunidades de acogida.',
                  'Descreva o trabalho da sua organização com migrantes, refugiados ou comunidades de acolhimento.',
                  'Décrivez le travail de votre organisation auprès des migrants, des réfugiés ou des communautés d’accueil.',
                  'Dekri travay òganizasyon ou ak migran, refijye oswa kominote k ap akeyi yo.',
                ),
                answer: 'text',
                required: true,
              },
              {
                id: 'crit-led',
                text: five(
                  'Is your organisation led by the people it serves?',
                  '¿Su organización está dirigida por las personas a las que atiende?',
                  'Sua organização é dirigida pelas pessoas que atende?',
                  'Votre organisation est-elle dirigée par les personnes qu’elle sert ?',
                  'Èske se moun òganizasyon an sèvi yo ki dirije l?',
                ),
                answer: 'yes_no',
                required: false,
              },
            ],
            criteriaPublishedAt: at(now, opens - 7),
            state,
            selectionReportPublishedAt: state === 'closed' ? at(now, -2) : null,
            criteriaVersion: 1,
          },
    agenda: {
      eventId: `evt-${state}`,
      items: [
        {
          id: 'item-1',
          title: five('Opening', 'Apertura', 'Abertura', 'Ouverture', 'Ouvèti'),
          description: null,
          presenters: [{ name: 'Demo coordinator', organization: 'Demo ministry', role: null }],
          startsAt: null,
          durationMinutes: 15,
          fromProposalId: null,
          documents: [],
        },
        {
          id: 'item-2',
          title: five(
            'Labour pathways: progress and gaps',
            'Vías laborales: avances y brechas',
            'Vias laborais: avanços e lacunas',
            'Voies de migration de travail : progrès et lacunes',
            'Chemen travay: pwogrè ak sa ki manke',
          ),
          description: null,
          presenters: [{ name: 'Demo CSO representative', organization: 'Demo network', role: null }],
          startsAt: null,
          durationMinutes: 45,
          fromProposalId: 'prop-1',
          documents: [],
        },
      ],
      publishedAt: at(now, 9),
      updatedAt: at(now, 9),
    },
    outcome: null,
    mechanism: null,
    status: 'scheduled',
    cancelledAt: null,
    cancellationReason: null,
    agendaPublishedDaysBefore: 21,
    sequence: 0,
    createdAt: at(now, -60),
    updatedAt: at(now, -1),
    demo: true,
    ...overrides,
  };
}

export const receiptFixture = (status: RegistrationReceipt['status'] = 'submitted'): RegistrationReceipt => ({
  id: 'reg-1',
  receipt: 'LAD-7K3M-Q9P2',
  eventId: 'evt-open',
  status,
  createdAt: new Date().toISOString(),
});

export const topicsFixture = (): AgendaTopicProposal[] => [
  {
    id: 'prop-1',
    status: 'accepted',
    title: 'Dokiman idantite pou timoun ki fèt sou wout migrasyon',
    locale: 'ht',
    organizationName: 'Rezo Fanm Sid (demo)',
    response: {
      text: five(
        'Accepted: it is item 2 of the agenda.',
        'Aceptado: es el punto 2 de la agenda.',
        'Aceito: é o item 2 da pauta.',
        'Accepté : c’est le point 2 de l’ordre du jour.',
        'Aksepte: se pwen 2 nan ajanda a.',
      ),
      respondedAt: new Date(Date.now() - 3 * day).toISOString(),
    },
    createdAt: new Date(Date.now() - 12 * day).toISOString(),
    eventId: 'evt-open',
    summary: 'Nou mande pou sesyon an pale sou kijan timoun ki fèt sou wout migrasyon ka jwenn batistè yo.',
  },
  {
    id: 'prop-2',
    status: 'declined',
    title: 'Visa humanitaria regional',
    locale: 'es',
    organizationName: null,
    response: {
      text: five(
        'Declined for this session: it is on the regional meeting’s agenda.',
        'No se incluye en esta sesión: está en la agenda de la reunión regional.',
        'Recusado nesta sessão: está na pauta da reunião regional.',
        'Refusé pour cette séance : le sujet est à l’ordre du jour de la réunion régionale.',
        'Pa pou sesyon sa a: li nan ajanda reyinyon rejyonal la.',
      ),
      respondedAt: new Date(Date.now() - 2 * day).toISOString(),
    },
    createdAt: new Date(Date.now() - 10 * day).toISOString(),
    eventId: 'evt-open',
    summary: 'Proponemos discutir una visa humanitaria regional.',
  },
];

export function reportFixture(): SelectionReport {
  const row = (key: string, applied: number | null, selected: number | null) => ({ key, applied, selected });
  return {
    eventId: 'evt-closed',
    version: 1,
    publishedAt: new Date(Date.now() - 2 * day).toISOString(),
    criteriaVersion: 1,
    suppressedBelow: 3,
    totals: { applied: 32, selected: 19, waitlisted: 5, notSelected: 8 },
    byKind: [
      row('advocacy', 9, 3),
      row('community_group', 5, 3),
      row('research', 6, 3),
      row('service_provider', 8, 7),
    ],
    byLevel: [row('local', 11, 8), row('national', 13, 6), row('regional', 8, 5)],
    byLedBy: [
      row('afro_descendant', 6, 4),
      row('indigenous', 9, 4),
      row('migrant', 4, null),
      row('women', 7, 4),
    ],
    byCountry: [row('BR', 6, 5), row('CO', 3, null), row('HT', 3, 0), row('MX', null, null)],
  };
}

/** Version 1 of the fixture events' criteria, before they changed: one question, worded otherwise. */
export const firstCriteriaFixture = (): SelectionCriterion[] => [
  {
    id: 'crit-work',
    text: five(
      'How long has your organisation worked on migration?',
      '¿Desde cuándo trabaja su organización en migración?',
      'Há quanto tempo sua organização trabalha com migração?',
      'Depuis combien de temps votre organisation travaille-t-elle sur les migrations ?',
      'Depi konbyen tan òganizasyon ou ap travay sou migrasyon?',
    ),
    answer: 'text',
    required: true,
  },
];

/**
 * The criteria history of an event: for one at version 2, whose criteria changed after
 * registration opened, version 1 ({@link firstCriteriaFixture}) and then its criteria.
 */
export function criteriaHistoryFixture(event: Event): CriteriaHistory {
  const w = event.registration as NonNullable<Event['registration']>;
  const changed = at(Date.parse(w.opensAt), 2);
  if (w.criteriaVersion < 2)
    return {
      eventId: event.id,
      versions: [
        { version: 1, criteria: w.criteria, publishedAt: at(Date.parse(w.opensAt), -7), supersededAt: null },
      ],
    };
  return {
    eventId: event.id,
    versions: [
      {
        version: 1,
        criteria: firstCriteriaFixture(),
        publishedAt: at(Date.parse(w.opensAt), -7),
        supersededAt: changed,
      },
      { version: 2, criteria: w.criteria, publishedAt: changed, supersededAt: null },
    ],
  };
}

/**
 * A closed event whose criteria changed (now version 2) after its selection report was made
 * with version 1, and that report.
 */
export function changedCriteriaFixture(): { event: Event; report: SelectionReport } {
  const event = eventFixture('closed');
  const w = event.registration as NonNullable<Event['registration']>;
  return {
    event: { ...event, registration: { ...w, criteriaVersion: 2 } },
    report: { ...reportFixture(), criteriaVersion: 1 },
  };
}

const person = (name: string, role: 'coordinator' | 'cso_representative', consent: boolean) => ({
  name,
  organization: role === 'coordinator' ? 'Demo ministry' : 'Demo civil-society network',
  role,
  country: 'HT',
  languages: ['ht', 'fr'],
  consentToPublish: consent,
  contact: consent ? { email: `${name.toLowerCase()}@example.org` } : null,
});

export const packagesFixture = () => ACTION_PACKAGES.map((p) => ({ ...p, committeeId: `cmte-${p.id}` }));

export const committeesFixture = (): Committee[] =>
  ACTION_PACKAGES.map((p, i) => ({
    id: `cmte-${p.id}`,
    actionPackageId: p.id,
    name: p.name,
    coordinator: person(['Ana', 'Jean', 'Marie', 'Luis'][i % 4] as string, 'coordinator', i % 2 === 0),
    csoRepresentative:
      i === 3
        ? null
        : person(['Rose', 'Wilner', 'Camila'][i % 3] as string, 'cso_representative', i % 3 !== 1),
    countries: [...p.leads, ...p.participants],
    acceptsProposals: true,
  }));

export const secretariatFixture = (): SecretariatMember[] => [
  {
    id: 'sec-1',
    name: 'OAS focal point (demo)',
    organization: 'OAS General Secretariat',
    role: {
      original: 'en',
      text: { en: 'Technical secretariat', es: 'Secretaría técnica', ht: 'Sekretarya teknik' },
    },
    csoSeat: false,
    country: null,
    contact: { email: 'secretariat@example.org' },
  },
  {
    id: 'sec-2',
    name: 'Nadège (demo)',
    organization: 'Demo migrant-led network',
    role: { original: 'en', text: { en: 'Civil-society seat', ht: 'Plas sosyete sivil la' } },
    csoSeat: true,
    country: 'HT',
    contact: null,
  },
];

/** Quarterly sessions of each committee around `now` (one missed last quarter). */
export function sessionsFixture(now = Date.now()): Event[] {
  return committeesFixture().flatMap((c, i) =>
    (i === 3 ? [20, 110] : [-75, 20 + i, 110]).map((days, k) =>
      eventFixture(
        k === 0 && days < 0 ? 'closed' : 'open',
        {
          id: `evt-${c.actionPackageId}-${k}`,
          kind: 'information_session',
          title: five(
            `Quarterly information session: ${c.name.text.en}`,
            `Sesión informativa trimestral: ${c.name.text.es ?? c.name.text.en}`,
            `Sessão informativa trimestral: ${c.name.text.pt ?? c.name.text.en}`,
            `Séance d’information trimestrielle : ${c.name.text.fr ?? c.name.text.en}`,
            `Sesyon enfòmasyon chak twa mwa: ${c.name.text.ht ?? c.name.text.en}`,
          ),
          committeeId: c.id,
          startsAt: at(now, days),
          endsAt: new Date(Date.parse(at(now, days)) + 2 * 3_600_000).toISOString(),
          timeZone: 'America/New_York',
          format: 'online',
          venue: null,
          agenda: days > 0 && k === 1 ? null : eventFixture().agenda,
        },
        now,
      ),
    ),
  );
}

/** A fake API with every participation endpoint answered from the fixtures. */
export function participationApi(
  options: { event?: Event; report?: SelectionReport; post?: (url: URL) => unknown } = {},
) {
  const event = options.event ?? eventFixture();
  const sessions = sessionsFixture();
  const byId = new Map([...sessions, event].map((e) => [e.id, e]));
  return fakeApi({
    [`events/${event.id}`]: () => event,
    [`events/${event.id}/selection-report`]: () => options.report ?? reportFixture(),
    [`events/${event.id}/criteria`]: () => criteriaHistoryFixture(event),
    [`events/${event.id}/agenda-topics`]: (_url, request) =>
      request.method === 'POST'
        ? (options.post?.(_url) ?? {
            id: 'prop-9',
            receipt: 'LAD-P9',
            status: 'received',
            createdAt: new Date().toISOString(),
          })
        : { items: topicsFixture(), nextCursor: null },
    [`events/${event.id}/registrations`]: (url) => options.post?.(url) ?? receiptFixture(),
    events: () => ({ items: [...byId.values()], nextCursor: null }),
    committees: () => ({ items: committeesFixture() }),
    'action-packages': () => ({ items: packagesFixture() }),
    secretariat: () => ({ items: secretariatFixture() }),
    [`committees/${committeesFixture()[0]?.id}/proposals`]: (_url, request) =>
      request.method === 'POST'
        ? { id: 'prop-10', receipt: 'LAD-P10', status: 'received', createdAt: new Date().toISOString() }
        : { items: [], nextCursor: null },
  });
}
