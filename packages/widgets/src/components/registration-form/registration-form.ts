import {
  CORE_LOCALES,
  type Event,
  type FieldError,
  getEvent,
  LANGUAGE_ENDONYMS,
  type LadTransport,
  LIMITS,
  RegistrationInput,
  type RegistrationReceipt,
  submitRegistration,
  unansweredCriteria,
  validate,
} from '@lad/sdk';
import { localized, msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { eventFacts } from '../../internal/event-info.js';
import { formStyles } from '../../internal/form/form.styles.js';
import { type FieldSpec, LadFormElement, type Values } from '../../internal/form/form-element.js';
import { optionalText } from '../../internal/form/messages.js';
import { languageMenu } from '../../internal/language-menu.js';
import { currentLocale, needMessages } from '../../internal/locale.js';
import { dayCount, loadingText, offlineText, retryText } from '../../internal/messages.js';
import {
  countryChoices,
  kindLabel,
  ledByLabel,
  levelLabel,
  sharedFields,
} from '../../internal/org-labels.js';
import { Resource } from '../../internal/resource.js';
import { base, titledLayout } from '../../internal/styles.js';
import { date, number, localized as text } from '../../internal/text.js';
import { LadRegistrationSubmitEvent } from './events.js';
import { styles } from './registration-form.styles.js';

needMessages('registration');

const KINDS = ['service_provider', 'research', 'advocacy', 'university', 'community_group', 'other'] as const;
const LED_BY = ['indigenous', 'refugee', 'migrant', 'afro_descendant', 'women', 'none'] as const;
const LEVELS = ['local', 'national', 'regional'] as const;

const str_ = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);

/**
 * A civil-society organisation's application to take part in an event (R2): the event, its
 * published selection criteria and registration window; the organisation, its representative
 * and answers to each criterion, in numbered steps; consent with the retention period. What is
 * typed is kept on the device until the API acknowledges it, and sent exactly once.
 *
 * @tagname lad-registration-form
 * @summary A CSO registration form for one event, with a receipt.
 *
 * @event lad-registration-submit - The application was received. `detail`: `{ eventId, receipt }` (no personal data).
 * @event lad-locale-change - The reader chose another language (all LAD widgets follow).
 *
 * @csspart base - The whole widget.
 * @csspart facts - The event's facts.
 * @csspart criteria - The published selection criteria.
 * @csspart form - The form.
 * @csspart error-summary - The list of problems at the top of the form.
 * @csspart draft-notice - "Draft restored — clear".
 * @csspart submit - The send button.
 * @csspart receipt - The receipt after sending.
 * @csspart language-menu - The language menu.
 */
@localized()
export class LadRegistrationForm extends LadFormElement<RegistrationReceipt> {
  static override styles = [base, titledLayout, formStyles, styles];

  /** The event's id. */
  @property({ reflect: true }) event = '';

  /** Whether the selection report is shown (closed events). */
  @state() private showReport = false;

  private answerIds: string[] = [];

  private readonly data = new Resource(this, {
    args: () => [this.apiBase, this.fetch, this.event] as const,
    transport: () => this.transport,
    enabled: () => !!this.event,
    load: (_args, transport, signal) => getEvent(transport, this.event, { signal }),
  });

  private get ev(): Event | undefined {
    return this.data.value as Event | undefined;
  }

  protected formKey(): string {
    return this.event ? `registration:${this.event}` : '';
  }

  protected emptyValues(): Values {
    return {
      'organization.name': '',
      'organization.country': '',
      'organization.level': '',
      'organization.kinds': [],
      'organization.ledBy': [],
      'organization.website': '',
      'representative.name': '',
      'representative.email': '',
      'representative.role': '',
      'representative.languages': [],
      'representative.needs': '',
      consent: false,
      listPublicly: false,
      joinWaitlist: false,
    };
  }

  private get canWaitlist(): boolean {
    const w = this.ev?.registration;
    return !!w && w.waitlist && w.state === 'full';
  }

