import {
  type ActionPackage,
  CORE_LOCALES,
  type Committee,
  type CoreLocale,
  type EventInput,
  type LocalizedText,
  type SecretariatMember,
} from '@lad/sdk';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import { offsetMinutes } from '../ics.js';
import { getCommitmentRow } from '../store/commitments.js';
import { eventData, getEventRow, insertEvent, putAgenda, setEventData } from '../store/events.js';
import { addMeasurement, createIndicator } from '../store/indicators.js';
import {
  decideProposal,
  getProposalRow,
  insertProposal,
  insertRegistration,
  publishReport,
  takeSeat,
} from '../store/participation.js';
import { listReference, putReference } from '../store/reference.js';
import { addDays, iso } from '../store/util.js';
import {
  AGENDA_ITEMS,
  CRITERIA,
  EVENT_TITLES,
  type Five,
  INDICATORS,
  OUTCOME,
  QUALITATIVE_NOTES,
} from './texts.js';

/** A small deterministic random generator, so every seed gives the same demo data. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

const ORIGINAL: Record<string, CoreLocale> = {
  BR: 'pt',
  HT: 'ht',
  US: 'en',
  CA: 'en',
  JM: 'en',
  BB: 'en',
  BZ: 'en',
  GY: 'en',
};
const ZONE: Record<string, string> = {
  AR: 'America/Argentina/Buenos_Aires',
  BB: 'America/Barbados',
  BZ: 'America/Belize',
  BR: 'America/Sao_Paulo',
  CA: 'America/Toronto',
  CL: 'America/Santiago',
  CO: 'America/Bogota',
  CR: 'America/Costa_Rica',
  EC: 'America/Guayaquil',
  SV: 'America/El_Salvador',
  GT: 'America/Guatemala',
  HT: 'America/Port-au-Prince',
  HN: 'America/Tegucigalpa',
  JM: 'America/Jamaica',
  MX: 'America/Mexico_City',
  PA: 'America/Panama',
  PY: 'America/Asuncion',
  PE: 'America/Lima',
  US: 'America/New_York',
  UY: 'America/Montevideo',
  GY: 'America/Guyana',
};

/**
 * Text in up to five languages. The pattern leaves gaps on purpose so fallbacks show: some
 * texts lack Creole (readers get French), some have only their original and English, some
 * Portuguese is machine-translated.
 */
function localized(text: Five, original: CoreLocale, pattern: number): LocalizedText {
  const out: Record<string, string> = {};
  const provenance: Record<string, 'machine'> = {};
  for (const locale of CORE_LOCALES) {
    if (pattern % 11 === 4 && locale !== original && locale !== 'en') continue;
    if (pattern % 7 === 3 && locale === 'ht' && original !== 'ht') continue;
    out[locale] = text[locale];
    if (pattern % 5 === 1 && locale === 'pt' && original !== 'pt') provenance[locale] = 'machine';
  }
  return { original, text: out, ...(Object.keys(provenance).length ? { provenance } : {}) };
}

const all = (text: Five, original: CoreLocale = 'en'): LocalizedText => ({ original, text: { ...text } });

/** An instant for a local wall-clock time `days` from `now`, in `zone`. */
function localInstant(now: Date, days: number, hour: number, zone: string): string {
  const day = addDays(now, days);
  const local = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, 0, 0);
  return iso(new Date(local - offsetMinutes(zone, local) * 60_000));
}

/**
 * Real commitments of the record that carry a demonstration indicator (so the tracker's
 * indicators can be tried), each with the indicator template that fits it and how far its
 * invented series has gone. Marked `demo`: the figures are not real.
 */
/** The roles of the demo secretariat's members, in the five languages. */
const SECRETARIAT_ROLE = all({
  en: 'Technical secretariat',
  es: 'Secretaría técnica',
  pt: 'Secretaria técnica',
  fr: 'Secrétariat technique',
  ht: 'Sekretarya teknik',
});
const CSO_SEAT_ROLE = all({
  en: 'Civil-society seat',
  es: 'Puesto de la sociedad civil',
  pt: 'Assento da sociedade civil',
  fr: 'Siège de la société civile',
  ht: 'Plas sosyete sivil la',
});

