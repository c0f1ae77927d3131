import { type FieldError, isLadApiError, type LadTransport } from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { LadElement } from '../base-element.js';
import { needMessages } from '../locale.js';
import { byCount, withColon } from '../messages.js';
import { date, number } from '../text.js';
import { type Draft, DraftStore, newDraft } from './draft.js';
import {
  type FieldKind,
  fieldErrorText,
  optionalText,
  problemText,
  queuedText,
  requiredText,
  sendingText,
  summaryTitle,
} from './messages.js';
import { Submission } from './submission.js';

/** A form's fields as typed, flat: `organization.name` → text, `organization.kinds` → choices. */
export type Values = Record<string, string | string[] | boolean>;

/** What the form knows about one field: its label and how it is answered. */
export interface FieldSpec {
  label: () => string;
  kind: FieldKind;
  required?: boolean;
}

export interface Choice {
  value: string;
  label: string;
  lang?: string;
}

needMessages('form');

const idOf = (name: string) => `f-${name.replace(/[^\w-]/g, '-')}`;

/**
 * What the registration and proposal forms share: a draft kept on the device as the person
 * types (restored on reload, cleared after success), validation by the SDK's schemas on blur
 * and on submit with messages next to the fields and a summary at the top, and a submission
 * sent with the draft's idempotency key until the API acknowledges it — resent by itself when
 * the connection returns, never twice.
 */
export abstract class LadFormElement<R> extends LadElement {
  /** The fields as typed. */
  @state() protected values: Values = {};
  /** True when the fields were restored from a draft on this device. */
  @state() protected restored = false;
  /** Field errors, first per field, in the order of the form. */
  @state() protected errors = new Map<string, FieldError>();
  /** Fields whose errors are shown (left once, or after a send was tried). */
  @state() private shown = new Set<string>();
  /** The error summary at the top, after a send was tried. */
  @state() protected summary = false;

  private draft?: Draft<Values>;
  private store?: DraftStore<Values>;
  private storeKey = '';
  /** The honeypot: people never see it; bots fill it. */
  private trap = '';
  private focusFirstError = false;

  /** The draft's identity: form and target, e.g. `registration:evt-1`; empty if no target. */
  protected abstract formKey(): string;
  /** Fields when nothing was typed. */
  protected abstract emptyValues(): Values;
  /** The body the API takes, built from the fields (without anti-abuse signals). */
  protected abstract body(values: Values): Record<string, unknown>;
  /** Problems with a body: the SDK schema's, and SDK rules that need the target (required criteria). */
  protected abstract check(body: Record<string, unknown>): FieldError[];
  /** The field an error path belongs to. */
  protected abstract fieldOf(path: readonly (string | number)[]): string;
  /** The fields, in the order of the form. */
  protected abstract fields(): Record<string, FieldSpec>;
  /** Sends the body with its key. */
  protected abstract send(
    transport: LadTransport,
    body: Record<string, unknown>,
    key: string,
    signal: AbortSignal,
  ): Promise<R>;
  /** After the API acknowledged: announce it (an event). */
  protected abstract received(receipt: R): void;

