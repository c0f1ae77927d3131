import {
  addMeasurement,
  type CommitmentDetail,
  type CoreLocale,
  createIndicator,
  type FieldError,
  formatQuantityIn,
  INDICATOR_UNITS,
  type Indicator,
  type IndicatorInput,
  type IndicatorValue,
  indicatorProgress,
  isLadApiError,
  type LocaleNames,
  type LocalizedText,
  type Measurement,
  type MeasurementInput,
  pickText,
  unitNameIn,
} from '@lad/sdk';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../../internal/api.js';
import { clearDraft, readDraft, writeDraft } from '../../internal/drafts.js';
import { currentLocale } from '../../internal/locale.js';
import {
  dateText,
  errorText,
  languageName,
  number,
  percentText,
  withColon,
} from '../../internal/messages.js';
import { baseStyles } from '../../internal/styles.js';

/** A measurement as typed, kept in the tab until it is sent (a reload loses nothing). */
export interface MeasurementDraft {
  date: string;
  /** The number, as typed (quantitative indicators). */
  value: string;
  /** What was observed, in words (qualitative indicators: their assessment). */
  assessment: string;
  /** Context for the number (quantitative indicators), optional. */
  note: string;
  sourceTitle: string;
  sourceUrl: string;
}

/** A new indicator as typed. */
export interface IndicatorDraft {
  kind: 'quantitative' | 'qualitative';
  name: string;
  /** `''` (a plain number), one of `INDICATOR_UNITS`, or `other` (then `otherUnit`). */
  unit: string;
  otherUnit: string;
  direction: 'increase' | 'decrease';
  baselineValue: string;
  baselineText: string;
  baselineDate: string;
  targetValue: string;
  targetText: string;
  targetDate: string;
  externalId: string;
}

/** Field → what is wrong with it, in words. */
type Errors = Record<string, string>;
type Notice = { kind: 'ok' | 'error'; text: string } | null;

const today = () => new Date().toISOString().slice(0, 10);
const measurementKey = (indicatorId: string) => `indicators:measurement:${indicatorId}`;
const newIndicatorKey = (commitmentId: string) => `indicators:new:${commitmentId}`;

const emptyMeasurement = (): MeasurementDraft => ({
  date: today(),
  value: '',
  assessment: '',
  note: '',
  sourceTitle: '',
  sourceUrl: '',
});

const emptyIndicator = (): IndicatorDraft => ({
  kind: 'quantitative',
  name: '',
  unit: '',
  otherUnit: '',
  direction: 'increase',
  baselineValue: '',
  baselineText: '',
  baselineDate: '',
  targetValue: '',
  targetText: '',
  targetDate: '',
  externalId: '',
});

/** A number as a person typed it (the field gives "1234.5"); `null` when it is not one. */
const parseNumber = (typed: string): number | null => {
  const trimmed = typed.trim();
  if (!trimmed) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
};

/** Words in the console's language, as the API stores them: that language is the original. */
const inLocale = (words: string): LocalizedText => {
  const locale = currentLocale();
  return { original: locale, text: { [locale]: words.trim() } };
};

const isHttpsUrl = (url: string) => {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
};

/** Measurements in the API's order: by date, then as they were added (the last one is the latest). */
const inOrder = (measurements: Measurement[]) =>
  [...measurements].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));

/** The measurement that counts for an indicator's progress: the latest one (the API's rule). */
const withMeasurement = (indicator: Indicator, m: Measurement): Indicator => {
  const measurements = inOrder([...indicator.measurements, m]);
  const progress =
    indicator.kind === 'quantitative'
      ? indicatorProgress(
          { baseline: indicator.baseline?.value, target: indicator.target?.value },
          measurements.at(-1)?.value,
        )
      : null;
  return { ...indicator, measurements, progress };
};

type FieldKind = 'text' | 'number' | 'date' | 'url' | 'choice';

/** A field error from the API (or the console's own check), worded for a person. */
function fieldErrorText(error: Pick<FieldError, 'code' | 'params'>, kind: FieldKind): string {
  const params = (error.params ?? {}) as { maximum?: number };
  switch (error.code) {
    case 'too_big':
      if (kind === 'text' || kind === 'url') {
        const max = number(params.maximum ?? 0);
        return msg(str`Use at most ${max} characters.`, {
          id: 'indicators.error.too_long',
          desc: 'Text over its length limit; the number is the limit',
        });
      }
      break;
    case 'http_url':
      return msg('Enter a web address that starts with https://.', { id: 'indicators.error.url' });
    case 'plain_text':
      return msg('Remove the control characters or broken characters from this text.', {
        id: 'indicators.error.plain_text',
      });
    case 'required':
    case 'invalid_type':
    case 'too_small':
    case 'missing_original':
    case 'quantitative_without_number':
      break;
    default:
      if (kind !== 'date' && kind !== 'number')
        return msg('Check this answer.', {
          id: 'indicators.error.generic',
          desc: 'Any other problem with a field',
        });
  }
  switch (kind) {
    case 'number':
      return msg('Enter a number.', { id: 'indicators.error.number' });
    case 'date':
      return msg('Enter a date.', { id: 'indicators.error.date' });
    case 'url':
      return error.code === 'required' || error.code === 'invalid_type'
        ? msg('Enter the address of the source.', { id: 'indicators.error.url_missing' })
        : msg('Enter a web address that starts with https://.', { id: 'indicators.error.url' });
    case 'choice':
      return msg('Choose one.', { id: 'indicators.error.choose' });
    default:
      return msg('Fill in this field.', { id: 'indicators.error.required' });
  }
}