const DEMO_INDICATORS: [commitmentId: string, template: number, reach: number][] = [
  ['lad-2022-BZ-01', 0, 0.3],
  ['lad-2024-CR-04', 0, 0.55],
  ['lad-2024-EC-01', 0, 0.4],
  ['lad-2024-PA-02', 0, 0.15],
  ['lad-2024-AR-01', 0, 0.7],
  ['lad-2024-PE-01', 1, 0.45],
  ['lad-2022-MX-01', 2, 0.35],
  ['lad-2022-MX-02', 2, 0.1],
  ['lad-2024-MX-01', 2, 0.6],
  ['lad-2024-BZ-01', 2, 0.2],
  ['lad-2024-CR-03', 3, 0.5],
  ['lad-2022-US-11', 3, 0.65],
  ['lad-2024-MX-03', 4, 0.8],
  ['lad-2024-GT-01', 4, 0.2],
];

async function seedIndicators(db: Kysely<Database>, now: Date, rng: ReturnType<typeof random>) {
  for (const [n, [commitmentId, template, reach]] of DEMO_INDICATORS.entries()) {
    const commitment = await getCommitmentRow(db, commitmentId);
    if (!commitment) continue;
    const original = ORIGINAL[commitment.country] ?? 'es';
    await seedIndicator(
      db,
      commitmentId,
      commitment.country,
      (commitment.pillar || null) as Pillar,
      template,
      reach,
      original,
      now,
      rng,
      n + 1,
    );
  }
}

type Pillar = 'I' | 'II' | 'III' | 'IV' | null;

async function seedIndicator(
  db: Kysely<Database>,
  commitmentId: string,
  country: string,
  pillar: Pillar,
  template: number,
  reach: number,
  original: CoreLocale,
  now: Date,
  rng: ReturnType<typeof random>,
  n: number,
) {
  const t = INDICATORS[template]!;
  const decrease = t.target < t.baseline;
  const id = await createIndicator(
    db,
    {
      id: `demo-ind-${n}`,
      commitmentId,
      country,
      pillar,
      kind: t.kind,
      name: localized(t.text, original, n),
      unit: t.unit,
      direction: decrease ? 'decrease' : 'increase',
      baseline: t.kind === 'quantitative' ? { value: t.baseline, text: null, date: '2022-12-31' } : null,
      target: t.kind === 'quantitative' ? { value: t.target, text: null, date: '2027-12-31' } : null,
      sources: [
        // A name, not an English sentence: it reads the same in the five languages (`demo: true` says
        // in each language, through the widgets, that the figures are invented).
        { title: 'LAD Widgets demo', url: 'https://example.org/lad-demo/indicators' },
      ],
    },
    now,
    { demo: true },
  );
  const points = rng.int(3, 6);
  for (let k = 1; k <= points; k++) {
    const date = iso(addDays(now, -(points - k) * 91 - rng.int(5, 30))).slice(0, 10);
    if (t.kind === 'qualitative') {
      const note = QUALITATIVE_NOTES[k === points && reach > 0.5 ? 1 : 0]!;
      await addMeasurement(
        db,
        id,
        { id: `demo-msr-${n}-${k}`, date, value: null, note: localized(note, original, n) },
        now,
      );
    } else {
      const share = Math.min(1, (reach * k) / points + (rng.next() - 0.5) * 0.04);
      const value = Math.round(t.baseline + (t.target - t.baseline) * Math.max(0, share));
      await addMeasurement(
        db,
        id,
        {
          id: `demo-msr-${n}-${k}`,
          date,
          value,
          source: { title: 'LAD Widgets demo', url: 'https://example.org/lad-demo/indicators' },
        },
        now,
      );
    }
  }
}

const PEOPLE = [
  'Ana',
  'Jean',
  'Marie',
  'Luis',
  'Joseph',
  'Camila',
  'Rose',
  'Pedro',
  'Nadège',
  'João',
  'Yolanda',
  'Wilner',
];

