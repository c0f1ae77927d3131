import type { AgendaDraft, AgendaInput, CoreLocale, LocalizedText } from '@lad/sdk';
import { fromLocalInput, toLocalInput } from './event-words.js';

// The agenda editor's items as plain data (kept as a draft in the tab) and back to the API's
// `AgendaInput`, with the items and fields a person must fix named when it cannot be.

export interface ItemForm {
  /** The stored item's id; `null` for a new one. */
  id: string | null;
  title: string;
  /** The title as stored (its other languages kept). */
  titleText: LocalizedText | null;
  description: string;
  descriptionText: LocalizedText | null;
  /** `YYYY-MM-DDTHH:mm` in the meeting's time zone, or empty. */
  startsAt: string;
  /** Minutes, or empty. */
  duration: string;
  /** One speaker a line: "Name, organisation". */
  speakers: string;
  /** One document a line: "Title https://…". */
  documents: string;
  fromProposalId: string | null;
}

const textIn = (t: LocalizedText | null | undefined, locale: CoreLocale) =>
  t ? (t.text[locale] ?? t.text[t.original] ?? Object.values(t.text)[0] ?? '') : '';

/** The form of a stored agenda, in the console's language. */
export function itemsOf(agenda: AgendaDraft, locale: CoreLocale, timeZone: string): ItemForm[] {
  return agenda.items.map((item) => ({
    id: item.id,
    title: textIn(item.title, locale),
    titleText: item.title,
    description: textIn(item.description, locale),
    descriptionText: item.description,
    startsAt: toLocalInput(item.startsAt, timeZone),
    duration: item.durationMinutes === null ? '' : String(item.durationMinutes),
    speakers: item.presenters.map((p) => [p.name, p.organization].filter(Boolean).join(', ')).join('\n'),
    documents: (item.documents ?? []).map((d) => `${d.title} ${d.url}`).join('\n'),
    fromProposalId: item.fromProposalId,
  }));
}

export const emptyItem = (startsAt = ''): ItemForm => ({
  id: null,
  title: '',
  titleText: null,
  description: '',
  descriptionText: null,
  startsAt,
  duration: '',
  speakers: '',
  documents: '',
  fromProposalId: null,
});

/** Documents as typed, one a line, the words before the address their title. */
export function parseDocuments(text: string): { title: string; url: string }[] | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const out: { title: string; url: string }[] = [];
  for (const line of lines) {
    const at = line.search(/https?:\/\/\S+$/);
    if (at < 0) return null;
    const url = line.slice(at);
    out.push({ title: line.slice(0, at).trim() || url, url });
  }
  return out;
}

/** Speakers as typed, one a line: the name, then after a comma the organisation. */
export function parseSpeakers(text: string) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const comma = line.indexOf(',');
      const name = (comma < 0 ? line : line.slice(0, comma)).trim();
      const organization = comma < 0 ? '' : line.slice(comma + 1).trim();
      return { name, organization: organization || null, role: null };
    });
}

/** A field of an item a person must fix: `title-2`, `documents-0`, `duration-1`, `starts-3`. */
export type ItemProblem = `${'title' | 'documents' | 'duration' | 'starts'}-${number}`;

const localized = (text: string, stored: LocalizedText | null, locale: CoreLocale): LocalizedText =>
  stored
    ? { ...stored, text: { ...stored.text, [locale]: text.trim() } }
    : { original: locale, text: { [locale]: text.trim() } };

/** The API's agenda for the items, or the fields to fix. */
export function agendaInputOf(
  items: ItemForm[],
  publish: boolean,
  locale: CoreLocale,
  timeZone: string,
): { input: AgendaInput } | { problems: ItemProblem[] } {
  const problems: ItemProblem[] = [];
  const out = items.map((item, i) => {
    if (!item.title.trim()) problems.push(`title-${i}`);
    const documents = parseDocuments(item.documents);
    if (!documents) problems.push(`documents-${i}`);
    const minutes = item.duration.trim() === '' ? null : Number(item.duration);
    if (minutes !== null && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440))
      problems.push(`duration-${i}`);
    const startsAt = item.startsAt ? fromLocalInput(item.startsAt, timeZone) : null;
    if (item.startsAt && !startsAt) problems.push(`starts-${i}`);
    return {
      ...(item.id ? { id: item.id } : {}),
      title: localized(item.title, item.titleText, locale),
      description: item.description.trim() ? localized(item.description, item.descriptionText, locale) : null,
      presenters: parseSpeakers(item.speakers),
      startsAt,
      durationMinutes: minutes,
      fromProposalId: item.fromProposalId,
      documents: documents ?? [],
    };
  });
  return problems.length ? { problems } : { input: { items: out, publish } };
}
