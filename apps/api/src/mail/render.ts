import {
  type CoreLocale,
  formatDate,
  formatDateRange,
  type LocalizedText,
  languageName,
  type MessageKind,
  pickText,
  withColon,
  zoneCity,
} from '@lad/sdk';
import {
  DECISION_REASONS,
  type DecisionReason,
  type EventFacts,
  type MessageData,
  type ProposalTargetFacts,
} from '../store/outbox.js';
import { MAIL_TEXTS, type MailTexts } from './texts.js';

/** A message as it is sent: the subject and the same words as plain text and as simple HTML. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A run of text, with the language it is in when that is not the message's (a fallback title). */
type Inline = { text: string; lang?: string };

/** What a message is made of, before it becomes plain text or HTML. */
type Block =
  | { type: 'p'; text: Inline | string }
  | { type: 'fields'; rows: [label: string, value: Inline | string][] }
  | { type: 'link'; label: string; url: string };

const plain = (v: Inline | string) => (typeof v === 'string' ? v : v.text);

/** A localized text in `locale`, or its fallback, marked with the language it is in. */
function localized(value: LocalizedText, locale: CoreLocale): Inline {
  const picked = pickText(value, locale);
  return picked.lang === locale ? { text: picked.text } : { text: picked.text, lang: picked.lang };
}

/** A meeting's dates in its own time zone, "jedi 5 mas 2026 09:00–17:00 (lè Pòtoprens)". */
function when(start: string, end: string, timeZone: string, locale: CoreLocale, t: MailTexts): string {
  const range = formatDateRange(start, end, locale, { dateStyle: 'full', timeStyle: 'short', timeZone });
  return `${range} (${t.zoneTime(zoneCity(timeZone, locale))})`;
}

function eventRows(event: EventFacts, locale: CoreLocale, t: MailTexts): [string, Inline | string][] {
  const rows: [string, Inline | string][] = [
    [t.label.meeting, localized(event.title, locale)],
    [t.label.when, when(event.startsAt, event.endsAt, event.timeZone, locale, t)],
  ];
  if (event.place) rows.push([t.label.where, event.place]);
  if (event.onlineUrl) rows.push([t.label.online, event.onlineUrl]);
  return rows;
}

function targetRows(target: ProposalTargetFacts, locale: CoreLocale, t: MailTexts) {
  return target.type === 'event'
    ? eventRows(target.event, locale, t)
    : ([[t.label.committee, localized(target.committee.name, locale)]] as [string, Inline | string][]);
}

const enc = encodeURIComponent;
/** The public calendar file of an event: it carries cancellations and new dates too. */
const calendarUrl = (base: string, eventId: string) => `${base}/v1/events/${enc(eventId)}.ics`;
/** Where the public answers to proposals like this one are listed. */
const answersUrl = (base: string, target: ProposalTargetFacts) =>
  target.type === 'event'
    ? `${base}/v1/events/${enc(target.event.id)}/agenda-topics`
    : `${base}/v1/committees/${enc(target.committee.id)}/proposals`;

const subjectOf = (prefix: string, title: Inline | string, locale: CoreLocale) =>
  `${withColon(prefix, locale)} ${plain(title)}`;

