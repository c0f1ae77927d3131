import {
  ACTION_PACKAGES,
  COMMITMENT_STATUSES,
  type CommitmentStatus,
  formatNumber,
  type ImportJobStatus,
  type ImportKind,
} from '@lad/sdk';
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { currentLocale } from '../../internal/locale.js';
import {
  actionPackageName,
  countryName,
  dateText,
  languageName,
  number,
  pillarLabel,
  statusLabel,
} from '../../internal/messages.js';

// The words and the value rendering of the import screen: what a file holds, where a job is,
// the name of each field of a changed row, and a stored or imported value made readable.

/** What a file holds: "Commitments", "Indicators and measurements". */
export function kindLabel(kind: ImportKind): string {
  return kind === 'commitments'
    ? msg('Commitments', { id: 'import.kind.commitments', desc: 'What an imported file holds' })
    : msg('Indicators and measurements', {
        id: 'import.kind.indicators',
        desc: 'What an imported file holds: indicators and their dated measurements',
      });
}

/** Where an import job is, in a few words. */
export function jobStatusLabel(status: ImportJobStatus): string {
  switch (status) {
    case 'checking':
      return msg('Checking the file', { id: 'import.state.checking', desc: 'Where an import job is' });
    case 'checked':
      return msg('Checked, waiting to be applied', {
        id: 'import.state.checked',
        desc: 'Where an import job is',
      });
    case 'applying':
      return msg('Applying the changes', { id: 'import.state.applying', desc: 'Where an import job is' });
    case 'applied':
      return msg('Applied', { id: 'import.state.applied', desc: 'Where an import job is: done' });
    case 'failed':
      return msg('Stopped by an error', { id: 'import.state.failed', desc: 'Where an import job is' });
  }
}

/**
 * A field of a changed row, named as the console names it elsewhere (the filters, the editor);
 * `null` for a field it has no name for (shown as the file's column name).
 */
export function fieldLabel(field: string): string | null {
  switch (field) {
    case 'externalId':
      return msg('Identifier (externalId)', {
        id: 'import.field.external_id',
        desc: 'Column of an imported file; externalId is the column name, keep it as it is',
      });
    case 'country':
      return msg('Country', { id: 'filter.country' });
    case 'pillar':
      return msg('Pillar', { id: 'filter.pillar' });
    case 'status':
      return msg('Status', { id: 'filter.status' });
    case 'title':
      return msg('Title', { id: 'commitments.col_title' });
    case 'description':
      return msg('Description', {
        id: 'import.field.description',
        desc: 'A field of a commitment or indicator',
      });
    case 'actionPackages':
      return msg('Action packages', { id: 'import.field.action_packages', desc: 'A field of a commitment' });
    case 'mechanisms':
      return msg('Regional mechanisms', { id: 'import.field.mechanisms', desc: 'A field of a commitment' });
    case 'announcedOn':
      return msg('Announced on', {
        id: 'import.field.announced_on',
        desc: 'A field of a commitment: a date',
      });
    case 'announcedAt':
      return msg('Announced at', {
        id: 'import.field.announced_at',
        desc: 'A field of a commitment: the meeting or place where it was announced',
      });
    case 'startDate':
      return msg('Start date', { id: 'import.field.start_date', desc: 'A field of a commitment' });
    case 'dueDate':
      return msg('Due date', { id: 'import.field.due_date', desc: 'A field of a commitment' });
    case 'amountUsd':
      return msg('Amount (US dollars)', { id: 'import.field.amount_usd', desc: 'A field of a commitment' });
    case 'sources':
    case 'source':
      return msg('Sources', { id: 'import.field.sources', desc: 'A field: the public sources of a record' });
    case 'consultation':
      return msg('Consultation of civil society', {
        id: 'import.field.consultation',
        desc: 'A field of a commitment: how civil society was consulted',
      });
    case 'name':
      return msg('Name', { id: 'import.field.name', desc: 'A field of an indicator' });
    case 'commitmentId':
      return msg('Commitment it tracks', { id: 'import.field.commitment', desc: 'A field of an indicator' });
    case 'kind':
      return msg('Kind of indicator', {
        id: 'import.field.kind',
        desc: 'A field of an indicator: quantitative or qualitative',
      });
    case 'unit':
      return msg('Unit', { id: 'import.field.unit', desc: 'A field of an indicator' });
    case 'direction':
      return msg('Direction of progress', { id: 'import.field.direction', desc: 'A field of an indicator' });
    case 'baseline':
      return msg('Baseline', { id: 'import.field.baseline', desc: 'A field of an indicator' });
    case 'target':
      return msg('Target', {
        id: 'import.field.target',
        desc: 'A field of an indicator: the value aimed at',
      });
    case 'measurements':
    case 'measurement':
      return msg('Measurements', { id: 'import.field.measurements', desc: 'A field of an indicator' });
    default:
      return null;
  }
}