  protected fields(): Record<string, FieldSpec> {
    const fields: Record<string, FieldSpec> = {
      'organization.name': sharedFields.organizationName(),
      'organization.country': sharedFields.country(),
      'organization.level': {
        label: () => msg('Level it works at', { id: 'reg.level' }),
        kind: 'single',
        required: true,
      },
      'organization.kinds': {
        label: () => msg('What it does', { id: 'reg.kinds' }),
        kind: 'multiple',
        required: true,
      },
      'organization.ledBy': { label: () => msg('Led by', { id: 'reg.led_by' }), kind: 'multiple' },
      'organization.website': { label: () => msg('Website', { id: 'reg.website' }), kind: 'url' },
      'representative.name': sharedFields.personName(),
      'representative.email': sharedFields.email(),
      'representative.role': {
        label: () => msg('Role in the organisation', { id: 'reg.role' }),
        kind: 'text',
      },
      'representative.languages': {
        label: () => msg('Languages you speak', { id: 'reg.languages' }),
        kind: 'multiple',
      },
      'representative.needs': {
        label: () => msg('Accessibility or interpretation needs', { id: 'reg.needs' }),
        kind: 'text',
      },
    };
    for (const [i, c] of (this.ev?.registration?.criteria ?? []).entries()) {
      fields[`answers.${c.id}`] = {
        label: () =>
          msg(str`Criterion ${number(i + 1)}`, {
            id: 'reg.criterion',
            desc: 'Label of the answer to a numbered selection criterion',
          }),
        kind: c.answer === 'yes_no' ? 'single' : 'text',
        required: c.required,
      };
    }
    fields.consent = sharedFields.consent();
    fields.listPublicly = {
      label: () => msg('List our organisation publicly as a participant.', { id: 'reg.list_publicly' }),
      kind: 'checkbox',
    };
    if (this.canWaitlist)
      fields.joinWaitlist = {
        label: () => msg('Join the waiting list', { id: 'reg.join_waitlist' }),
        kind: 'checkbox',
      };
    return fields;
  }

  protected body(values: Values): Record<string, unknown> {
    const criteria = this.ev?.registration?.criteria ?? [];
    const answers = criteria
      .map((c) => ({ criterionId: c.id, answer: str_(values[`answers.${c.id}`]) }))
      .filter((a) => a.answer);
    this.answerIds = answers.map((a) => a.criterionId);
    const optional = (value: unknown) => str_(value) || undefined;
    return {
      organization: {
        name: str_(values['organization.name']),
        country: str_(values['organization.country']),
        level: str_(values['organization.level']),
        kinds: list(values['organization.kinds']),
        ledBy: list(values['organization.ledBy']),
        website: optional(values['organization.website']),
      },
      representative: {
        name: str_(values['representative.name']),
        email: str_(values['representative.email']),
        role: optional(values['representative.role']),
        languages: list(values['representative.languages']),
        needs: optional(values['representative.needs']),
      },
      answers,
      consent: values.consent === true,
      listPublicly: values.listPublicly === true,
      ...(this.canWaitlist ? { joinWaitlist: values.joinWaitlist === true } : {}),
      locale: currentLocale(),
    };
  }

  protected check(body: Record<string, unknown>): FieldError[] {
    const result = validate(RegistrationInput, body);
    return [
      ...(result.success ? [] : result.errors),
      // The API's rule, from the SDK: a required criterion left unanswered is `required`.
      ...unansweredCriteria(
        this.ev?.registration?.criteria ?? [],
        body.answers as RegistrationInput['answers'],
      ),
    ];
  }

  protected fieldOf(path: readonly (string | number)[]): string {
    const [first, second] = path;
    if (first === 'answers' && second !== undefined)
      return `answers.${typeof second === 'number' ? this.answerIds[second] : second}`;
    if (first === 'organization' || first === 'representative') return `${first}.${second ?? 'name'}`;
    return String(first);
  }

  protected send(transport: LadTransport, body: Record<string, unknown>, key: string, signal: AbortSignal) {
    return submitRegistration(transport, this.event, body as RegistrationInput, {
      idempotencyKey: key,
      signal,
    });
  }

  protected received(receipt: RegistrationReceipt): void {
    this.dispatchEvent(new LadRegistrationSubmitEvent({ eventId: this.event, receipt }));
  }