/** The measurement form's field a 422 names (`['source', 'url']` → `sourceUrl`). */
function measurementField(path: (string | number)[], kind: Indicator['kind']): [string, FieldKind] | null {
  const [head, sub] = path.map(String);
  if (head === 'date') return ['date', 'date'];
  if (head === 'value') return ['value', 'number'];
  if (head === 'note') return kind === 'qualitative' ? ['assessment', 'text'] : ['note', 'text'];
  if (head === 'source') return sub === 'url' ? ['sourceUrl', 'url'] : ['sourceTitle', 'text'];
  return null;
}

/** The new-indicator form's field a 422 names (`['target']` for a target without a number → its value). */
function indicatorField(path: (string | number)[], draft: IndicatorDraft): [string, FieldKind] | null {
  const [head, sub] = path.map(String);
  switch (head) {
    case 'kind':
      return ['kind', 'choice'];
    case 'name':
      return ['name', 'text'];
    case 'unit':
      return draft.unit === 'other' ? ['otherUnit', 'text'] : ['unit', 'choice'];
    case 'direction':
      return ['direction', 'choice'];
    case 'externalId':
      return ['externalId', 'text'];
    case 'baseline':
    case 'target': {
      if (sub === 'date') return [`${head}Date`, 'date'];
      const words = draft.kind === 'qualitative';
      return words ? [`${head}Text`, 'text'] : [`${head}Value`, 'number'];
    }
    default:
      return null;
  }
}

/** The names of units in the five languages: loaded once, with the other languages' names. */
let UNIT_NAMES: Readonly<Record<CoreLocale, LocaleNames>> | null = null;
const unitNamesLoaded = import('../../internal/locale-data.js').then((m) => {
  UNIT_NAMES = m.LOCALE_NAMES;
});

/**
 * A commitment's indicators (R9) on its progress page: each with its figures (quantitative:
 * unit, baseline → target, the latest value and the progress toward the target; qualitative:
 * baseline and target in words) and its dated, sourced measurements, with a form to add one;
 * and a form to add an indicator. What is typed in either form is kept in the tab until it is
 * sent (`sessionStorage`, `internal/drafts.ts`).
 *
 * The API's answer to a new measurement is the measurement alone: the progress shown then is
 * the SDK's `indicatorProgress`, the function the API computes it with.
 */