  protected readonly submission: Submission<R> = new Submission<R>(this, {
    send: (body, key, signal) => this.send(this.transport, body as Record<string, unknown>, key, signal),
    done: (receipt) => {
      this.store?.clear();
      this.draft = undefined;
      this.restored = false;
      this.received(receipt);
    },
    failed: (error) => {
      // The API released the key: keep it for the next send, with whatever is fixed.
      if (this.draft) {
        this.draft.pending = undefined;
        this.store?.save(this.draft);
      }
      if (isLadApiError(error) && error.fieldErrors.length) this.showErrors(error.fieldErrors);
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const key = this.formKey();
    const storeKey = key ? `lad-draft:${key}@${this.apiBase || location.origin}` : '';
    if (storeKey !== this.storeKey) {
      this.storeKey = storeKey;
      this.openDraft();
    }
  }

  /** Loads the draft for this form and target, or starts one; resumes a send left pending. */
  private openDraft(): void {
    // A send for the previous target stays with that target's draft.
    this.submission.detach();
    this.store = this.storeKey ? new DraftStore<Values>(this.storeKey) : undefined;
    const empty = this.emptyValues();
    const saved = this.store?.load();
    this.draft = saved ?? newDraft(empty);
    this.values = { ...empty, ...this.draft.values };
    this.restored = !!saved && JSON.stringify(this.values) !== JSON.stringify(empty);
    this.errors = new Map();
    this.shown = new Set();
    this.summary = false;
    if (saved?.pending) this.submission.start(saved.pending, saved.key);
  }

  /** Starts over: empty fields, a new draft and key. */
  protected clearDraft(): void {
    if (this.submission.busy) return;
    this.store?.clear();
    this.draft = newDraft(this.emptyValues());
    this.values = { ...this.draft.values };
    this.restored = false;
    this.errors = new Map();
    this.shown = new Set();
    this.summary = false;
    this.submission.reset();
  }

  protected setValue(name: string, value: string | string[] | boolean): void {
    this.values = { ...this.values, [name]: value };
    if (this.draft) {
      this.draft.values = this.values;
      this.store?.save(this.draft);
    }
    // A shown problem disappears as soon as it is fixed.
    if (this.shown.has(name) || this.errors.has(name)) this.validate();
  }

  private validate(): void {
    const found = new Map<string, FieldError>();
    const fields = this.fields();
    // An empty required text is "fill in", whatever else its format would need.
    for (const [name, spec] of Object.entries(fields)) {
      const value = this.values[name];
      if (spec.required && ['text', 'email', 'url'].includes(spec.kind) && !String(value ?? '').trim())
        found.set(name, { path: [name], code: 'required', message: 'Required.' });
    }
    this.errors = this.byField(this.check(this.body(this.values)), found);
  }

  /** The first error of each field, in the order of the form (after those already `found`). */
  private byField(errors: readonly FieldError[], found = new Map<string, FieldError>()) {
    for (const error of errors) {
      const field = this.fieldOf(error.path);
      if (!found.has(field)) found.set(field, error);
    }
    const order = Object.keys(this.fields());
    return new Map([...found].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
  }

  private showErrors(errors: readonly FieldError[]): void {
    const found = this.byField(errors);
    this.errors = found;
    this.shown = new Set([...this.shown, ...found.keys()]);
    this.summary = true;
    this.focusFirstError = true;
  }

  protected blurred(name: string): void {
    if (!this.shown.has(name)) this.shown = new Set([...this.shown, name]);
    this.validate();
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.submission.busy) return;
    this.validate();
    if (this.errors.size) {
      this.showErrors([...this.errors.values()]);
      return;
    }
    this.summary = false;
    const draft = this.draft ?? newDraft(this.values);
    this.draft = draft;
    const body = { ...this.body(this.values), signals: { startedAt: draft.startedAt, trap: this.trap } };
    draft.pending = body;
    this.store?.save(draft);
    this.submission.start(body, draft.key);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusFirstError) {
      this.focusFirstError = false;
      const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.focus();
    }
  }

  /** The error shown for a field, if any. */
  protected errorOf(name: string): string | undefined {
    const error = this.errors.get(name);
    if (!error || !this.shown.has(name)) return undefined;
    return fieldErrorText(error, this.fields()[name]?.kind ?? 'text');
  }

  private focusField(name: string, event: Event): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${idOf(name)}`);
    const input = target?.matches('input, select, textarea')
      ? target
      : target?.querySelector<HTMLElement>('input, select, textarea');
    input?.focus();
  }

  /** The list of problems at the top, with a link to each field. */
  protected renderSummary(): TemplateResult | typeof nothing {
    if (!this.summary || !this.errors.size) return nothing;
    const fields = this.fields();
    return html`<div class="error-summary" part="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h3 id="error-summary-title">${summaryTitle(this.errors.size)}</h3>
      <ul>
        ${[...this.errors.keys()].map(
          (name) => html`<li>
            <a href=${`#${idOf(name)}`} @click=${(e: Event) => this.focusField(name, e)}
              >${withColon(fields[name]?.label() ?? name)} ${fieldErrorText(this.errors.get(name) as FieldError, fields[name]?.kind ?? 'text')}</a
            >
          </li>`,
        )}
      </ul>
    </div>`;
  }

  /** The "draft restored — clear" notice. */
  protected renderRestored(): TemplateResult | typeof nothing {
    if (!this.restored || this.submission.busy || !this.draft) return nothing;
    return html`<div class="notice restored" part="draft-notice">
      ${msg(
        str`Draft restored from ${date(this.draft.savedAt, { dateStyle: 'medium', timeStyle: 'short' })}.`,
        {
          id: 'form.draft.restored',
          desc: 'The fields were filled from what the person typed earlier on this device',
        },
      )}
      <button type="button" class="button" @click=${() => this.clearDraft()}>
        ${msg('Clear the form', { id: 'form.draft.clear' })}
      </button>
    </div>`;
  }

  /** Sending, queued or refused, with what to do. */
  protected renderSubmission(context: { waitlist?: boolean } = {}): TemplateResult | typeof nothing {
    const s = this.submission;
    if (s.state === 'sending') return html`<p class="notice sending" role="status">${sendingText()}</p>`;
    if (s.state === 'queued')
      return html`<div class="notice queued" role="status">
        ${queuedText(navigator.onLine)}
        ${navigator.onLine ? html`<button type="button" class="button" @click=${() => this.submission.retryNow()}>${msg('Try now', { id: 'form.try_now' })}</button>` : nothing}
      </div>`;
    if (s.state === 'failed' && !(isLadApiError(s.error) && s.error.fieldErrors.length))
      return html`<div class="notice error problem" role="alert">
        ${problemText(s.error, context)}
        ${isLadApiError(s.error) && s.error.code === 'idempotency-key-reused' ? html`<button type="button" class="button" @click=${() => this.clearDraft()}>${msg('Start a new form', { id: 'form.start_new' })}</button>` : nothing}
      </div>`;
    return nothing;
  }

  protected renderTrap(): TemplateResult {
    return html`<div class="trap" aria-hidden="true">
      <label for="f-homepage">${msg('Leave this field empty', { id: 'form.trap' })}</label>
      <input id="f-homepage" name="homepage" tabindex="-1" autocomplete="off" .value=${this.trap}
        @input=${(e: Event) => {
          this.trap = (e.target as HTMLInputElement).value;
        }} />
    </div>`;
  }

  private labelFor(spec: FieldSpec) {
    return html`${spec.label()} <span class="need">(${spec.required ? requiredText() : optionalText()})</span>`;
  }

  private describedBy(name: string, hint: unknown, error: string | undefined, more = '') {
    const id = idOf(name);
    return [hint ? `${id}-hint` : '', error ? `${id}-error` : '', more].filter(Boolean).join(' ') || nothing;
  }

  private hintAndError(name: string, hint: unknown, error: string | undefined) {
    const id = idOf(name);
    return html`${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}${
      error
        ? html`<p class="error" id=${`${id}-error`}><span aria-hidden="true">⚠ </span>${error}</p>`
        : nothing
    }`;
  }

  /** A text field: one line, or several with `rows`; with a live character count if `counter`. */
  protected textField(
    name: string,
    options: {
      type?: 'text' | 'email' | 'url';
      autocomplete?: string;
      hint?: unknown;
      rows?: number;
      maxLength?: number;
      counter?: boolean;
      inputmode?: string;
    } = {},
  ): TemplateResult {
    const spec = this.fields()[name] as FieldSpec;
    const id = idOf(name);
    const error = this.errorOf(name);
    const value = String(this.values[name] ?? '');
    const onInput = (e: Event) => this.setValue(name, (e.target as HTMLInputElement).value);
    const count =
      options.counter && options.maxLength ? this.counter(id, value.length, options.maxLength) : nothing;
    const describedBy = this.describedBy(name, options.hint, error, options.counter ? `${id}-count` : '');
    return html`<div class="field-row" ?data-invalid=${!!error}>
      <label for=${id}>${this.labelFor(spec)}</label>
      ${this.hintAndError(name, options.hint, error)}
      ${
        options.rows
          ? html`<textarea id=${id} name=${name} rows=${options.rows} .value=${value}
              ?required=${spec.required} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy}
              @input=${onInput} @blur=${() => this.blurred(name)}></textarea>`
          : html`<input id=${id} name=${name} type=${options.type ?? 'text'} .value=${value}
              autocomplete=${options.autocomplete ?? nothing} inputmode=${options.inputmode ?? nothing}
              ?required=${spec.required} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy}
              @input=${onInput} @blur=${() => this.blurred(name)} />`
      }
      ${count}
    </div>`;
  }