/** Subject and blocks of each kind. */
const LAYOUTS: {
  [K in MessageKind]: (
    d: MessageData[K],
    locale: CoreLocale,
    t: MailTexts,
    base: string,
  ) => { subject: string; blocks: Block[] };
} = {
  'registration.receipt': (d, locale, t, base) => {
    const status = d.status === 'waitlisted' ? 'waitlisted' : 'submitted';
    return {
      subject: subjectOf(t.registrationReceipt.subject[status], localized(d.event.title, locale), locale),
      blocks: [
        { type: 'p', text: t.registrationReceipt.lead[status](d.organization) },
        {
          type: 'fields',
          rows: [
            ...eventRows(d.event, locale, t),
            [t.label.organization, d.organization],
            [t.label.receipt, d.receipt],
          ],
        },
        { type: 'p', text: t.keepReceipt },
        { type: 'link', label: t.addToCalendar, url: calendarUrl(base, d.event.id) },
      ],
    };
  },
  'registration.decision': (d, locale, t, base) => {
    const decision = d.decision;
    const blocks: Block[] = [
      { type: 'p', text: t.registrationDecision.lead[decision] },
      { type: 'fields', rows: [...eventRows(d.event, locale, t), [t.label.receipt, d.receipt]] },
    ];
    if (decision !== 'selected' && d.reason) {
      const known = (DECISION_REASONS as readonly string[]).includes(d.reason)
        ? (d.reason as DecisionReason)
        : 'other';
      blocks.push({ type: 'fields', rows: [[t.label.reason, t.registrationDecision.reasons[known]]] });
    }
    if (decision === 'selected')
      blocks.push({ type: 'link', label: t.addToCalendar, url: calendarUrl(base, d.event.id) });
    else blocks.push({ type: 'p', text: t.registrationDecision.thanks });
    return {
      subject: subjectOf(t.registrationDecision.subject[decision], localized(d.event.title, locale), locale),
      blocks,
    };
  },
  'proposal.receipt': (d, locale, t, base) => ({
    subject: subjectOf(t.proposalReceipt.subject[d.kind], d.title, locale),
    blocks: [
      { type: 'p', text: t.proposalReceipt.lead[d.kind] },
      {
        type: 'fields',
        rows: [...targetRows(d.target, locale, t), [t.label.proposal, d.title], [t.label.receipt, d.receipt]],
      },
      { type: 'p', text: t.keepReceipt },
      { type: 'link', label: t.answersPublished, url: answersUrl(base, d.target) },
    ],
  }),
  'proposal.answer': (d, locale, t, base) => {
    const s = t.proposalAnswer.status;
    const lead = d.status === 'merged' ? s.merged(d.mergedInto?.title ?? null) : s[d.status];
    const blocks: Block[] = [
      { type: 'p', text: lead },
      {
        type: 'fields',
        rows: [
          ...targetRows(d.target, locale, t),
          [t.label.proposal, d.title],
          [t.label.receipt, d.receipt],
          [t.label.answeredOn, formatDate(d.respondedAt, locale, { dateStyle: 'long' })],
        ],
      },
    ];
    if (d.response) {
      const answer = localized(d.response, locale);
      if (answer.lang) blocks.push({ type: 'p', text: t.answerIn(languageName(answer.lang, locale)) });
      blocks.push({ type: 'fields', rows: [[t.label.answer, answer]] });
    }
    blocks.push({ type: 'link', label: t.answersPublished, url: answersUrl(base, d.target) });
    return { subject: subjectOf(t.proposalAnswer.subject, d.title, locale), blocks };
  },
  'event.cancelled': (d, locale, t, base) => ({
    subject: subjectOf(t.eventCancelled.subject, localized(d.event.title, locale), locale),
    blocks: [
      { type: 'p', text: t.eventCancelled.lead },
      {
        type: 'fields',
        rows: [
          ...eventRows(d.event, locale, t),
          ...(d.reason ? [[t.label.reason, d.reason] as [string, string]] : []),
          ...(d.receipt ? [[t.label.receipt, d.receipt] as [string, string]] : []),
        ],
      },
      { type: 'link', label: t.updateCalendar, url: calendarUrl(base, d.event.id) },
    ],
  }),
  'event.rescheduled': (d, locale, t, base) => {
    const [meeting, ...rest] = eventRows(d.event, locale, t);
    return {
      subject: subjectOf(t.eventRescheduled.subject, localized(d.event.title, locale), locale),
      blocks: [
        { type: 'p', text: t.eventRescheduled.lead },
        {
          type: 'fields',
          rows: [
            ...(meeting ? [meeting] : []),
            [t.label.newDates, when(d.event.startsAt, d.event.endsAt, d.event.timeZone, locale, t)],
            [
              t.label.previousDates,
              when(d.previous.startsAt, d.previous.endsAt, d.event.timeZone, locale, t),
            ],
            ...rest.filter(([label]) => label !== t.label.when),
            ...(d.receipt ? [[t.label.receipt, d.receipt] as [string, string]] : []),
          ],
        },
        { type: 'link', label: t.updateCalendar, url: calendarUrl(base, d.event.id) },
      ],
    };
  },
};

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Escaped, its line breaks kept (a public answer may have paragraphs). */
const lines = (s: string) => escapeHtml(s).replace(/\r?\n/g, '<br>\n');

