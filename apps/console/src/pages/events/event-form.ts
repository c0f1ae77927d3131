import {
  type AccountRole,
  CORE_LOCALES,
  type CoreLocale,
  type Event,
  type EventInput,
  type EventKind,
  type LocalizedText,
} from '@lad/sdk';
import { fromLocalInput, toLocalInput } from './event-words.js';

// The meeting editor's form as plain data: made from a stored event (or a role's defaults for a
// new one), kept as a draft in the tab, and turned back into the API's `EventInput` — with the
// fields a person must fix named when it cannot be.

type Texts = Record<CoreLocale, string>;

/** One selection criterion as the form holds it: the label in the console's language. */
export interface CriterionForm {
  id: string;
  label: string;
  answer: 'text' | 'yes_no';
  required: boolean;
  /** The criterion's texts as stored (other languages kept); `null` for a new one. */
  text: LocalizedText | null;
}

export interface EventForm {
  kind: EventKind;
  title: Texts;
  description: Texts;
  /** The original language of the title (the console's for a new meeting). */
  original: string;
  timeZone: string;
  /** `YYYY-MM-DDTHH:mm` in `timeZone`. */
  startsAt: string;
  endsAt: string;
  format: 'in_person' | 'online' | 'hybrid';
  venueName: string;
  venueAddress: string;
  venueCity: string;
  venueCountry: string;
  onlineUrl: string;
  languages: string[];
  interpretation: string[];
  committeeId: string;
  country: string;
  mechanism: string;
  /** Agenda topics close (the agenda's freeze), in `timeZone`. */
  topicsCloseAt: string;
  registration: boolean;
  opensAt: string;
  closesAt: string;
  /** Seats; empty for no limit. */
  capacity: string;
  role: 'participant' | 'observer';
  waitlist: boolean;
  retentionDays: string;
  criteria: CriterionForm[];
}

const each = <T>(value: (l: CoreLocale) => T) =>
  Object.fromEntries(CORE_LOCALES.map((l) => [l, value(l)])) as Record<CoreLocale, T>;