async function seedCommittees(db: Kysely<Database>, rng: ReturnType<typeof random>) {
  const packages = await listReference<ActionPackage>(db, 'action_package');
  const committees = await listReference<Committee>(db, 'committee');
  const updated = committees.map((committee, i) => {
    const pkg = packages.find((p) => p.id === committee.actionPackageId);
    const lead = pkg?.leads[0] ?? null;
    const consent = i % 3 !== 2;
    return {
      ...committee,
      coordinator: {
        name: `${PEOPLE[i % PEOPLE.length]} (demo coordinator)`,
        organization: `Ministry of Foreign Affairs${lead ? ` (${lead})` : ''} — demo`,
        role: 'coordinator' as const,
        country: lead,
        languages:
          lead === 'BR' ? ['pt', 'es'] : lead === 'CA' || lead === 'GY' ? ['en', 'fr'] : ['es', 'en'],
        consentToPublish: consent,
        contact: consent ? { email: `coordinator.${committee.actionPackageId}@example.org` } : null,
      },
      csoRepresentative:
        i === 3
          ? null
          : {
              name: `${PEOPLE[(i + 5) % PEOPLE.length]} (demo CSO representative)`,
              organization: `Demo civil-society network ${i + 1}`,
              role: 'cso_representative' as const,
              country: rng.pick(pkg?.participants.length ? pkg.participants : ['HT']),
              languages: i % 2 ? ['ht', 'fr', 'es'] : ['es', 'pt'],
              consentToPublish: i % 2 === 0,
              contact:
                i % 2 === 0
                  ? { email: `cso.${committee.actionPackageId}@example.org`, phone: '+509 0000 0000' }
                  : null,
            },
    };
  });
  await putReference(
    db,
    'committee',
    updated.map((c) => ({ id: c.id, data: c })),
  );
  const secretariat: SecretariatMember[] = [
    {
      id: 'demo-sec-oas',
      name: 'OAS focal point (demo)',
      organization: 'OAS General Secretariat, SARE',
      role: SECRETARIAT_ROLE,
      csoSeat: false,
      country: null,
      contact: { email: 'secretariat@example.org' },
    },
    {
      id: 'demo-sec-padf',
      name: 'PADF focal point (demo)',
      organization: 'Pan American Development Foundation',
      role: SECRETARIAT_ROLE,
      csoSeat: false,
      country: null,
      contact: null,
    },
    {
      id: 'demo-sec-cso-1',
      name: 'Nadège (demo)',
      organization: 'Demo migrant-led network',
      role: CSO_SEAT_ROLE,
      csoSeat: true,
      country: 'HT',
      contact: { email: 'cso-seat-1@example.org' },
    },
    {
      id: 'demo-sec-cso-2',
      name: 'Camila (demo)',
      organization: 'Demo refugee-led organisation',
      role: CSO_SEAT_ROLE,
      csoSeat: true,
      country: 'CO',
      contact: null,
    },
  ];
  await putReference(
    db,
    'secretariat',
    secretariat.map((m) => ({ id: m.id, data: m })),
  );
  return updated;
}

function criteria() {
  return CRITERIA.map((text, i) => ({
    id: `crit-${i + 1}`,
    text: all(text),
    answer: i === 1 ? ('yes_no' as const) : ('text' as const),
    required: i === 0,
  }));
}

async function demoRegistrations(
  db: Kysely<Database>,
  eventId: string,
  count: number,
  now: Date,
  rng: ReturnType<typeof random>,
  statuses: boolean,
) {
  for (let k = 1; k <= count; k++) {
    const seated = await takeSeat(db, eventId);
    const status = !statuses
      ? undefined
      : k % 4 === 0
        ? 'not_selected'
        : k % 5 === 0
          ? 'waitlisted'
          : 'selected';
    await insertRegistration(
      db,
      eventId,
      {
        organization: {
          name: `Demo organisation ${k}`,
          country: rng.pick(['HT', 'CO', 'MX', 'GT', 'BR', 'CL', 'PE', 'EC', 'HN', 'SV']),
          level: rng.pick(['local', 'national', 'regional'] as const),
          kinds: [
            rng.pick(['service_provider', 'research', 'advocacy', 'university', 'community_group'] as const),
          ],
          ledBy: [
            rng.pick(['indigenous', 'refugee', 'migrant', 'afro_descendant', 'women', 'none'] as const),
          ],
        },
        representative: {
          name: `Demo Participant ${String(k).padStart(2, '0')}`,
          email: `participant${k}@example.org`,
        },
        answers: [{ criterionId: 'crit-1', answer: 'Demonstration answer.' }],
        consent: true,
        listPublicly: k % 3 === 0,
      },
      {
        waitlisted: !seated,
        now: addDays(now, -rng.int(1, 20)),
        purgeAfter: addDays(now, 365),
        ...(status ? { status } : {}),
      },
    );
  }
}