  private counter(id: string, length: number, max: number) {
    const left = max - length;
    const text =
      left >= 0
        ? msg(str`${number(length)} of ${number(max)} characters`, {
            id: 'form.counter',
            desc: 'Live count under a long text',
          })
        : byCount(
            -left,
            () => msg(str`${number(-left)} character too many`, { id: 'form.counter.over.one' }),
            () => msg(str`${number(-left)} characters too many`, { id: 'form.counter.over' }),
          );
    // Read out only near the limit, not at every key.
    return html`<p class="counter" id=${`${id}-count`} ?data-over=${left < 0}
      aria-live=${left < max * 0.1 ? 'polite' : 'off'}>${text}</p>`;
  }

  /** A list to choose one from. */
  protected selectField(
    name: string,
    choices: readonly Choice[],
    options: { hint?: unknown; placeholder?: string } = {},
  ) {
    const spec = this.fields()[name] as FieldSpec;
    const id = idOf(name);
    const error = this.errorOf(name);
    const value = String(this.values[name] ?? '');
    return html`<div class="field-row" ?data-invalid=${!!error}>
      <label for=${id}>${this.labelFor(spec)}</label>
      ${this.hintAndError(name, options.hint, error)}
      <select id=${id} name=${name} ?required=${spec.required} aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${this.describedBy(name, options.hint, error)}
        @change=${(e: Event) => this.setValue(name, (e.target as HTMLSelectElement).value)}
        @blur=${() => this.blurred(name)}>
        <option value="" ?selected=${!value}>${options.placeholder ?? msg('Choose…', { id: 'form.choose' })}</option>
        ${choices.map((c) => html`<option value=${c.value} lang=${c.lang ?? nothing} ?selected=${c.value === value}>${c.label}</option>`)}
      </select>
    </div>`;
  }

