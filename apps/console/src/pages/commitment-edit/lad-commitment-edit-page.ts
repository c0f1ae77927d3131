import {
  ACTION_PACKAGES,
  COMMITMENT_STATUSES,
  CORE_LOCALES,
  type CommitmentDetail,
  type CommitmentInput,
  type CommitmentPatch,
  type CommitmentStatus,
  type Consultation,
  type CoreLocale,
  createCommitment,
  currentCommitmentOf,
  getCommitmentWithVersion,
  isLadApiError,
  LIMITS,
  type LocalizedText,
  MECHANISMS,
  PILLAR_IDS,
  pickText,
  SIGNATORIES,
  type Source,
  updateCommitmentWithVersion,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { clearDraft, readDraft, writeDraft } from '../../internal/drafts.js';
import { currentLocale } from '../../internal/locale.js';
import {
  actionPackageName,
  countryName,
  errorText,
  languageName,
  loadingText,
  mechanismName,
  pillarLabel,
  retryText,
  statusLabel,
  withColon,
} from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { baseStyles } from '../../internal/styles.js';

type Texts = Record<CoreLocale, string>;
type Flags = Record<CoreLocale, boolean>;

/** The editable texts of a commitment, as the form holds them. */
export interface TextsForm {
  title: Texts;
  titleMachine: Flags;
  description: Texts;
  descriptionMachine: Flags;
}

/** A source as the form holds it (`kind`, not shown, is kept as it was). */
export interface SourceRow {
  title: string;
  url: string;
  publisher: string;
  publishedOn: string;
  kind?: Source['kind'];
}

export const CONSULTATION_METHODS = [
  'public_consultation',
  'cso_meeting',
  'written_comments',
  'none',
  'unknown',
] as const satisfies readonly Consultation['method'][];

/** Every editable field of a commitment, as the form holds it. */
export interface CommitmentForm extends TextsForm {
  country: string;
  /** `''`: no pillar. */
  pillar: string;
  status: CommitmentStatus;
  actionPackages: string[];
  mechanisms: string[];
  sources: SourceRow[];
  /** `''`: not said. */
  consultationMethod: string;
  consultationDate: string;
  /** The notes in the language shown ({@link notesLang}). */
  consultationNotes: string;
}

/** What sessionStorage keeps for a commitment: the form, and the version it was started from. */
interface Draft {
  base: string;
  form: CommitmentForm;
}

const each = <T>(value: (l: CoreLocale) => T) =>
  Object.fromEntries(CORE_LOCALES.map((l) => [l, value(l)])) as Record<CoreLocale, T>;

/** The form's values for a commitment as stored. */
export function formOf(c: Pick<CommitmentDetail, 'title' | 'description'>): TextsForm {
  return {
    title: each((l) => c.title.text[l] ?? ''),
    titleMachine: each((l) => c.title.provenance?.[l] === 'machine'),
    description: each((l) => c.description?.text[l] ?? ''),
    descriptionMachine: each((l) => c.description?.provenance?.[l] === 'machine'),
  };
}

/** The language a consultation's notes are shown and edited in. */
const notesLang = (c: Pick<CommitmentDetail, 'consultation'>) =>
  c.consultation?.notes ? pickText(c.consultation.notes, currentLocale()).lang : currentLocale();

/** Every field of the form for a commitment as stored. */
export function fullFormOf(c: CommitmentDetail): CommitmentForm {
  return {
    ...formOf(c),
    country: c.country,
    pillar: c.pillar ?? '',
    status: c.status,
    actionPackages: [...c.actionPackages],
    mechanisms: [...c.mechanisms],
    sources: c.sources.map((x) => ({
      title: x.title,
      url: x.url,
      publisher: x.publisher ?? '',
      publishedOn: x.publishedOn ?? '',
      ...(x.kind ? { kind: x.kind } : {}),
    })),
    consultationMethod: c.consultation?.method ?? '',
    consultationDate: c.consultation?.date ?? '',
    consultationNotes: c.consultation?.notes ? pickText(c.consultation.notes, currentLocale()).text : '',
  };
}

const sameForm = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A form's sources as the API takes them. */
function sourcesOf(rows: SourceRow[]): Source[] {
  return rows.map((r) => ({
    title: r.title.trim(),
    url: r.url.trim(),
    ...(r.publisher.trim() ? { publisher: r.publisher.trim() } : {}),
    ...(r.publishedOn.trim() ? { publishedOn: r.publishedOn.trim() } : {}),
    ...(r.kind ? { kind: r.kind } : {}),
  }));
}

/** A form's consultation as the API takes it: `null` when no method is chosen. */
function consultationOf(form: CommitmentForm, c: CommitmentDetail): Consultation | null {
  if (!form.consultationMethod) return null;
  const lang = notesLang(c);
  const stored = c.consultation?.notes ?? null;
  const note = form.consultationNotes.trim();
  let notes: LocalizedText | null = stored;
  if (note && note !== (stored?.text[lang] ?? ''))
    notes = { ...(stored ?? { original: lang }), text: { ...(stored?.text ?? {}), [lang]: note } };
  if (!note && stored) {
    const { [lang]: _gone, ...rest } = stored.text;
    notes = Object.keys(rest).length ? { ...stored, text: rest } : null;
  }
  return {
    method: form.consultationMethod as Consultation['method'],
    date: form.consultationDate || null,
    notes,
  };
}

/** A blank commitment, for the form that creates one. */
function blank(country: string): CommitmentDetail {
  return {
    id: '',
    externalId: null,
    country,
    pillar: null,
    actionPackages: [],
    mechanisms: [],
    title: { original: currentLocale(), text: {} },
    description: null,
    status: 'no_evidence',
    announcedOn: null,
    announcedAt: null,
    startDate: null,
    dueDate: null,
    amountUsd: null,
    sources: [],
    consultation: null,
    indicatorIds: [],
    lastUpdatedOn: null,
    createdAt: '',
    updatedAt: '',
    demo: false,
    updates: [],
    indicators: [],
  } as CommitmentDetail;
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * A localized text from the form: the languages with a text, those marked machine-translated,
 * and its original language (kept; or, for a text that had none, the first language written).
 */
function localized(texts: Texts, machine: Flags, original: string | undefined): LocalizedText | null {
  const written = CORE_LOCALES.filter((l) => texts[l].trim());
  if (!written.length) return null;
  const origin = original && written.includes(original as CoreLocale) ? original : (written[0] as CoreLocale);
  const provenance: Record<string, 'machine'> = {};
  for (const l of written) if (machine[l] && l !== origin) provenance[l] = 'machine';
  return {
    original: origin,
    text: Object.fromEntries(written.map((l) => [l, texts[l].trim()])),
    ...(Object.keys(provenance).length ? { provenance } : {}),
  };
}

type Load =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'not-found' }
  /** `etag`: the version shown, sent back as `If-Match` so a save never overwrites one it did not see. */
  | { kind: 'ready'; commitment: CommitmentDetail; etag: string | null };

/**
 * A commitment's title and description in the five languages side by side, each with whether it
 * is a machine translation; country, pillar and status shown. What is typed is kept as a draft
 * until it is saved; a save that crosses someone else's shows both versions.
 */
@customElement('lad-commitment-edit-page')
export class LadCommitmentEditPage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      .fields {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: 0 1rem;
      }
      fieldset.choices,
      fieldset.source {
        margin-block: 1rem;
      }
      dl.facts {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1rem;
      }
      dl.facts dt {
        font-weight: 600;
      }
      dl.facts dd {
        margin: 0;
      }
      .languages {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
        gap: 1rem;
      }
      fieldset {
        border: 1px solid var(--line);
        border-radius: 4px;
        padding: 0.75rem;
        margin: 0;
        min-inline-size: 0;
      }
      legend {
        font-weight: 700;
        padding-inline: 0.25rem;
      }
      .check {
        display: flex;
        gap: 0.4rem;
        align-items: center;
        font-weight: 400;
        margin-block: 0.25rem 0.75rem;
      }
      .check input {
        min-block-size: auto;
        inline-size: 1.1rem;
        block-size: 1.1rem;
      }
      .original {
        font-weight: 400;
        color: var(--muted);
      }
      table.conflict td,
      table.conflict th {
        white-space: pre-wrap;
      }
    `,
  ];

  @state() private load: Load = { kind: 'loading' };
  @state() private form: CommitmentForm | null = null;
  @state() private restored = false;
  @state() private saving = false;
  @state() private message: { kind: 'ok' | 'error'; text: string } | null = null;
  @state() private fieldErrors: Record<string, string> = {};
  /** Someone else's save, when ours crossed it (412). */
  @state() private conflict: CommitmentDetail | null = null;

  private get commitmentId(): string {
    return this.params[0] ?? '';
  }

  /** `#/commitments/new`: the form creates a commitment. */
  private get creating(): boolean {
    return !this.commitmentId;
  }

  /** The country a country coordinator acts for: the only one she can choose. */
  private get fixedCountry(): string | null {
    return this.acting?.role === 'country' && this.acting.scope ? this.acting.scope : null;
  }

  private get draftKey(): string {
    return `commitment:${this.commitmentId || 'new'}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('params') || changed.has('api')) && this.api) void this.fetchCommitment();
  }

  private async fetchCommitment(): Promise<void> {
    this.load = { kind: 'loading' };
    try {
      const { commitment, etag } = this.creating
        ? { commitment: blank(this.fixedCountry ?? ''), etag: null }
        : await this.read();
      const draft = readDraft<Draft>(this.draftKey);
      const stored = fullFormOf(commitment);
      // A draft from before the form had every field is not restored.
      const usable = !!draft && Array.isArray(draft.form?.sources);
      this.restored = usable && !!draft && !sameForm(draft.form, stored);
      this.form = this.restored && draft ? draft.form : stored;
      if (!this.restored) clearDraft(this.draftKey);
      this.load = { kind: 'ready', commitment, etag };
    } catch (error) {
      this.load =
        isLadApiError(error) && error.status === 404 ? { kind: 'not-found' } : { kind: 'error', error };
    }
  }

  /** The commitment as the API has it now (never the browser's cached copy), with its version. */
  private read() {
    return getCommitmentWithVersion(this.api.transport, this.commitmentId);
  }

  protected override render() {
    const load = this.load;
    const heading = this.creating
      ? msg('New commitment', { id: 'edit.new_title' })
      : msg('Edit commitment', { id: 'edit.title' });
    if (load.kind === 'loading')
      return html`<h1 tabindex="-1">${heading}</h1>
        <p role="status">${loadingText()}</p>`;
    if (load.kind === 'not-found')
      return html`<h1 tabindex="-1">${heading}</h1>
        <div class="notice error" role="alert">
          <p>${msg('There is no commitment at this address.', { id: 'edit.not_found' })}</p>
        </div>
        <p><a href="#/commitments">${msg('Back to the commitments', { id: 'edit.back' })}</a></p>`;
    if (load.kind === 'error')
      return html`<h1 tabindex="-1">${heading}</h1>
        <div class="notice error" role="alert">
          <p>${errorText(load.error)}</p>
          <button @click=${() => void this.fetchCommitment()}>${retryText()}</button>
        </div>`;
    const c = load.commitment;
    const title = pickText(c.title, currentLocale());
    const form = this.form as CommitmentForm;
    return html`
      <p><a href="#/commitments">${msg('Back to the commitments', { id: 'edit.back' })}</a></p>
      ${
        this.creating
          ? html`<h1 tabindex="-1">${heading}</h1>`
          : html`<h1 tabindex="-1" lang=${title.lang}>${title.text}</h1>
            <p>
              <a href="#/commitments/${encodeURIComponent(c.id)}/progress"
                >${msg('Record progress', { id: 'progress.title' })}</a
              >
            </p>
            <dl class="facts">
              <dt>${withColon(msg('Status', { id: 'filter.status' }))}</dt>
              <dd>${statusLabel(c.status)}</dd>
            </dl>`
      }
      ${
        this.restored
          ? html`<div class="notice" role="status">
            <p>${msg('Your unsaved changes to this commitment were kept and are shown below.', { id: 'edit.restored' })}</p>
            <button class="secondary" @click=${this.discard}>
              ${msg('Discard my changes', { id: 'edit.discard' })}
            </button>
          </div>`
          : nothing
      }
      ${this.conflict ? this.renderConflict(this.conflict, form) : nothing}
      <div role="alert">
        ${this.message?.kind === 'error' ? html`<div class="notice error"><p>${this.message.text}</p></div>` : nothing}
      </div>
      <div role="status">
        ${this.message?.kind === 'ok' ? html`<div class="notice ok"><p>${this.message.text}</p></div>` : nothing}
      </div>
      <form @submit=${this.save} @input=${this.edited} @change=${this.edited} novalidate>
        <h2>${msg('Title and description in the five languages', { id: 'edit.texts' })}</h2>
        <div class="languages">${CORE_LOCALES.map((l) => this.renderLanguage(l, form, c))}</div>
        ${this.renderFacts(form)} ${this.renderSources(form)} ${this.renderConsultation(form, c)}
        <div class="actions">
          <!-- aria-disabled, not disabled, while saving: a disabled button would drop the focus. -->
          <button type="submit" aria-disabled=${this.saving ? 'true' : 'false'}>
            ${this.creating ? msg('Create the commitment', { id: 'edit.create' }) : msg('Save', { id: 'edit.save' })}
          </button>
        </div>
      </form>
    `;
  }

  private error(key: string) {
    return this.fieldErrors[key]
      ? html`<p class="field-error" id="${key}-error">${this.fieldErrors[key]}</p>`
      : nothing;
  }

  private invalid(key: string) {
    return this.fieldErrors[key] ? 'true' : 'false';
  }

  private described(key: string) {
    return this.fieldErrors[key] ? `${key}-error` : nothing;
  }

  private renderFacts(form: CommitmentForm) {
    const locale = currentLocale();
    const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
    const countries = SIGNATORIES.map((x) => ({ value: x.code as string, label: countryName(x.code) })).sort(
      byLabel,
    );
    const fixed = this.fixedCountry;
    const group = (
      key: 'actionPackages' | 'mechanisms',
      legend: string,
      options: { value: string; label: string }[],
    ) => html`<fieldset
      class="choices"
      aria-invalid=${this.invalid(key)}
      aria-describedby=${this.described(key)}
    >
      <legend>${legend}</legend>
      ${options.map(
        (o) => html`<label class="check">
          <input type="checkbox" name=${key} value=${o.value} .checked=${form[key].includes(o.value)} />
          ${o.label}
        </label>`,
      )}
      ${this.error(key)}
    </fieldset>`;
    return html`<h2>${msg('Where it belongs', { id: 'edit.facts' })}</h2>
      <div class="fields">
        <div class="field">
          <label for="country">${msg('Country', { id: 'filter.country' })}</label>
          <select
            id="country"
            name="country"
            ?disabled=${!!fixed}
            aria-invalid=${this.invalid('country')}
            aria-describedby=${this.described('country')}
          >
            <option value="" ?selected=${!form.country}>${msg('Choose a country', { id: 'edit.choose_country' })}</option>
            ${countries.map(
              (o) => html`<option value=${o.value} ?selected=${form.country === o.value}>${o.label}</option>`,
            )}
          </select>
          ${this.error('country')}
        </div>
        <div class="field">
          <label for="pillar">${msg('Pillar', { id: 'filter.pillar' })}</label>
          <select
            id="pillar"
            name="pillar"
            aria-invalid=${this.invalid('pillar')}
            aria-describedby=${this.described('pillar')}
          >
            <option value="" ?selected=${!form.pillar}>${msg('No pillar', { id: 'edit.pillar_none' })}</option>
            ${PILLAR_IDS.map((p) => html`<option value=${p} ?selected=${form.pillar === p}>${pillarLabel(p)}</option>`)}
          </select>
          ${this.error('pillar')}
        </div>
        ${
          this.creating
            ? html`<div class="field">
              <label for="status">${msg('Status', { id: 'filter.status' })}</label>
              <select id="status" name="status">
                ${COMMITMENT_STATUSES.map(
                  (st) =>
                    html`<option value=${st} ?selected=${form.status === st}>${statusLabel(st)}</option>`,
                )}
              </select>
            </div>`
            : nothing
        }
      </div>
      ${group(
        'actionPackages',
        msg('Action packages', { id: 'edit.action_packages' }),
        ACTION_PACKAGES.map((p) => ({ value: p.id, label: actionPackageName(p.id) })),
      )}
      ${group(
        'mechanisms',
        msg('Regional mechanisms', { id: 'edit.mechanisms' }),
        MECHANISMS.map((m) => ({ value: m.id, label: mechanismName(m.id) })),
      )}`;
  }

  private renderSources(form: CommitmentForm) {
    const input = (i: number, part: keyof SourceRow, label: string, type = 'text', hint?: string) => {
      const key = `source-${part}-${i}`;
      const value = form.sources[i]?.[part] ?? '';
      const hintId = hint ? `${key}-hint` : '';
      const described = [hintId, this.fieldErrors[key] ? `${key}-error` : ''].filter(Boolean).join(' ');
      return html`<div class="field">
        <label for=${key}>${label}</label>
        <input
          id=${key}
          name=${key}
          type=${type}
          .value=${value}
          aria-invalid=${this.invalid(key)}
          aria-describedby=${described || nothing}
        />
        ${hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : nothing} ${this.error(key)}
      </div>`;
    };
    return html`<h2>${msg('Sources', { id: 'edit.sources' })}</h2>
      ${form.sources.length ? nothing : html`<p>${msg('No source yet.', { id: 'edit.no_source' })}</p>`}
      ${form.sources.map((_, i) => {
        const n = i + 1;
        return html`<fieldset class="source">
          <legend>${msg(str`Source ${n}`, { id: 'edit.source_n' })}</legend>
          <div class="fields">
            ${input(i, 'title', msg('Title', { id: 'edit.source_title' }))}
            ${input(i, 'url', msg('Web address (starting with https)', { id: 'edit.source_url' }), 'url')}
            ${input(i, 'publisher', msg('Publisher (optional)', { id: 'edit.source_publisher' }))}
            ${input(
              i,
              'publishedOn',
              msg('Date published (optional)', { id: 'edit.source_date' }),
              'text',
              msg('Year, year-month or full date: 2024, 2024-05 or 2024-05-07', {
                id: 'edit.source_date_hint',
              }),
            )}
          </div>
          <button type="button" class="secondary" @click=${() => this.removeSource(i)}>
            ${msg(str`Remove source ${n}`, { id: 'edit.remove_source' })}
          </button>
        </fieldset>`;
      })}
      <p>
        <button type="button" class="secondary" id="add-source" @click=${this.addSource}>
          ${msg('Add a source', { id: 'edit.add_source' })}
        </button>
      </p>`;
  }

  private renderConsultation(form: CommitmentForm, c: CommitmentDetail) {
    const lang = notesLang(c);
    return html`<h2>${msg('How civil society was consulted', { id: 'edit.consultation' })}</h2>
      <div class="fields">
        <div class="field">
          <label for="consultation-method">${msg('Method', { id: 'edit.consultation_method' })}</label>
          <select
            id="consultation-method"
            name="consultation-method"
            aria-invalid=${this.invalid('consultation-method')}
            aria-describedby=${this.described('consultation-method')}
          >
            <option value="" ?selected=${!form.consultationMethod}>
              ${msg('Not said', { id: 'edit.consultation_unset' })}
            </option>
            ${CONSULTATION_METHODS.map(
              (m) =>
                html`<option value=${m} ?selected=${form.consultationMethod === m}>${consultationLabel(m)}</option>`,
            )}
          </select>
          ${this.error('consultation-method')}
        </div>
        <div class="field">
          <label for="consultation-date">${msg('Date (optional)', { id: 'edit.consultation_date' })}</label>
          <input
            id="consultation-date"
            name="consultation-date"
            type="date"
            .value=${form.consultationDate}
            aria-invalid=${this.invalid('consultation-date')}
            aria-describedby=${this.described('consultation-date')}
          />
          ${this.error('consultation-date')}
        </div>
      </div>
      <label for="consultation-notes">${msg(str`Notes in ${languageName(lang)} (optional)`, { id: 'edit.consultation_notes' })}</label>
      <textarea
        id="consultation-notes"
        name="consultation-notes"
        lang=${lang}
        rows="4"
        maxlength=${LIMITS.body}
        .value=${form.consultationNotes}
        aria-invalid=${this.invalid('consultation-notes')}
        aria-describedby=${this.described('consultation-notes')}
      ></textarea>
      ${this.error('consultation-notes')}`;
  }

  private renderLanguage(l: CoreLocale, form: TextsForm, c: CommitmentDetail) {
    const language = languageName(l);
    const isOriginal = c.title.original === l;
    const error = (key: string) =>
      this.fieldErrors[key]
        ? html`<p class="field-error" id="${key}-error">${this.fieldErrors[key]}</p>`
        : nothing;
    const invalid = (key: string) => (this.fieldErrors[key] ? 'true' : 'false');
    const described = (key: string) => (this.fieldErrors[key] ? `${key}-error` : nothing);
    return html`<fieldset>
      <legend>
        ${language}
        ${isOriginal ? html`<span class="original">${msg('(original)', { id: 'edit.original' })}</span>` : nothing}
      </legend>
      <label for="title-${l}">${msg(str`Title in ${language}`, { id: 'edit.title_in' })}</label>
      <textarea
        id="title-${l}"
        name="title-${l}"
        lang=${l}
        rows="3"
        maxlength=${LIMITS.title}
        .value=${form.title[l]}
        aria-invalid=${invalid(`title-${l}`)}
        aria-describedby=${described(`title-${l}`)}
      ></textarea>
      ${error(`title-${l}`)}
      <label class="check">
        <input
          type="checkbox"
          name="title-machine-${l}"
          .checked=${form.titleMachine[l] && !isOriginal}
          ?disabled=${isOriginal}
        />
        ${msg('Machine translation', { id: 'edit.machine' })}
      </label>
      <label for="description-${l}">${msg(str`Description in ${language}`, { id: 'edit.description_in' })}</label>
      <textarea
        id="description-${l}"
        name="description-${l}"
        lang=${l}
        rows="8"
        maxlength=${LIMITS.body}
        .value=${form.description[l]}
        aria-invalid=${invalid(`description-${l}`)}
        aria-describedby=${described(`description-${l}`)}
      ></textarea>
      ${error(`description-${l}`)}
      <label class="check">
        <input
          type="checkbox"
          name="description-machine-${l}"
          .checked=${form.descriptionMachine[l] && c.description?.original !== l}
          ?disabled=${c.description?.original === l}
        />
        ${msg('Machine translation', { id: 'edit.machine' })}
      </label>
    </fieldset>`;
  }

  private renderConflict(theirs: CommitmentDetail, mine: CommitmentForm) {
    const their = fullFormOf(theirs);
    const list = (ids: string[], name: (id: string) => string) => ids.map(name).join(', ');
    const sources = (rows: SourceRow[]) =>
      rows.map((r) => [r.title, r.url, r.publisher, r.publishedOn].filter(Boolean).join(' — ')).join('\n');
    const consultation = (f: CommitmentForm) =>
      f.consultationMethod
        ? [consultationLabel(f.consultationMethod), f.consultationDate, f.consultationNotes]
            .filter(Boolean)
            .join('\n')
        : '';
    const rows: { label: string; l?: string; a: string; b: string }[] = [
      ...CORE_LOCALES.flatMap((l) => {
        const language = languageName(l);
        return [
          {
            label: msg(str`Title in ${language}`, { id: 'edit.title_in' }),
            l,
            a: their.title[l],
            b: mine.title[l],
          },
          {
            label: msg(str`Description in ${language}`, { id: 'edit.description_in' }),
            l,
            a: their.description[l],
            b: mine.description[l],
          },
        ];
      }),
      {
        label: msg('Country', { id: 'filter.country' }),
        a: their.country ? countryName(their.country) : '',
        b: mine.country ? countryName(mine.country) : '',
      },
      {
        label: msg('Pillar', { id: 'filter.pillar' }),
        a: their.pillar ? pillarLabel(their.pillar) : '',
        b: mine.pillar ? pillarLabel(mine.pillar) : '',
      },
      {
        label: msg('Action packages', { id: 'edit.action_packages' }),
        a: list(their.actionPackages, actionPackageName),
        b: list(mine.actionPackages, actionPackageName),
      },
      {
        label: msg('Regional mechanisms', { id: 'edit.mechanisms' }),
        a: list(their.mechanisms, mechanismName),
        b: list(mine.mechanisms, mechanismName),
      },
      { label: msg('Sources', { id: 'edit.sources' }), a: sources(their.sources), b: sources(mine.sources) },
      {
        label: msg('How civil society was consulted', { id: 'edit.consultation' }),
        a: consultation(their),
        b: consultation(mine),
      },
    ].filter((r) => r.a.trim() !== r.b.trim());
    return html`<div class="notice error" role="alert">
      <p>
        <strong>${msg('Someone else saved this commitment while you were editing it.', { id: 'edit.conflict' })}</strong>
        ${msg(
          'Nothing of yours was saved or lost. Compare the two versions, then keep theirs or save yours over it.',
          {
            id: 'edit.conflict_help',
          },
        )}
      </p>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="conflict-caption">
        <table class="conflict">
          <caption id="conflict-caption">${msg('What differs', { id: 'edit.conflict_caption' })}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Text', { id: 'edit.conflict_field' })}</th>
              <th scope="col">${msg('Their version (saved)', { id: 'edit.theirs' })}</th>
              <th scope="col">${msg('Your version', { id: 'edit.yours' })}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) => html`<tr>
                <th scope="row">${r.label}</th>
                <td lang=${r.l ?? nothing}>${r.a}</td>
                <td lang=${r.l ?? nothing}>${r.b}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="actions">
        <button class="secondary" @click=${this.keepTheirs}>${msg('Keep theirs', { id: 'edit.keep_theirs' })}</button>
        <button aria-disabled=${this.saving ? 'true' : 'false'} @click=${this.overwrite}>${msg('Save mine over theirs', { id: 'edit.overwrite' })}</button>
      </div>
    </div>`;
  }

  /** Reads the form into {@link form} and keeps it as a draft. */
  private edited(): void {
    const root = this.renderRoot;
    const text = (name: string) =>
      root.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${name}"]`)
        ?.value ?? '';
    const flag = (name: string) => root.querySelector<HTMLInputElement>(`[name="${name}"]`)?.checked ?? false;
    const ticked = (name: string) =>
      [...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
    const previous = this.form;
    this.form = {
      title: each((l) => text(`title-${l}`)),
      titleMachine: each((l) => flag(`title-machine-${l}`)),
      description: each((l) => text(`description-${l}`)),
      descriptionMachine: each((l) => flag(`description-machine-${l}`)),
      country: this.fixedCountry ?? text('country'),
      pillar: text('pillar'),
      status: ((this.creating ? text('status') : previous?.status) || 'no_evidence') as CommitmentStatus,
      actionPackages: ticked('actionPackages'),
      mechanisms: ticked('mechanisms'),
      sources: (previous?.sources ?? []).map((row, i) => ({
        ...row,
        title: text(`source-title-${i}`),
        url: text(`source-url-${i}`),
        publisher: text(`source-publisher-${i}`),
        publishedOn: text(`source-publishedOn-${i}`),
      })),
      consultationMethod: text('consultation-method'),
      consultationDate: text('consultation-date'),
      consultationNotes: text('consultation-notes'),
    };
    this.keepDraft();
    this.message = null;
  }

  private keepDraft(): void {
    if (this.load.kind === 'ready' && this.form)
      writeDraft(this.draftKey, { base: this.load.commitment.updatedAt, form: this.form } satisfies Draft);
  }

  private async addSource(): Promise<void> {
    if (!this.form) return;
    this.form = {
      ...this.form,
      sources: [...this.form.sources, { title: '', url: '', publisher: '', publishedOn: '' }],
    };
    this.keepDraft();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#source-title-${this.form.sources.length - 1}`)?.focus();
  }

  private async removeSource(i: number): Promise<void> {
    if (!this.form) return;
    this.form = { ...this.form, sources: this.form.sources.filter((_, j) => j !== i) };
    this.fieldErrors = Object.fromEntries(
      Object.entries(this.fieldErrors).filter(([k]) => !k.startsWith('source-')),
    );
    this.keepDraft();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#add-source')?.focus();
  }

  private discard(): void {
    if (this.load.kind !== 'ready') return;
    clearDraft(this.draftKey);
    this.form = fullFormOf(this.load.commitment);
    this.restored = false;
    this.fieldErrors = {};
  }

  /** Takes the version stored now (theirs, with its version tag) and forgets what was typed. */
  private async keepTheirs(): Promise<void> {
    try {
      const current = await this.read();
      clearDraft(this.draftKey);
      this.conflict = null;
      this.restored = false;
      this.load = { kind: 'ready', ...current };
      this.form = fullFormOf(current.commitment);
      this.message = null;
    } catch (error) {
      this.message = { kind: 'error', text: errorText(error) };
    }
  }

  private async overwrite(): Promise<void> {
    if (this.saving) return;
    // Saved on the version stored now: should yet another save come in between, the API refuses
    // this one too and the comparison shows that version.
    try {
      const current = await this.read();
      if (this.load.kind === 'ready') this.load = { kind: 'ready', ...current };
    } catch (error) {
      this.message = { kind: 'error', text: errorText(error) };
      return;
    }
    await this.send();
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    await this.send();
  }

  /** What the form says, checked; `null` (with the errors shown) when something must be fixed. */
  private patch(c: CommitmentDetail, form: CommitmentForm): CommitmentPatch | null {
    const errors: Record<string, string> = {};
    const original = c.title.original;
    if (
      (CORE_LOCALES as readonly string[]).includes(original) &&
      !form.title[original as CoreLocale].trim()
    ) {
      const language = languageName(original);
      errors[`title-${original}`] = this.creating
        ? msg(str`Give the commitment a title in ${language}.`, { id: 'edit.title_required_in' })
        : msg(str`The title in ${language} is the original: it cannot be empty.`, {
            id: 'edit.original_required',
          });
    }
    if (!CORE_LOCALES.some((l) => form.title[l].trim()) && !errors[`title-${original}`])
      errors[`title-${CORE_LOCALES[0]}`] = msg('Give the commitment a title.', { id: 'edit.title_required' });
    if (!form.country) errors.country = msg('Choose a country.', { id: 'edit.country_required' });
    form.sources.forEach((r, i) => {
      if (!r.title.trim())
        errors[`source-title-${i}`] = msg('Give the source a title.', { id: 'edit.source_title_required' });
      if (!/^https:\/\/\S+$/.test(r.url.trim()))
        errors[`source-url-${i}`] = msg('Give a web address starting with https.', {
          id: 'edit.source_url_invalid',
        });
      if (r.publishedOn.trim() && !PARTIAL_DATE.test(r.publishedOn.trim()))
        errors[`source-publishedOn-${i}`] = msg('Write the date as 2024, 2024-05 or 2024-05-07.', {
          id: 'edit.source_date_invalid',
        });
    });
    if (!form.consultationMethod && (form.consultationDate || form.consultationNotes.trim()))
      errors['consultation-method'] = msg('Choose how civil society was consulted.', {
        id: 'edit.consultation_method_required',
      });
    this.fieldErrors = errors;
    if (Object.keys(errors).length) return null;
    const title = localized(form.title, form.titleMachine, original) as LocalizedText;
    // A title in a language outside the five (kept as it was: this form shows only the five).
    for (const [l, t] of Object.entries(c.title.text))
      if (!(CORE_LOCALES as readonly string[]).includes(l)) title.text[l] = t;
    const patch: CommitmentPatch = {
      title,
      description: localized(form.description, form.descriptionMachine, c.description?.original),
    };
    // The other fields only when they changed (a save of the texts alone changes only them).
    const stored = fullFormOf(c);
    if (form.country !== stored.country) patch.country = form.country;
    if (form.pillar !== stored.pillar) patch.pillar = (form.pillar || null) as CommitmentPatch['pillar'];
    if (!sameForm([...form.actionPackages].sort(), [...stored.actionPackages].sort()))
      patch.actionPackages = form.actionPackages;
    if (!sameForm([...form.mechanisms].sort(), [...stored.mechanisms].sort()))
      patch.mechanisms = form.mechanisms;
    const sources = sourcesOf(form.sources);
    if (!sameForm(sources, sourcesOf(stored.sources))) patch.sources = sources;
    const consultation = consultationOf(form, c);
    if (!sameForm(consultation, c.consultation)) patch.consultation = consultation;
    return patch;
  }

  private async send(): Promise<void> {
    if (this.saving || this.load.kind !== 'ready' || !this.form) return;
    const c = this.load.commitment;
    const patch = this.patch(c, this.form);
    if (!patch) {
      this.message = { kind: 'error', text: msg('Check the highlighted texts.', { id: 'edit.check' }) };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.saving = true;
    this.message = null;
    try {
      if (this.creating) {
        const { description, ...rest } = patch;
        const input = {
          ...rest,
          country: this.form.country,
          pillar: (this.form.pillar || null) as CommitmentInput['pillar'],
          status: this.form.status,
          ...(description ? { description } : {}),
        } as CommitmentInput;
        const created = await createCommitment(this.api.transport, input);
        clearDraft(this.draftKey);
        location.hash = `#/commitments/${encodeURIComponent(created.id)}`;
        return;
      }
      const etag = this.load.etag;
      const saved = await updateCommitmentWithVersion(this.api.transport, this.commitmentId, patch, {
        ...(etag ? { ifMatch: etag } : {}),
      });
      clearDraft(this.draftKey);
      this.conflict = null;
      this.restored = false;
      this.load = { kind: 'ready', ...saved };
      this.form = fullFormOf(saved.commitment);
      this.message = {
        kind: 'ok',
        text: msg('Saved. The public tracker shows the new texts now.', { id: 'edit.saved' }),
      };
    } catch (error) {
      await this.failed(error);
    } finally {
      this.saving = false;
    }
  }

  private async failed(error: unknown): Promise<void> {
    if (isLadApiError(error) && error.status === 412) {
      const current = currentCommitmentOf(error);
      if (current) this.conflict = current;
      else {
        try {
          this.conflict = (await this.read()).commitment;
        } catch (readError) {
          this.message = { kind: 'error', text: errorText(readError) };
        }
      }
      return;
    }
    if (isLadApiError(error) && error.status === 422 && error.fieldErrors.length) {
      const errors: Record<string, string> = {};
      const refused = msg('This was refused: check it.', { id: 'edit.field_invalid' });
      for (const e of error.fieldErrors) {
        const [field, part, lang] = e.path.map(String);
        if ((field === 'title' || field === 'description') && part === 'text' && lang)
          errors[`${field}-${lang}`] = msg('This text was refused: check its length and characters.', {
            id: 'edit.text_invalid',
          });
        else if (field === 'sources' && part !== undefined)
          errors[`source-${lang && lang !== 'kind' ? lang : 'title'}-${part}`] =
            lang === 'url'
              ? msg('Give a web address starting with https.', { id: 'edit.source_url_invalid' })
              : refused;
        else if (field === 'consultation')
          errors[`consultation-${part === 'date' || part === 'notes' ? part : 'method'}`] = refused;
        else if (
          field === 'country' ||
          field === 'pillar' ||
          field === 'actionPackages' ||
          field === 'mechanisms'
        )
          errors[field] = refused;
      }
      this.fieldErrors = errors;
      this.message = { kind: 'error', text: msg('Check the highlighted texts.', { id: 'edit.check' }) };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.message = { kind: 'error', text: errorText(error) };
  }
}

/** How civil society was consulted, in words. */
export function consultationLabel(method: string): string {
  switch (method) {
    case 'public_consultation':
      return msg('Public consultation', { id: 'edit.consultation.public' });
    case 'cso_meeting':
      return msg('Meeting with civil society organizations', { id: 'edit.consultation.cso_meeting' });
    case 'written_comments':
      return msg('Written comments', { id: 'edit.consultation.written' });
    case 'none':
      return msg('Not consulted', { id: 'edit.consultation.none' });
    case 'unknown':
      return msg('Unknown', { id: 'edit.consultation.unknown' });
    default:
      return method;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-commitment-edit-page': LadCommitmentEditPage;
  }
}