function inlineHtml(v: Inline | string): string {
  if (typeof v === 'string') return lines(v);
  return v.lang ? `<span lang="${escapeHtml(v.lang)}">${lines(v.text)}</span>` : lines(v.text);
}

function toText(blocks: Block[], locale: CoreLocale, t: MailTexts): string {
  const parts = [t.greeting];
  for (const b of blocks) {
    if (b.type === 'p') parts.push(plain(b.text));
    else if (b.type === 'fields')
      parts.push(b.rows.map(([label, value]) => `${withColon(label, locale)} ${plain(value)}`).join('\n'));
    else parts.push(`${withColon(b.label, locale)}\n${b.url}`);
  }
  parts.push(`-- \n${t.footer}`);
  return `${parts.join('\n\n')}\n`;
}

function toHtml(subject: string, blocks: Block[], locale: CoreLocale, t: MailTexts): string {
  const body = [`<p>${escapeHtml(t.greeting)}</p>`];
  for (const b of blocks) {
    if (b.type === 'p') body.push(`<p>${inlineHtml(b.text)}</p>`);
    else if (b.type === 'fields')
      body.push(
        `<p>${b.rows
          .map(
            ([label, value]) =>
              `<strong>${escapeHtml(withColon(label, locale))}</strong> ${inlineHtml(value)}`,
          )
          .join('<br>\n')}</p>`,
      );
    else
      body.push(
        `<p>${escapeHtml(withColon(b.label, locale))}<br>\n<a href="${escapeHtml(b.url)}">${escapeHtml(b.url)}</a></p>`,
      );
  }
  body.push(`<hr>\n<p style="color:#555;font-size:0.9em">${escapeHtml(t.footer)}</p>`);
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:40em">
${body.join('\n')}
</body>
</html>
`;
}

/**
 * Renders a message of `kind` in `locale` from its data: subject, plain text and HTML, with
 * absolute links built from `publicUrl` (`LAD_PUBLIC_URL`). Throws when `data` lacks what the
 * kind needs (the worker then marks the message failed, with the reason).
 *
 * @example
 * renderMail('event.cancelled', 'ht', { event: eventFacts(row), receipt }, config.publicUrl)
 */
export function renderMail<K extends MessageKind>(
  kind: K,
  locale: CoreLocale,
  data: MessageData[K],
  publicUrl: string,
): RenderedMail {
  const t = MAIL_TEXTS[locale] ?? MAIL_TEXTS.en;
  const layout = LAYOUTS[kind] as (
    d: MessageData[K],
    locale: CoreLocale,
    t: MailTexts,
    base: string,
  ) => { subject: string; blocks: Block[] };
  if (!layout) throw new Error(`Unknown message kind ${kind}.`);
  const base = publicUrl.replace(/\/+$/, '');
  const { subject, blocks } = layout(data, locale, t, base);
  return { subject, text: toText(blocks, locale, t), html: toHtml(subject, blocks, locale, t) };
}

/** {@link renderMail} from a stored row's columns; the error's message when it cannot render. */
export function renderStored(
  row: { kind: string; locale: string; data: string },
  publicUrl: string,
): RenderedMail | { error: string } {
  try {
    return renderMail(row.kind as MessageKind, row.locale as CoreLocale, JSON.parse(row.data), publicUrl);
  } catch (error) {
    return {
      error: `cannot render this ${row.kind} message: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