/** A new criterion's id: unique in the event, never one the API would give by position. */
export const newCriterionId = () => `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

/** The form of a stored event, in the console's language `locale`. */
export function formOf(e: Event, locale: CoreLocale): EventForm {
  const zone = e.timeZone;
  const r = e.registration;
  return {
    kind: e.kind,
    title: each((l) => e.title.text[l] ?? ''),
    description: each((l) => e.description?.text[l] ?? ''),
    original: e.title.original,
    timeZone: zone,
    startsAt: toLocalInput(e.startsAt, zone),
    endsAt: toLocalInput(e.endsAt, zone),
    format: e.format,
    venueName: e.venue?.name ?? '',
    venueAddress: e.venue?.address ?? '',
    venueCity: e.venue?.city ?? '',
    venueCountry: e.venue?.country ?? '',
    onlineUrl: e.onlineUrl ?? '',
    languages: [...e.languages],
    interpretation: [...e.interpretation],
    committeeId: e.committeeId ?? '',
    country: e.country ?? '',
    mechanism: e.mechanism ?? '',
    topicsCloseAt: toLocalInput(e.topicProposalsCloseAt, zone),
    registration: !!r,
    opensAt: toLocalInput(r?.opensAt, zone),
    closesAt: toLocalInput(r?.closesAt, zone),
    capacity: r?.capacity === null || r?.capacity === undefined ? '' : String(r.capacity),
    role: r?.role ?? 'participant',
    waitlist: r?.waitlist ?? true,
    retentionDays: String(r?.retentionDays ?? 180),
    criteria: (r?.criteria ?? []).map((c) => ({
      id: c.id,
      label: c.text.text[locale] ?? c.text.text[c.text.original] ?? Object.values(c.text.text)[0] ?? '',
      answer: c.answer,
      required: c.required,
      text: c.text,
    })),
  };
}

/** A new meeting's form: the role's place (its committee, country or mechanism) filled in. */
export function newForm(locale: CoreLocale, role: AccountRole | null, committeeId: string | null): EventForm {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return {
    kind:
      role?.role === 'country'
        ? 'national_consultation'
        : role?.role === 'mechanism'
          ? 'regional_meeting'
          : 'information_session',
    title: each(() => ''),
    description: each(() => ''),
    original: locale,
    timeZone: zone,
    startsAt: '',
    endsAt: '',
    format: 'online',
    venueName: '',
    venueAddress: '',
    venueCity: '',
    venueCountry: '',
    onlineUrl: '',
    languages: [locale],
    interpretation: [],
    committeeId: role?.role === 'committee' ? (committeeId ?? '') : '',
    country: role?.role === 'country' ? (role.scope ?? '') : '',
    mechanism: role?.role === 'mechanism' ? (role.scope ?? '') : '',
    topicsCloseAt: '',
    registration: false,
    opensAt: '',
    closesAt: '',
    capacity: '',
    role: 'participant',
    waitlist: true,
    retentionDays: '180',
    criteria: [],
  };
}

/** A localized text from five boxes, its original kept (or the first language written). */
function localized(texts: Texts, original: string): LocalizedText | null {
  const written = CORE_LOCALES.filter((l) => texts[l].trim());
  if (!written.length) return null;
  const origin = written.includes(original as CoreLocale) ? original : (written[0] as CoreLocale);
  return { original: origin, text: Object.fromEntries(written.map((l) => [l, texts[l].trim()])) };
}

/** Which field (its element id) a problem is about, and why (a message id's sentence, chosen by the page). */
export type FormProblem =
  | 'title'
  | 'when'
  | 'ends'
  | 'venue'
  | 'online'
  | 'topics'
  | 'window'
  | 'capacity'
  | 'retention'
  | `criterion-${number}`;

/**
 * The API's input for the form, or the fields to fix. `locale` is the console's language (the
 * criteria's labels are in it).
 */
export function inputOf(
  form: EventForm,
  locale: CoreLocale,
): { input: EventInput } | { problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const zone = form.timeZone;
  const title = localized(form.title, form.original);
  if (!title) problems.push('title');
  const startsAt = fromLocalInput(form.startsAt, zone);
  const endsAt = fromLocalInput(form.endsAt, zone);
  if (!startsAt) problems.push('when');
  if (!endsAt || (startsAt && endsAt <= startsAt)) problems.push('ends');
  if (form.format !== 'online' && !form.venueName.trim()) problems.push('venue');
  if (form.format !== 'in_person' && !/^https?:\/\/\S+$/.test(form.onlineUrl.trim())) problems.push('online');
  const topicsCloseAt = form.topicsCloseAt ? fromLocalInput(form.topicsCloseAt, zone) : null;
  if (topicsCloseAt && startsAt && topicsCloseAt > startsAt) problems.push('topics');
  let registration: EventInput['registration'] = null;
  if (form.registration) {
    const opensAt = fromLocalInput(form.opensAt, zone);
    const closesAt = fromLocalInput(form.closesAt, zone);
    if (!opensAt || !closesAt || closesAt <= opensAt) problems.push('window');
    const capacity = form.capacity.trim() === '' ? null : Number(form.capacity);
    if (capacity !== null && !(Number.isInteger(capacity) && capacity >= 0)) problems.push('capacity');
    const retention = Number(form.retentionDays);
    if (!(Number.isInteger(retention) && retention >= 1 && retention <= 3650)) problems.push('retention');
    form.criteria.forEach((c, i) => {
      if (!c.label.trim()) problems.push(`criterion-${i}`);
    });
    registration = {
      opensAt: opensAt ?? '',
      closesAt: closesAt ?? '',
      capacity,
      waitlist: form.waitlist,
      role: form.role,
      retentionDays: retention,
      criteria: form.criteria.map((c) => ({
        id: c.id,
        text: c.text
          ? { ...c.text, text: { ...c.text.text, [locale]: c.label.trim() } }
          : { original: locale, text: { [locale]: c.label.trim() } },
        answer: c.answer,
        required: c.required,
      })),
    };
  }
  if (problems.length) return { problems };
  const venue =
    form.format === 'online'
      ? null
      : {
          name: form.venueName.trim(),
          address: form.venueAddress.trim() || null,
          city: form.venueCity.trim() || null,
          country: form.venueCountry || null,
        };
  return {
    input: {
      kind: form.kind,
      title: title as LocalizedText,
      description: localized(form.description, form.original),
      committeeId: form.committeeId || null,
      country: form.country || null,
      mechanism: form.mechanism || null,
      startsAt: startsAt as string,
      endsAt: endsAt as string,
      timeZone: zone,
      format: form.format,
      venue,
      onlineUrl: form.format === 'in_person' ? null : form.onlineUrl.trim(),
      languages: form.languages.length ? form.languages : [locale],
      interpretation: form.interpretation,
      topicProposalsCloseAt: topicsCloseAt,
      registration,
    },
  };
}