  private renderWindow(ev: Event) {
    const w = ev.registration;
    if (!w)
      return html`<p class="notice">${msg('This event has no registration for civil society.', { id: 'reg.none' })}</p>`;
    const at = (d: string) => date(d, { dateStyle: 'long', timeStyle: 'short' });
    switch (w.state) {
      case 'not_yet_open':
        return html`<p class="notice window" data-state="not_yet_open">${msg(str`Registration opens on ${at(w.opensAt)}.`, { id: 'reg.opens' })}</p>`;
      case 'open':
        return html`<p class="notice window" data-state="open">${msg(str`Registration is open until ${at(w.closesAt)}.`, { id: 'reg.open_until' })}</p>`;
      case 'full':
        return html`<p class="notice window" data-state="full">${
          w.waitlist
            ? msg('All seats are taken. You can still apply to join the waiting list.', {
                id: 'reg.full_waitlist',
              })
            : msg('All seats are taken; this event has no waiting list.', { id: 'reg.full' })
        }</p>`;
      case 'closed':
        return html`<div class="notice window" data-state="closed">
          ${msg(str`Registration closed on ${at(w.closesAt)}.`, { id: 'reg.closed' })}
          ${
            w.selectionReportPublishedAt
              ? html`<button type="button" class="button" aria-expanded=${this.showReport ? 'true' : 'false'} @click=${this.toggleReport}>
                  ${msg('Selection report', { id: 'reg.report' })}
                </button>`
              : html`${msg('The selection report is not published yet.', { id: 'reg.report_pending' })}`
          }
        </div>
        ${this.showReport ? html`<lad-selection-report event=${ev.id} api-base=${this.apiBase || nothing} .fetch=${this.fetch}></lad-selection-report>` : nothing}`;
    }
  }

  private async toggleReport() {
    if (!this.showReport) await import('../selection-report/lad-selection-report.js');
    this.showReport = !this.showReport;
  }

  private renderCriteria(ev: Event) {
    const w = ev.registration;
    if (!w?.criteria.length) return nothing;
    // The same message as the selection report's: written alike in both, so it is one to translate.
    const version = w.criteriaVersion;
    return html`<section class="criteria" part="criteria" aria-labelledby="criteria-title">
      <h3 id="criteria-title">${msg('Selection criteria', { id: 'reg.criteria' })}</h3>
      <p class="hint">${
        w.criteriaPublishedAt
          ? msg(
              str`Version ${number(version)} of the criteria, published on ${date(w.criteriaPublishedAt, { dateStyle: 'long' })}.`,
              {
                id: 'reg.criteria_version_published',
                desc: 'Under the selection criteria: which version of them applications answer (a new version is made when they change after registration opens), and when it was published',
              },
            )
          : msg(str`Version ${number(version)} of the criteria.`, {
              id: 'reg.criteria_version',
              desc: 'Which version of the selection criteria applications answer (or answered): a change after registration opens makes a new version',
            })
      }</p>
      <ol>
        ${w.criteria.map((c) => html`<li>${text(c.text)}${c.required ? nothing : html` <span class="need">(${optionalText()})</span>`}</li>`)}
      </ol>
    </section>`;
  }

  private renderReceipt(ev: Event, receipt: RegistrationReceipt) {
    const w = ev.registration;
    return html`<section class="receipt" part="receipt" role="status" aria-labelledby="receipt-title">
      <h3 id="receipt-title">${msg('Application received', { id: 'reg.received' })}</h3>
      <p>${msg('Your reference number:', { id: 'reg.reference' })} <span class="reference">${receipt.receipt}</span></p>
      <p>${
        receipt.status === 'waitlisted'
          ? msg('You are on the waiting list. If a seat becomes free, the organisers will write to you.', {
              id: 'reg.next_waitlisted',
            })
          : msg(
              'What happens next: the organisers review every application against the published criteria and write to you by email.',
              {
                id: 'reg.next',
              },
            )
      }</p>
      ${
        w
          ? html`<p>${msg(str`Selection is announced after registration closes on ${date(w.closesAt, { dateStyle: 'long' })}, before the event; an anonymous selection report is then published here.`, { id: 'reg.next_when' })}</p>`
          : nothing
      }
      <button type="button" class="button" @click=${() => this.clearDraft()}>${msg('Register another organisation', { id: 'reg.another' })}</button>
    </section>`;
  }

  private step(n: number, total: number, title: string, content: unknown) {
    return html`<fieldset class="step">
      <legend><span class="step-number">${msg(str`Step ${number(n)} of ${number(total)}:`, { id: 'form.step' })}</span> ${title}</legend>
      ${content}
    </fieldset>`;
  }