  /** Radio buttons (`single`) or checkboxes (`multiple`) in a fieldset; `exclusive` unticks the others. */
  protected choiceField(
    name: string,
    choices: readonly Choice[],
    options: { hint?: unknown; exclusive?: string } = {},
  ) {
    const spec = this.fields()[name] as FieldSpec;
    const id = idOf(name);
    const error = this.errorOf(name);
    const multiple = spec.kind === 'multiple';
    const current = this.values[name];
    const picked = new Set(Array.isArray(current) ? current : current ? [String(current)] : []);
    const change = (value: string, on: boolean) => {
      if (!multiple) return this.setValue(name, value);
      let next = on ? [...picked, value] : [...picked].filter((v) => v !== value);
      if (on && options.exclusive)
        next = value === options.exclusive ? [value] : next.filter((v) => v !== options.exclusive);
      this.setValue(
        name,
        choices.map((c) => c.value).filter((v) => next.includes(v)),
      );
    };
    return html`<fieldset class="field-row choices" id=${id} ?data-invalid=${!!error}
      aria-describedby=${this.describedBy(name, options.hint, error)} @focusout=${(e: FocusEvent) => {
        if (!(e.currentTarget as Element).contains(e.relatedTarget as Node)) this.blurred(name);
      }}>
      <legend>${this.labelFor(spec)}</legend>
      ${this.hintAndError(name, options.hint, error)}
      ${choices.map(
        (c, i) => html`<label class="choice">
          <input type=${multiple ? 'checkbox' : 'radio'} name=${name} value=${c.value}
            .checked=${picked.has(c.value)} aria-invalid=${error && i === 0 ? 'true' : 'false'}
            @change=${(e: Event) => change(c.value, (e.target as HTMLInputElement).checked)} />
          <span lang=${c.lang ?? nothing}>${c.label}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  /** One checkbox (consent, opt-ins). */
  protected checkboxField(name: string, options: { hint?: unknown } = {}) {
    const spec = this.fields()[name] as FieldSpec;
    const id = idOf(name);
    const error = this.errorOf(name);
    return html`<div class="field-row checkbox" ?data-invalid=${!!error}>
      ${this.hintAndError(name, options.hint, error)}
      <label class="choice" for=${id}>
        <input id=${id} type="checkbox" name=${name} .checked=${this.values[name] === true}
          ?required=${spec.required} aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${this.describedBy(name, options.hint, error)}
          @change=${(e: Event) => this.setValue(name, (e.target as HTMLInputElement).checked)}
          @blur=${() => this.blurred(name)} />
        <span>${spec.label()}${spec.required ? html` <span class="need">(${requiredText()})</span>` : nothing}</span>
      </label>
    </div>`;
  }

  /** The send button: never a second submission while one is on its way or queued. */
  protected renderSend(label: string): TemplateResult {
    const busy = this.submission.busy;
    return html`<button type="submit" class="button primary send" part="submit" aria-disabled=${busy ? 'true' : 'false'}>
      ${busy ? sendingText() : label}
    </button>`;
  }
}