async function seedEvents(
  db: Kysely<Database>,
  now: Date,
  rng: ReturnType<typeof random>,
  committees: Committee[],
) {
  const agenda = (eventId: string, startsAt: string, publishDaysBefore: number | null) =>
    putAgenda(
      db,
      eventId,
      {
        publish: publishDaysBefore !== null,
        items: AGENDA_ITEMS.map((title, i) => ({
          title: all(title),
          presenters:
            i === 2
              ? [{ name: 'Demo CSO representative', organization: 'Demo civil-society network', role: null }]
              : [],
          durationMinutes: [10, 40, 40, 15][i] ?? 15,
        })),
      },
      publishDaysBefore === null ? now : addDays(startsAt, -publishDaysBefore),
    );

  // Quarterly information sessions per committee (R5); one committee missed last quarter.
  for (const [ci, committee] of committees.entries()) {
    const lead = committee.countries[0] ?? 'US';
    const zone = ZONE[lead] ?? 'America/New_York';
    const offsets = ci === 3 ? [20, 110, 200, 290] : [-75 + ci * 2, 20 + ci, 110 + ci, 200 + ci, 290 + ci];
    for (const [k, days] of offsets.entries()) {
      const startsAt = localInstant(now, days, 10, zone);
      const endsAt = localInstant(now, days, 12, zone);
      const upcoming = days > 0;
      const first = upcoming && days < 60;
      const input: EventInput = {
        kind: 'information_session',
        title: {
          original: 'en',
          text: Object.fromEntries(
            Object.entries(EVENT_TITLES.information_session!).map(([l, t]) => [
              l,
              `${t}: ${committee.name.text[l] ?? committee.name.text.en}`,
            ]),
          ),
        },
        committeeId: committee.id,
        startsAt,
        endsAt,
        timeZone: zone,
        format: 'online',
        onlineUrl: `https://meet.example.org/lad-demo/${committee.actionPackageId}-${k}`,
        languages: ['es', 'en'],
        interpretation: ['pt', 'fr', 'ht'],
        topicProposalsCloseAt: upcoming ? iso(addDays(startsAt, -10)) : null,
        registration: {
          opensAt: iso(addDays(startsAt, -40)),
          closesAt: iso(addDays(startsAt, -5)),
          capacity: ci === 1 && first ? 3 : 80,
          waitlist: true,
          role: 'participant',
          retentionDays: 180,
          criteria: criteria(),
        },
        ...(upcoming
          ? {}
          : {
              outcome: {
                summary: localized(OUTCOME, 'en', ci),
                minutesUrl: `https://example.org/lad-demo/minutes/${committee.id}`,
              },
            }),
      };
      const id = await insertEvent(db, input, addDays(now, -120), {
        demo: true,
        id: `demo-evt-${committee.actionPackageId}-${k}`,
      });
      if (!upcoming) await agenda(id, startsAt, 16);
      else if (first) await agenda(id, startsAt, 20 + ci);
      else if (k === offsets.length - 3) await agenda(id, startsAt, null);
      if (ci === 1 && first) await demoRegistrations(db, id, 3, now, rng, false);
    }
  }

  // Quarterly national meetings with special coordinators (R7).
  const national: [string, string[]][] = [
    ['HT', ['ht', 'fr']],
    ['MX', ['es']],
    ['CO', ['es']],
    ['GT', ['es']],
    ['BR', ['pt']],
    ['CL', ['es']],
  ];
  for (const [country, languages] of national) {
    const zone = ZONE[country]!;
    for (const [k, days] of [-40, 50, 140].entries()) {
      const startsAt = localInstant(now, days, 9, zone);
      const titleFive = EVENT_TITLES.national_consultation!;
      await insertEvent(
        db,
        {
          kind: 'national_consultation',
          title: localized(titleFive, country === 'HT' ? 'ht' : 'en', k + 1),
          country,
          startsAt,
          endsAt: localInstant(now, days, 12, zone),
          timeZone: zone,
          format: country === 'HT' ? 'in_person' : 'hybrid',
          venue: { name: 'Demo venue', address: null, city: null, country },
          onlineUrl:
            country === 'HT'
              ? null
              : `https://meet.example.org/lad-demo/national-${country.toLowerCase()}-${k}`,
          languages,
          interpretation: country === 'HT' ? ['es'] : [],
          topicProposalsCloseAt: days > 0 ? iso(addDays(startsAt, -7)) : null,
          registration: {
            opensAt: iso(addDays(startsAt, -55)),
            closesAt: iso(addDays(startsAt, -3)),
            capacity: 40,
            waitlist: false,
            role: 'participant',
            retentionDays: 180,
            criteria: criteria().slice(0, 1),
          },
        },
        addDays(now, -90),
        { demo: true, id: `demo-evt-national-${country.toLowerCase()}-${k}` },
      );
    }
  }

  // Special coordinators' meetings with CSO observer seats (R8), and the regional meeting (R6).
  await insertEvent(
    db,
    {
      kind: 'coordinators_meeting',
      title: all(EVENT_TITLES.coordinators_meeting!),
      startsAt: localInstant(now, 35, 9, 'America/Panama'),
      endsAt: localInstant(now, 35, 17, 'America/Panama'),
      timeZone: 'America/Panama',
      format: 'in_person',
      venue: { name: 'Demo conference centre', address: null, city: 'Panamá', country: 'PA' },
      onlineUrl: null,
      languages: ['es', 'en'],
      interpretation: ['pt', 'fr', 'ht'],
      topicProposalsCloseAt: null,
      registration: {
        opensAt: iso(addDays(now, -7)),
        closesAt: iso(addDays(now, 21)),
        capacity: 10,
        waitlist: true,
        role: 'observer',
        retentionDays: 180,
        criteria: criteria(),
      },
    },
    addDays(now, -30),
    { demo: true, id: 'demo-evt-coordinators-1' },
  );
  await insertEvent(
    db,
    {
      kind: 'regional_meeting',
      title: all(EVENT_TITLES.regional_meeting!),
      startsAt: localInstant(now, 160, 9, 'America/Bogota'),
      endsAt: localInstant(now, 161, 17, 'America/Bogota'),
      timeZone: 'America/Bogota',
      format: 'hybrid',
      venue: { name: 'Demo venue', address: null, city: 'Bogotá', country: 'CO' },
      onlineUrl: 'https://meet.example.org/lad-demo/regional',
      languages: ['es', 'en', 'pt', 'fr', 'ht'],
      interpretation: ['es', 'en', 'pt', 'fr', 'ht'],
      topicProposalsCloseAt: iso(addDays(now, 130)),
      registration: {
        opensAt: iso(addDays(now, 60)),
        closesAt: iso(addDays(now, 120)),
        capacity: 150,
        waitlist: true,
        role: 'participant',
        retentionDays: 365,
        criteria: criteria(),
      },
    },
    addDays(now, -30),
    { demo: true, id: 'demo-evt-regional-1' },
  );

  // High-level meetings (R2): one open now, one past with its selection report published.
  await insertEvent(
    db,
    {
      kind: 'high_level_meeting',
      title: all(EVENT_TITLES.high_level_meeting!),
      startsAt: localInstant(now, 75, 9, 'America/Bogota'),
      endsAt: localInstant(now, 75, 18, 'America/Bogota'),
      timeZone: 'America/Bogota',
      format: 'hybrid',
      venue: { name: 'Demo venue', address: null, city: 'Bogotá', country: 'CO' },
      onlineUrl: 'https://meet.example.org/lad-demo/ministerial',
      languages: ['es', 'en'],
      interpretation: ['pt', 'fr', 'ht'],
      topicProposalsCloseAt: iso(addDays(now, 45)),
      registration: {
        opensAt: iso(addDays(now, -14)),
        closesAt: iso(addDays(now, 30)),
        capacity: 200,
        waitlist: true,
        role: 'participant',
        retentionDays: 365,
        criteria: criteria(),
      },
    },
    addDays(now, -20),
    { demo: true, id: 'demo-evt-ministerial-next' },
  );
  const pastId = await insertEvent(
    db,
    {
      kind: 'high_level_meeting',
      title: all(EVENT_TITLES.high_level_meeting!),
      startsAt: localInstant(now, -60, 9, 'America/Guatemala'),
      endsAt: localInstant(now, -60, 18, 'America/Guatemala'),
      timeZone: 'America/Guatemala',
      format: 'in_person',
      venue: { name: 'Demo venue', address: null, city: 'Guatemala', country: 'GT' },
      onlineUrl: null,
      languages: ['es', 'en'],
      interpretation: ['fr', 'ht'],
      topicProposalsCloseAt: null,
      registration: {
        opensAt: iso(addDays(now, -130)),
        closesAt: iso(addDays(now, -90)),
        capacity: 25,
        waitlist: true,
        role: 'participant',
        retentionDays: 365,
        criteria: criteria(),
      },
      outcome: { summary: all(OUTCOME), minutesUrl: 'https://example.org/lad-demo/minutes/ministerial' },
    },
    addDays(now, -150),
    { demo: true, id: 'demo-evt-ministerial-past' },
  );
  await demoRegistrations(db, pastId, 32, addDays(now, -95), rng, true);
  const past = await getEventRow(db, pastId);
  if (past) {
    // The first publication: nothing earlier to set it against.
    const published = await publishReport(db, pastId, addDays(now, -80));
    if (!('report' in published)) return;
    const { report } = published;
    const data = eventData(past);
    await setEventData(
      db,
      past,
      { ...data, registration: { ...data.registration!, selectionReportPublishedAt: report.publishedAt } },
      addDays(now, -80),
    );
  }
}