  private renderForm(ev: Event) {
    const w = ev.registration;
    if (!w || w.state === 'closed' || w.state === 'not_yet_open' || (w.state === 'full' && !w.waitlist))
      return nothing;
    const choices = (values: readonly string[], label: (v: string) => string) =>
      values.map((value) => ({ value, label: label(value) }));
    const criteria = w.criteria;
    const total = criteria.length ? 4 : 3;
    const yesNo = [
      { value: 'yes', label: msg('Yes', { id: 'form.yes' }) },
      { value: 'no', label: msg('No', { id: 'form.no' }) },
    ];
    return html`<form part="form" novalidate @submit=${this.submit} aria-labelledby="form-title">
      <h3 id="form-title">${msg('Apply to take part', { id: 'reg.apply' })}</h3>
      <p class="hint">${msg('Only your name and email are personal data we require.', { id: 'reg.minimal' })}</p>
      ${this.renderRestored()} ${this.renderSummary()}
      ${this.step(
        1,
        total,
        msg('Your organisation', { id: 'reg.step.organisation' }),
        html`${this.textField('organization.name', { autocomplete: 'organization' })}
        ${this.selectField('organization.country', countryChoices())}
        ${this.choiceField('organization.level', choices(LEVELS, levelLabel))}
        ${this.choiceField('organization.kinds', choices(KINDS, kindLabel), { hint: msg('Choose all that apply.', { id: 'form.all_that_apply' }) })}
        ${this.choiceField('organization.ledBy', choices(LED_BY, ledByLabel), { hint: msg('Choose all that apply.', { id: 'form.all_that_apply' }), exclusive: 'none' })}
        ${this.textField('organization.website', { type: 'url', autocomplete: 'url', hint: 'https://…', inputmode: 'url' })}`,
      )}
      ${this.step(
        2,
        total,
        msg('The person who will take part', { id: 'reg.step.representative' }),
        html`${this.textField('representative.name', { autocomplete: 'name' })}
        ${this.textField('representative.email', { type: 'email', autocomplete: 'email', hint: msg('We write to you here about your application.', { id: 'reg.email_hint' }) })}
        ${this.textField('representative.role', { autocomplete: 'organization-title' })}
        ${this.choiceField(
          'representative.languages',
          CORE_LOCALES.map((l) => ({ value: l, label: LANGUAGE_ENDONYMS[l], lang: l })),
        )}
        ${this.textField('representative.needs', { rows: 3, hint: msg('For example sign language, captions, step-free access, interpretation into Kreyòl.', { id: 'reg.needs_hint' }) })}`,
      )}
      ${
        criteria.length
          ? this.step(
              3,
              total,
              msg('Selection criteria', { id: 'reg.criteria' }),
              criteria.map((c) =>
                c.answer === 'yes_no'
                  ? this.choiceField(`answers.${c.id}`, yesNo, { hint: text(c.text) })
                  : this.textField(`answers.${c.id}`, {
                      rows: 3,
                      hint: text(c.text),
                      maxLength: LIMITS.short,
                      counter: true,
                    }),
              ),
            )
          : nothing
      }
      ${this.step(
        total,
        total,
        msg('Consent and sending', { id: 'reg.step.send' }),
        html`<p class="hint" id="retention">${msg(
          str`The organisers use these data only to select participants for this event and to contact you about it. Personal data are erased ${dayCount(w.retentionDays)} after the event; anonymous counts are kept for the selection report.`,
          { id: 'reg.retention' },
        )}</p>
        ${this.checkboxField('consent')} ${this.checkboxField('listPublicly')}
        ${this.canWaitlist ? this.checkboxField('joinWaitlist') : nothing}
        ${this.renderTrap()}
        ${this.renderSubmission({ waitlist: w.waitlist })}
        ${this.renderSend(msg('Send the application', { id: 'reg.send' }))}`,
      )}
    </form>`;
  }

  protected override render() {
    const ev = this.ev;
    const status = this.data.state;
    const receipt = this.submission.state === 'done' ? this.submission.receipt : undefined;
    return html`<section part="base" class="base" aria-labelledby="title" aria-busy=${ev ? 'false' : 'true'}>
      <div class="toolbar header">
        <h2 id="title">${ev ? text(ev.title) : msg('Registration', { id: 'reg.title' })}</h2>
        ${languageMenu(this)}
      </div>
      ${
        !this.event
          ? html`<p class="notice error">${msg('No event was given (the event attribute).', { id: 'reg.no_event' })}</p>`
          : !ev
            ? status === 'offline' || status === 'error'
              ? // An application saved on this device still says so while the event cannot load.
                html`${this.renderSubmission()}<div class="notice error" role="alert">
                  ${status === 'offline' ? offlineText() : msg('The event could not be loaded.', { id: 'reg.error' })}
                  <button class="button" @click=${() => this.data.retry()}>${retryText()}</button>
                </div>`
              : html`<p class="loading" role="status">${loadingText()}</p><div class="skeleton block" aria-hidden="true"></div>`
            : html`${eventFacts(ev)} ${this.renderWindow(ev)} ${this.renderCriteria(ev)}
              ${receipt ? this.renderReceipt(ev, receipt) : this.renderForm(ev)}`
      }
    </section>`;
  }
}