@customElement('lad-indicators-panel')
export class LadIndicatorsPanel extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .indicator {
        border: 1px solid var(--line);
        border-radius: 6px;
        padding: 0.75rem 1rem 0.25rem;
        margin-block: 1rem;
        max-inline-size: 60rem;
      }
      h3 {
        font-size: 1.1rem;
        margin-block: 0 0.5rem;
        overflow-wrap: anywhere;
      }
      .fallback,
      .muted {
        color: var(--muted);
        font-size: 0.85rem;
        font-weight: normal;
      }
      dl {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
        gap: 0.5rem 1.5rem;
        margin-block: 0 0.75rem;
      }
      dt {
        font-weight: 600;
        font-size: 0.9rem;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      progress {
        inline-size: 8rem;
        block-size: 0.9rem;
        vertical-align: middle;
        margin-inline-end: 0.5rem;
        accent-color: var(--accent);
      }
      table {
        margin-block-end: 0.5rem;
      }
      td {
        overflow-wrap: anywhere;
      }
      form {
        max-inline-size: 40rem;
        margin-block: 0.5rem 1rem;
      }
      fieldset {
        border: 1px solid var(--line);
        border-radius: 4px;
        margin: 0 0 1rem;
        padding: 0.5rem 1rem 0.25rem;
        min-inline-size: 0;
      }
      legend {
        font-weight: 600;
        padding-inline: 0.25rem;
      }
      .field input:not([type='radio']),
      .field select {
        inline-size: 100%;
      }
      .pair {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        gap: 0 1rem;
      }
      .choice {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        font-weight: normal;
        margin-block: 0.35rem;
      }
      .choice input {
        min-block-size: auto;
        inline-size: 1.15rem;
        block-size: 1.15rem;
        margin: 0;
      }
      @media (forced-colors: active) {
        progress {
          forced-color-adjust: auto;
        }
      }
    `,
  ];

  @property({ attribute: false }) api!: ConsoleApi;
  /** The commitment, with its indicators (`GET /v1/commitments/{id}`). */
  @property({ attribute: false }) commitment!: CommitmentDetail;

  @state() private indicators: Indicator[] = [];
  @state() private unitNamesReady = UNIT_NAMES !== null;
  /** Indicator id → its measurement form is open. */
  @state() private open: Record<string, boolean> = {};
  @state() private drafts: Record<string, MeasurementDraft> = {};
  @state() private errors: Record<string, Errors> = {};
  @state() private notices: Record<string, Notice> = {};
  @state() private sending: string | null = null;

  @state() private creating = false;
  @state() private newDraft: IndicatorDraft = emptyIndicator();
  @state() private newErrors: Errors = {};
  @state() private newNotice: Notice = null;
  @state() private newSending = false;
  @state() private listNotice: Notice = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.unitNamesReady)
      void unitNamesLoaded.then(() => {
        this.unitNamesReady = true;
      });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('commitment') && this.commitment) {
      const previous = changed.get('commitment') as CommitmentDetail | undefined;
      this.indicators = this.commitment.indicators;
      if (previous?.id !== this.commitment.id) this.restoreDrafts();
    }
  }

  /** The forms left half-typed in this tab open again with their text. */
  private restoreDrafts(): void {
    const drafts: Record<string, MeasurementDraft> = {};
    const open: Record<string, boolean> = {};
    for (const i of this.indicators) {
      const kept = readDraft<Partial<MeasurementDraft>>(measurementKey(i.id));
      if (kept) {
        drafts[i.id] = { ...emptyMeasurement(), ...kept };
        open[i.id] = true;
      }
    }
    this.drafts = drafts;
    this.open = open;
    this.errors = {};
    this.notices = {};
    const kept = readDraft<Partial<IndicatorDraft>>(newIndicatorKey(this.commitment.id));
    this.newDraft = { ...emptyIndicator(), ...(kept ?? {}) };
    this.creating = kept !== null;
    this.newErrors = {};
  }

  // ——— Formatting

  private unitNames(): LocaleNames | undefined {
    return UNIT_NAMES?.[currentLocale()];
  }

  /** "12,000 children", "12 000 timoun": the unit in the console's language where the SDK knows it. */
  private quantity(value: number | null | undefined, unit: string | null): string {
    if (value === null || value === undefined) return '—';
    return formatQuantityIn(value, unit, currentLocale(), this.unitNames());
  }

  private unitLabel(unit: string): string {
    return unitNameIn(unit, 2, currentLocale(), this.unitNames());
  }

  private kindLabel(kind: Indicator['kind']): string {
    return kind === 'quantitative'
      ? msg('Quantitative', {
          id: 'indicators.kind.quantitative',
          desc: 'Kind of indicator: measured by a number',
        })
      : msg('Qualitative', {
          id: 'indicators.kind.qualitative',
          desc: 'Kind of indicator: assessed in words',
        });
  }

  private localized(value: LocalizedText | null | undefined) {
    if (!value) return html`<span class="muted">—</span>`;
    const picked = pickText(value, currentLocale());
    return html`<span lang=${picked.lang}>${picked.text}</span>`;
  }

  /** A baseline or target: the number (or words) and its date. */
  private point(indicator: Indicator, point: IndicatorValue | null) {
    if (!point) return html`<span class="muted">${msg('Not given', { id: 'indicators.not_given' })}</span>`;
    const what =
      indicator.kind === 'quantitative'
        ? this.quantity(point.value, indicator.unit)
        : this.localized(point.text);
    return html`${what}${point.date ? html` <span class="muted">(${dateText(point.date)})</span>` : nothing}`;
  }

  // ——— Measurements

  private toggle(indicator: Indicator, index: number): void {
    const opening = !this.open[indicator.id];
    this.open = { ...this.open, [indicator.id]: opening };
    if (opening) {
      this.drafts = { ...this.drafts, [indicator.id]: this.drafts[indicator.id] ?? emptyMeasurement() };
      this.notices = { ...this.notices, [indicator.id]: null };
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector<HTMLElement>(`#m${index}-form input, #m${index}-form textarea`)
          ?.focus(),
      );
    }
  }

  private editMeasurement(indicator: Indicator, field: keyof MeasurementDraft, value: string): void {
    const draft = { ...(this.drafts[indicator.id] ?? emptyMeasurement()), [field]: value };
    this.drafts = { ...this.drafts, [indicator.id]: draft };
    writeDraft(measurementKey(indicator.id), draft);
  }

  private discardMeasurement(indicator: Indicator, index: number): void {
    clearDraft(measurementKey(indicator.id));
    const { [indicator.id]: _d, ...drafts } = this.drafts;
    this.drafts = drafts;
    this.open = { ...this.open, [indicator.id]: false };
    this.errors = { ...this.errors, [indicator.id]: {} };
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#m${index}-toggle`)?.focus(),
    );
  }

  /** The console's own check before sending: what the API would refuse, said at each field. */
  private checkMeasurement(indicator: Indicator, d: MeasurementDraft): Errors {
    const errors: Errors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date)) errors.date = fieldErrorText({ code: 'required' }, 'date');
    if (indicator.kind === 'quantitative' && parseNumber(d.value) === null)
      errors.value = fieldErrorText({ code: 'required' }, 'number');
    if (indicator.kind === 'qualitative' && !d.assessment.trim())
      errors.assessment = fieldErrorText({ code: 'required' }, 'text');
    if (!d.sourceTitle.trim()) errors.sourceTitle = fieldErrorText({ code: 'required' }, 'text');
    const url = d.sourceUrl.trim();
    if (!url) errors.sourceUrl = fieldErrorText({ code: 'required' }, 'url');
    else if (!isHttpsUrl(url)) errors.sourceUrl = fieldErrorText({ code: 'http_url' }, 'url');
    return errors;
  }

  private measurementInput(indicator: Indicator, d: MeasurementDraft): MeasurementInput {
    const source = { title: d.sourceTitle.trim(), url: d.sourceUrl.trim() };
    if (indicator.kind === 'qualitative') return { date: d.date, note: inLocale(d.assessment), source };
    return {
      date: d.date,
      value: parseNumber(d.value),
      ...(d.note.trim() ? { note: inLocale(d.note) } : {}),
      source,
    };
  }

  private async focusFirstInvalid(formId: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${formId} [aria-invalid="true"]`)?.focus();
  }

  private async sendMeasurement(event: SubmitEvent, indicator: Indicator, index: number): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const d = this.drafts[indicator.id] ?? emptyMeasurement();
    const problems = this.checkMeasurement(indicator, d);
    this.errors = { ...this.errors, [indicator.id]: problems };
    this.notices = { ...this.notices, [indicator.id]: null };
    if (Object.keys(problems).length) {
      await this.focusFirstInvalid(`m${index}-form`);
      return;
    }
    this.sending = indicator.id;
    try {
      const m = await addMeasurement(this.api.transport, indicator.id, this.measurementInput(indicator, d));
      clearDraft(measurementKey(indicator.id));
      this.indicators = this.indicators.map((i) => (i.id === indicator.id ? withMeasurement(i, m) : i));
      const { [indicator.id]: _d, ...drafts } = this.drafts;
      this.drafts = drafts;
      this.open = { ...this.open, [indicator.id]: false };
      this.notices = {
        ...this.notices,
        [indicator.id]: {
          kind: 'ok',
          text: msg('The measurement was added. The public tracker shows it now.', {
            id: 'indicators.measurement_saved',
          }),
        },
      };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#m${index}-toggle`)?.focus();
    } catch (error) {
      await this.measurementFailed(error, indicator, index);
    } finally {
      this.sending = null;
    }
  }

  private async measurementFailed(error: unknown, indicator: Indicator, index: number): Promise<void> {
    if (isLadApiError(error) && error.status === 422 && error.fieldErrors.length) {
      const errors: Errors = {};
      for (const e of error.fieldErrors) {
        const field = measurementField(e.path, indicator.kind);
        if (field && !errors[field[0]]) errors[field[0]] = fieldErrorText(e, field[1]);
      }
      if (Object.keys(errors).length) {
        this.errors = { ...this.errors, [indicator.id]: errors };
        this.notices = { ...this.notices, [indicator.id]: { kind: 'error', text: checkText() } };
        await this.focusFirstInvalid(`m${index}-form`);
        return;
      }
    }
    this.notices = { ...this.notices, [indicator.id]: { kind: 'error', text: errorText(error) } };
  }

  // ——— New indicator

  private toggleNew(): void {
    this.creating = !this.creating;
    this.newNotice = null;
    if (this.creating)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('#new-indicator input:checked')?.focus(),
      );
  }

  private editNew(field: keyof IndicatorDraft, value: string): void {
    this.newDraft = { ...this.newDraft, [field]: value } as IndicatorDraft;
    writeDraft(newIndicatorKey(this.commitment.id), this.newDraft);
  }

  private discardNew(): void {
    clearDraft(newIndicatorKey(this.commitment.id));
    this.newDraft = emptyIndicator();
    this.newErrors = {};
    this.newNotice = null;
    this.creating = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#new-toggle')?.focus());
  }

  private checkNew(d: IndicatorDraft): Errors {
    const errors: Errors = {};
    const required = (field: keyof IndicatorDraft, kind: FieldKind) => {
      const ok = kind === 'number' ? parseNumber(d[field]) !== null : d[field].trim() !== '';
      if (!ok) errors[field] = fieldErrorText({ code: 'required' }, kind);
    };
    required('name', 'text');
    if (d.kind === 'quantitative') {
      if (d.unit === 'other') required('otherUnit', 'text');
      required('baselineValue', 'number');
      required('targetValue', 'number');
    } else {
      required('baselineText', 'text');
      required('targetText', 'text');
    }
    return errors;
  }

  private indicatorInput(d: IndicatorDraft): IndicatorInput {
    const date = (day: string) => (day ? { date: day } : {});
    const common = {
      commitmentId: this.commitment.id,
      ...(d.externalId.trim() ? { externalId: d.externalId.trim() } : {}),
      name: inLocale(d.name),
    };
    if (d.kind === 'qualitative')
      return {
        ...common,
        kind: 'qualitative',
        baseline: { text: inLocale(d.baselineText), ...date(d.baselineDate) },
        target: { text: inLocale(d.targetText), ...date(d.targetDate) },
      };
    const unit = d.unit === 'other' ? d.otherUnit.trim() : d.unit;
    return {
      ...common,
      kind: 'quantitative',
      unit: unit || null,
      direction: d.direction,
      baseline: { value: parseNumber(d.baselineValue), ...date(d.baselineDate) },
      target: { value: parseNumber(d.targetValue), ...date(d.targetDate) },
    };
  }

  private async sendNew(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.newSending) return;
    const d = this.newDraft;
    this.newErrors = this.checkNew(d);
    this.newNotice = null;
    if (Object.keys(this.newErrors).length) {
      await this.focusFirstInvalid('new-indicator');
      return;
    }
    this.newSending = true;
    try {
      const created = await createIndicator(this.api.transport, this.indicatorInput(d));
      clearDraft(newIndicatorKey(this.commitment.id));
      this.indicators = [...this.indicators, created];
      this.newDraft = emptyIndicator();
      this.creating = false;
      this.listNotice = {
        kind: 'ok',
        text: msg('The indicator was added. Record its measurements below its name.', {
          id: 'indicators.created',
        }),
      };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#i${this.indicators.length - 1}-name`)?.focus();
    } catch (error) {
      if (isLadApiError(error) && error.status === 422 && error.fieldErrors.length) {
        const errors: Errors = {};
        for (const e of error.fieldErrors) {
          const field = indicatorField(e.path, d);
          if (field && !errors[field[0]]) errors[field[0]] = fieldErrorText(e, field[1]);
        }
        if (Object.keys(errors).length) {
          this.newErrors = errors;
          this.newNotice = { kind: 'error', text: checkText() };
          await this.focusFirstInvalid('new-indicator');
          return;
        }
      }
      this.newNotice = { kind: 'error', text: errorText(error) };
    } finally {
      this.newSending = false;
    }
  }

  // ——— Rendering

  protected override render() {
    return html`
      <section aria-labelledby="indicators-heading">
        <h2 id="indicators-heading">${msg('Indicators', { id: 'indicators.title' })}</h2>
        ${
          this.indicators.length
            ? nothing
            : html`<p>${msg('This commitment has no indicator yet.', { id: 'indicators.none' })}</p>`
        }
        ${this.renderNotice(this.listNotice)}
        ${this.indicators.map((indicator, index) => this.renderIndicator(indicator, index))}
        <p>
          <button
            id="new-toggle"
            class="secondary"
            aria-expanded=${this.creating ? 'true' : 'false'}
            aria-controls="new-indicator"
            @click=${this.toggleNew}
          >
            ${msg('Add an indicator', { id: 'indicators.add' })}
          </button>
        </p>
        ${this.creating ? this.renderNewForm() : nothing}
      </section>
    `;
  }

  private renderNotice(notice: Notice) {
    if (!notice) return nothing;
    return notice.kind === 'ok'
      ? html`<div class="notice ok" role="status"><p>${notice.text}</p></div>`
      : html`<div class="notice error" role="alert"><p>${notice.text}</p></div>`;
  }

  private renderIndicator(indicator: Indicator, index: number) {
    const name = pickText(indicator.name, currentLocale());
    const quantitative = indicator.kind === 'quantitative';
    const latest = indicator.measurements.at(-1);
    const open = this.open[indicator.id] ?? false;
    return html`<article class="indicator" aria-labelledby="i${index}-name">
      <h3 id="i${index}-name" tabindex="-1">
        <span lang=${name.lang}>${name.text}</span>
        ${
          name.isFallback
            ? html`<span class="fallback">${msg('(not yet in your language)', { id: 'commitments.fallback' })}</span>`
            : nothing
        }
      </h3>
      <dl>
        <div>
          <dt>${msg('Kind', { id: 'indicators.kind' })}</dt>
          <dd>${this.kindLabel(indicator.kind)}</dd>
        </div>
        ${
          quantitative
            ? html`<div>
                <dt>${msg('Unit', { id: 'indicators.unit' })}</dt>
                <dd>${indicator.unit ? this.unitLabel(indicator.unit) : msg('None (a plain number)', { id: 'indicators.unit_none' })}</dd>
              </div>`
            : nothing
        }
        <div>
          <dt>${msg('Baseline', { id: 'indicators.baseline' })}</dt>
          <dd>${this.point(indicator, indicator.baseline)}</dd>
        </div>
        <div>
          <dt>${msg('Target', { id: 'indicators.target' })}</dt>
          <dd>${this.point(indicator, indicator.target)}</dd>
        </div>
        <div>
          <dt>
            ${
              quantitative
                ? msg('Latest value', { id: 'indicators.latest_value' })
                : msg('Latest assessment', { id: 'indicators.latest_assessment' })
            }
          </dt>
          <dd>
            ${
              latest
                ? html`${quantitative ? this.quantity(latest.value, indicator.unit) : this.localized(latest.note)}
                    <span class="muted">(${dateText(latest.date)})</span>`
                : html`<span class="muted">${msg('No measurement yet', { id: 'indicators.no_measurement' })}</span>`
            }
          </dd>
        </div>
        ${quantitative ? this.renderProgress(indicator, index) : nothing}
      </dl>
      ${this.renderMeasurements(indicator, index)} ${this.renderNotice(this.notices[indicator.id] ?? null)}
      <p>
        <button
          id="m${index}-toggle"
          class="secondary"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="m${index}-form"
          aria-describedby="i${index}-name"
          @click=${() => this.toggle(indicator, index)}
        >
          ${msg('Add a measurement', { id: 'indicators.add_measurement' })}
        </button>
      </p>
      ${open ? this.renderMeasurementForm(indicator, index) : nothing}
    </article>`;
  }

  private renderProgress(indicator: Indicator, index: number) {
    const share = indicator.progress;
    const direction =
      indicator.direction === 'decrease'
        ? msg('progress means the value goes down', { id: 'indicators.direction_down_note' })
        : msg('progress means the value goes up', { id: 'indicators.direction_up_note' });
    return html`<div>
      <dt id="i${index}-progress">${msg('Progress toward the target', { id: 'indicators.progress' })}</dt>
      <dd>
        ${
          share === null
            ? html`<span class="muted">—</span>`
            : html`<progress
                  max="100"
                  .value=${Math.round(share * 100)}
                  aria-labelledby="i${index}-progress"
                ></progress
                ><span>${percentText(share)}</span>`
        }
        <br /><span class="muted">${direction}</span>
      </dd>
    </div>`;
  }

  private renderMeasurements(indicator: Indicator, index: number) {
    if (!indicator.measurements.length) return nothing;
    const quantitative = indicator.kind === 'quantitative';
    // Newest first: the one a person checks is the last one recorded.
    const rows = [...indicator.measurements].reverse();
    return html`<div class="table-wrap">
      <table aria-describedby="i${index}-name">
        <caption>
          ${msg('Measurements, newest first', { id: 'indicators.measurements' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Date', { id: 'indicators.date' })}</th>
            <th scope="col">
              ${quantitative ? msg('Value', { id: 'indicators.value' }) : msg('Assessment', { id: 'indicators.assessment' })}
            </th>
            ${quantitative ? html`<th scope="col">${msg('Note', { id: 'indicators.note' })}</th>` : nothing}
            <th scope="col">${msg('Source', { id: 'indicators.source' })}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (m) => html`<tr>
              <td>${dateText(m.date)}</td>
              <td>${quantitative ? this.quantity(m.value, indicator.unit) : this.localized(m.note)}</td>
              ${quantitative ? html`<td>${m.note ? this.localized(m.note) : nothing}</td>` : nothing}
              <td>
                ${
                  m.source && /^https?:\/\//i.test(m.source.url)
                    ? html`<a href=${m.source.url} rel="noopener noreferrer">${m.source.title}</a>${
                        m.source.publisher
                          ? html` <span class="muted">— ${m.source.publisher}</span>`
                          : nothing
                      }`
                    : html`<span class="muted">—</span>`
                }
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** A field's error and the attributes that tie it to its field. */
  private invalid(errors: Errors, key: string, id: string) {
    return {
      invalid: errors[key] ? 'true' : 'false',
      described: errors[key] ? `${id}-error` : undefined,
      message: errors[key] ? html`<p class="field-error" id="${id}-error">${errors[key]}</p>` : nothing,
    };
  }

  private renderMeasurementForm(indicator: Indicator, index: number) {
    const d = this.drafts[indicator.id] ?? emptyMeasurement();
    const errors = this.errors[indicator.id] ?? {};
    const p = `m${index}`;
    const on =
      (field: keyof MeasurementDraft) =>
      (e: Event): void =>
        this.editMeasurement(indicator, field, (e.target as HTMLInputElement).value);
    const date = this.invalid(errors, 'date', `${p}-date`);
    const value = this.invalid(errors, 'value', `${p}-value`);
    const assessment = this.invalid(errors, 'assessment', `${p}-assessment`);
    const note = this.invalid(errors, 'note', `${p}-note`);
    const title = this.invalid(errors, 'sourceTitle', `${p}-source-title`);
    const url = this.invalid(errors, 'sourceUrl', `${p}-source-url`);
    const unit = indicator.unit ? this.unitLabel(indicator.unit) : '';
    const name = pickText(indicator.name, currentLocale()).text;
    return html`<form id="${p}-form" novalidate @submit=${(e: SubmitEvent) => this.sendMeasurement(e, indicator, index)}>
      <fieldset>
        <legend>${msg(str`New measurement of “${name}”`, { id: 'indicators.new_measurement' })}</legend>
        <div class="field">
          <label for="${p}-date">${msg('Date of the measurement', { id: 'indicators.measurement_date' })}</label>
          <input
            id="${p}-date"
            name="date"
            type="date"
            required
            max=${today()}
            .value=${d.date}
            aria-invalid=${date.invalid}
            aria-describedby=${date.described ?? nothing}
            @input=${on('date')}
          />
          ${date.message}
        </div>
        ${
          indicator.kind === 'quantitative'
            ? html`<div class="field">
                  <label for="${p}-value">${msg('Value', { id: 'indicators.value' })}</label>
                  <input
                    id="${p}-value"
                    name="value"
                    type="number"
                    step="any"
                    inputmode="decimal"
                    required
                    .value=${d.value}
                    aria-invalid=${value.invalid}
                    aria-describedby="${p}-value-unit${value.described ? ` ${value.described}` : ''}"
                    @input=${on('value')}
                  />
                  <p class="hint" id="${p}-value-unit">
                    ${
                      unit
                        ? `${withColon(msg('Unit', { id: 'indicators.unit' }))} ${unit}`
                        : msg('A plain number.', { id: 'indicators.value_plain' })
                    }
                  </p>
                  ${value.message}
                </div>
                <div class="field">
                  <label for="${p}-note">${msg('Note (optional)', { id: 'indicators.note_optional' })}</label>
                  <textarea
                    id="${p}-note"
                    name="note"
                    maxlength="20000"
                    .value=${d.note}
                    aria-invalid=${note.invalid}
                    aria-describedby=${note.described ?? nothing}
                    @input=${on('note')}
                  ></textarea>
                  ${note.message}
                </div>`
            : html`<div class="field">
                <label for="${p}-assessment">${msg('Assessment: what was observed', { id: 'indicators.assessment_label' })}</label>
                <textarea
                  id="${p}-assessment"
                  name="assessment"
                  required
                  maxlength="20000"
                  .value=${d.assessment}
                  aria-invalid=${assessment.invalid}
                  aria-describedby=${assessment.described ?? nothing}
                  @input=${on('assessment')}
                ></textarea>
                ${assessment.message}
              </div>`
        }
        <fieldset>
          <legend>${msg('Source', { id: 'indicators.source' })}</legend>
          <div class="field">
            <label for="${p}-source-title">${msg('Title of the source', { id: 'indicators.source_title' })}</label>
            <input
              id="${p}-source-title"
              name="source-title"
              required
              maxlength="300"
              .value=${d.sourceTitle}
              aria-invalid=${title.invalid}
              aria-describedby=${title.described ?? nothing}
              @input=${on('sourceTitle')}
            />
            ${title.message}
          </div>
          <div class="field">
            <label for="${p}-source-url">${msg('Address (https://…)', { id: 'indicators.source_url' })}</label>
            <input
              id="${p}-source-url"
              name="source-url"
              type="url"
              required
              inputmode="url"
              .value=${d.sourceUrl}
              aria-invalid=${url.invalid}
              aria-describedby=${url.described ?? nothing}
              @input=${on('sourceUrl')}
            />
            ${url.message}
          </div>
        </fieldset>
      </fieldset>
      <div class="actions">
        <button type="submit" ?disabled=${this.sending === indicator.id}>
          ${msg('Add the measurement', { id: 'indicators.send_measurement' })}
        </button>
        <button type="button" class="secondary" @click=${() => this.discardMeasurement(indicator, index)}>
          ${msg('Discard', { id: 'indicators.discard' })}
        </button>
      </div>
    </form>`;
  }

  private renderNewForm() {
    const d = this.newDraft;
    const errors = this.newErrors;
    const quantitative = d.kind === 'quantitative';
    const on =
      (field: keyof IndicatorDraft) =>
      (e: Event): void =>
        this.editNew(field, (e.target as HTMLInputElement).value);
    const f = (key: string, id: string) => this.invalid(errors, key, id);
    const name = f('name', 'new-name');
    const unit = f('unit', 'new-unit');
    const otherUnit = f('otherUnit', 'new-other-unit');
    const externalId = f('externalId', 'new-external-id');
    const language = languageName(currentLocale());
    const radio = (field: 'kind' | 'direction', value: string, label: string) =>
      html`<label class="choice"
        ><input
          type="radio"
          name="new-${field}"
          value=${value}
          .checked=${d[field] === value}
          @change=${() => this.editNew(field, value)}
        />${label}</label
      >`;
    const point = (which: 'baseline' | 'target') => {
      const valueKey = quantitative ? `${which}Value` : `${which}Text`;
      const value = f(valueKey, `new-${which}-value`);
      const date = f(`${which}Date`, `new-${which}-date`);
      return html`<fieldset>
        <legend>
          ${
            which === 'baseline'
              ? msg('Baseline', { id: 'indicators.baseline' })
              : msg('Target', { id: 'indicators.target' })
          }
        </legend>
        <div class="pair">
          <div class="field">
            ${
              quantitative
                ? html`<label for="new-${which}-value">${msg('Value', { id: 'indicators.value' })}</label>
                    <input
                      id="new-${which}-value"
                      type="number"
                      step="any"
                      inputmode="decimal"
                      required
                      .value=${which === 'baseline' ? d.baselineValue : d.targetValue}
                      aria-invalid=${value.invalid}
                      aria-describedby=${value.described ?? nothing}
                      @input=${on(valueKey as keyof IndicatorDraft)}
                    />`
                : html`<label for="new-${which}-value"
                      >${
                        which === 'baseline'
                          ? msg('The situation at the start, in words', { id: 'indicators.baseline_text' })
                          : msg('The situation aimed for, in words', { id: 'indicators.target_text' })
                      }</label
                    >
                    <textarea
                      id="new-${which}-value"
                      required
                      maxlength="20000"
                      .value=${which === 'baseline' ? d.baselineText : d.targetText}
                      aria-invalid=${value.invalid}
                      aria-describedby=${value.described ?? nothing}
                      @input=${on(valueKey as keyof IndicatorDraft)}
                    ></textarea>`
            }
            ${value.message}
          </div>
          <div class="field">
            <label for="new-${which}-date"
              >${
                which === 'baseline'
                  ? msg('Measured on (optional)', { id: 'indicators.baseline_date' })
                  : msg('Due by (optional)', { id: 'indicators.target_date' })
              }</label
            >
            <input
              id="new-${which}-date"
              type="date"
              .value=${which === 'baseline' ? d.baselineDate : d.targetDate}
              aria-invalid=${date.invalid}
              aria-describedby=${date.described ?? nothing}
              @input=${on(`${which}Date`)}
            />
            ${date.message}
          </div>
        </div>
      </fieldset>`;
    };
    return html`<form id="new-indicator" novalidate @submit=${this.sendNew}>
      <h3>${msg('New indicator', { id: 'indicators.new_title' })}</h3>
      ${this.renderNotice(this.newNotice)}
      <fieldset>
        <legend>${msg('Kind of indicator', { id: 'indicators.kind_legend' })}</legend>
        ${radio('kind', 'quantitative', msg('Quantitative: a number, with its unit', { id: 'indicators.kind.quantitative_long' }))}
        ${radio('kind', 'qualitative', msg('Qualitative: an assessment in words', { id: 'indicators.kind.qualitative_long' }))}
        ${errors.kind ? html`<p class="field-error">${errors.kind}</p>` : nothing}
      </fieldset>
      <div class="field">
        <label for="new-name">${msg(str`Name (in ${language})`, { id: 'indicators.name', desc: 'The indicator’s name, written in the console’s language' })}</label>
        <input
          id="new-name"
          required
          maxlength="300"
          .value=${d.name}
          aria-invalid=${name.invalid}
          aria-describedby=${name.described ?? nothing}
          @input=${on('name')}
        />
        ${name.message}
      </div>
      ${
        quantitative
          ? html`<div class="field">
                <label for="new-unit">${msg('Unit', { id: 'indicators.unit' })}</label>
                <select
                  id="new-unit"
                  aria-invalid=${unit.invalid}
                  aria-describedby=${unit.described ?? nothing}
                  @change=${on('unit')}
                >
                  <option value="" ?selected=${d.unit === ''}>${msg('None (a plain number)', { id: 'indicators.unit_none' })}</option>
                  ${INDICATOR_UNITS.map(
                    (u) => html`<option value=${u} ?selected=${d.unit === u}>${this.unitLabel(u)}</option>`,
                  )}
                  <option value="other" ?selected=${d.unit === 'other'}>${msg('Other…', { id: 'indicators.unit_other' })}</option>
                </select>
                ${unit.message}
              </div>
              ${
                d.unit === 'other'
                  ? html`<div class="field">
                      <label for="new-other-unit">${msg('Other unit', { id: 'indicators.other_unit' })}</label>
                      <input
                        id="new-other-unit"
                        required
                        maxlength="40"
                        .value=${d.otherUnit}
                        aria-invalid=${otherUnit.invalid}
                        aria-describedby="new-other-unit-hint${otherUnit.described ? ` ${otherUnit.described}` : ''}"
                        @input=${on('otherUnit')}
                      />
                      <p class="hint" id="new-other-unit-hint">
                        ${msg('A currency code (USD), % or a unit as it should be shown, e.g. km.', {
                          id: 'indicators.other_unit_hint',
                        })}
                      </p>
                      ${otherUnit.message}
                    </div>`
                  : nothing
              }
              <fieldset>
                <legend>${msg('Which way is progress?', { id: 'indicators.direction' })}</legend>
                ${radio('direction', 'increase', msg('The value goes up', { id: 'indicators.direction_up' }))}
                ${radio('direction', 'decrease', msg('The value goes down', { id: 'indicators.direction_down' }))}
                ${errors.direction ? html`<p class="field-error">${errors.direction}</p>` : nothing}
              </fieldset>`
          : nothing
      }
      ${point('baseline')} ${point('target')}
      <div class="field">
        <label for="new-external-id"
          >${msg('Code in your own tracking matrix (optional)', { id: 'indicators.external_id' })}</label
        >
        <input
          id="new-external-id"
          maxlength="100"
          .value=${d.externalId}
          aria-invalid=${externalId.invalid}
          aria-describedby=${externalId.described ?? nothing}
          @input=${on('externalId')}
        />
        ${externalId.message}
      </div>
      <div class="actions">
        <button type="submit" ?disabled=${this.newSending}>
          ${msg('Create the indicator', { id: 'indicators.create' })}
        </button>
        <button type="button" class="secondary" @click=${this.discardNew}>
          ${msg('Discard', { id: 'indicators.discard' })}
        </button>
      </div>
    </form>`;
  }
}

/** Said above a form whose fields were refused. */
const checkText = () => msg('Check the highlighted fields.', { id: 'indicators.check' });

declare global {
  interface HTMLElementTagNameMap {
    'lad-indicators-panel': LadIndicatorsPanel;
  }
}