async function seedProposals(db: Kysely<Database>, now: Date, committees: Committee[]) {
  const eventId = `demo-evt-${committees[0]?.actionPackageId}-1`;
  const topics = [
    [
      'ht',
      'Dokiman idantite pou timoun ki fèt sou wout migrasyon',
      'Nou mande pou sesyon an pale sou kijan timoun ki fèt sou wout migrasyon ka jwenn batistè yo.',
    ],
    [
      'es',
      'Acceso a la salud mental para personas retornadas',
      'Proponemos incluir la atención psicosocial de las personas retornadas en la próxima sesión.',
    ],
    [
      'pt',
      'Reconhecimento de diplomas de profissionais de saúde',
      'Sugerimos discutir a revalidação de diplomas de profissionais de saúde migrantes.',
    ],
  ] as const;
  for (const [i, [locale, title, summary]] of topics.entries()) {
    const receipt = await insertProposal(
      db,
      'agenda_topic',
      eventId,
      {
        title,
        summary,
        locale,
        organization: {
          name: `Demo organisation ${i + 1}`,
          country: locale === 'ht' ? 'HT' : locale === 'pt' ? 'BR' : 'CO',
        },
        contact: { name: `Demo contact ${i + 1}`, email: `topic${i + 1}@example.org` },
        consent: true,
        listPublicly: i !== 1,
      },
      { now: addDays(now, -3 - i), retentionDays: 365, id: `demo-top-${i + 1}` },
    );
    if (i === 0) {
      const row = await getProposalRow(db, 'agenda_topic', receipt.id);
      if (row) {
        await decideProposal(
          db,
          row,
          {
            status: 'accepted',
            response: {
              original: 'ht',
              text: {
                ht: 'Pwopozisyon sa a ap nan ajanda a.',
                es: 'Esta propuesta estará en la agenda.',
                en: 'This proposal will be on the agenda.',
                fr: 'Cette proposition sera à l’ordre du jour.',
              },
            },
          },
          addDays(now, -1),
        );
      }
    }
  }
  for (const [i, committee] of committees.slice(0, 2).entries()) {
    const receipt = await insertProposal(
      db,
      'policy',
      committee.id,
      {
        title:
          i === 0
            ? 'Ventanilla única de regularización con intérpretes'
            : 'Guide for host municipalities on inclusive services',
        body:
          i === 0
            ? 'Proponemos una ventanilla única con intérpretes de kreyòl y portugués en las ciudades fronterizas (datos de demostración).'
            : 'We propose a practical guide for municipalities hosting newcomers (demonstration data).',
        locale: i === 0 ? 'es' : 'en',
        organization: { name: `Demo network ${i + 1}`, country: i === 0 ? 'CL' : 'CA' },
        contact: { name: `Demo contact ${i + 1}`, email: `policy${i + 1}@example.org` },
        consent: true,
        listPublicly: true,
      },
      { now: addDays(now, -30 - i * 10), retentionDays: 365, id: `demo-pol-${i + 1}` },
    );
    if (i === 0) {
      const row = await getProposalRow(db, 'policy', receipt.id);
      if (row) {
        await decideProposal(
          db,
          row,
          {
            status: 'answered',
            response: {
              original: 'es',
              text: {
                es: 'El comité estudiará la propuesta con los gobiernos de la subregión y responderá en la próxima sesión.',
                en: 'The committee will study the proposal with the governments of the subregion and answer at the next session.',
              },
              provenance: { en: 'machine' },
            },
          },
          addDays(now, -10),
        );
      }
    }
  }
}

/**
 * The demonstration data set, for what the public record lacks: clearly marked (`demo: true`,
 * "demo" in names, example.org addresses), generated the same way on every seed from `now`:
 * indicators with invented measurement series on a few real commitments, a year of meetings of every kind with agendas — several open for registration, one full,
 * one closed with its selection report —, committees with contacts, proposals with responses,
 * and text in five languages with gaps and machine translations so fallbacks show.
 */
export async function seedDemo(db: Kysely<Database>, now: Date, seed = 2022_06_10): Promise<void> {
  const rng = random(seed);
  const committees = await seedCommittees(db, rng);
  await seedIndicators(db, now, rng);
  await seedEvents(db, now, rng, committees);
  await seedProposals(db, now, committees);
}