/** Text longer than this is cut in a table cell. */
const SHOWN_CHARACTERS = 300;

const cut = (text: string) => (text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS)}…` : text);

const emptyText = () =>
  html`<span class="empty">${msg('empty', { id: 'import.value.empty', desc: 'A field with no value' })}</span>`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A localized text: `{ original, text: { es: …, en: … } }`. */
const isLocalizedText = (value: unknown): value is { original: string; text: Record<string, string> } =>
  isRecord(value) && typeof value.original === 'string' && isRecord(value.text);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A stored or imported value as a person reads it: `null` as "empty", lists joined, a text in
 * several languages as each language's text (named, and marked with its `lang`), a status, a
 * country, an action package or a day in the console's words, a source as its title and address.
 */
export function valueText(field: string, value: unknown): TemplateResult | string | typeof nothing {
  if (value === null || value === undefined || value === '') return emptyText();
  if (Array.isArray(value)) {
    if (!value.length) return emptyText();
    if (value.every((v) => typeof v === 'string' || typeof v === 'number'))
      return cut(value.map((v) => plainValue(field, v)).join(', '));
    return html`<ul class="values">
      ${value.map((v) => html`<li>${valueText(field, v)}</li>`)}
    </ul>`;
  }
  if (isLocalizedText(value)) {
    const entries = Object.entries(value.text).filter(([, t]) => typeof t === 'string' && t);
    if (!entries.length) return emptyText();
    return html`<ul class="values">
      ${entries.map(
        ([lang, text]) => html`<li>
          <span class="lang">${languageName(lang)}</span>
          <span lang=${lang}>${cut(text)}</span>
        </li>`,
      )}
    </ul>`;
  }
  if (isRecord(value)) {
    // A source: its title and address.
    if (typeof value.url === 'string')
      return html`${typeof value.title === 'string' ? cut(value.title) : nothing}
        <span class="url">&lt;${cut(value.url)}&gt;</span>`;
    const entries = Object.entries(value).filter(([, v]) => v !== null && v !== undefined && v !== '');
    if (!entries.length) return emptyText();
    return html`<ul class="values">
      ${entries.map(([k, v]) => html`<li><span class="lang">${k}</span> ${valueText(k, v)}</li>`)}
    </ul>`;
  }
  if (typeof value === 'string' || typeof value === 'number') return cut(plainValue(field, value));
  if (typeof value === 'boolean') return String(value);
  return cut(JSON.stringify(value));
}

/** One plain value in the console's words where it has them. */
function plainValue(field: string, value: string | number): string {
  if (typeof value === 'number')
    return field === 'amountUsd'
      ? formatNumber(value, currentLocale(), { style: 'currency', currency: 'USD', maximumFractionDigits: 0 })
      : number(value);
  if (field === 'status' && (COMMITMENT_STATUSES as readonly string[]).includes(value))
    return statusLabel(value as CommitmentStatus);
  if (field === 'country' && /^[A-Z]{2}$/.test(value)) return countryName(value);
  if (field === 'actionPackages' && ACTION_PACKAGES.some((p) => p.id === value))
    return actionPackageName(value);
  if (field === 'pillar' && /^[IVX]+$/.test(value)) return pillarLabel(value);
  if (ISO_DAY.test(value)) return dateText(value);
  return value;
}
