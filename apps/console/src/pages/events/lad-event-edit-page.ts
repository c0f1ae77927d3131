import {
  CORE_LOCALES,
  type Committee,
  cancelEvent,
  createEvent,
  currentEventOf,
  EVENT_KINDS,
  type EventPatch,
  getEventWithVersion,
  isLadApiError,
  LIMITS,
  listCommittees,
  MECHANISMS,
  type Event as Meeting,
  pickText,
  SIGNATORIES,
  updateEventWithVersion,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { clearDraft, readDraft, writeDraft } from '../../internal/drafts.js';
import { currentLocale } from '../../internal/locale.js';
import {
  countryName,
  errorText,
  languageName,
  loadingText,
  mechanismTitle,
  retryText,
  withColon,
} from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { baseStyles } from '../../internal/styles.js';
import { type EventForm, type FormProblem, formOf, inputOf, newCriterionId, newForm } from './event-form.js';
import {
  criteriaHistoryText,
  emailNotice,
  fromLocalInput,
  instantText,
  kindLabel,
  timeZones,
  toLocalInput,
  whenText,
} from './event-words.js';

type Load =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'not-found' }
  | { kind: 'new' }
  /** `etag`: the version shown, sent back as `If-Match` so a save never overwrites one it did not see. */
  | { kind: 'ready'; event: Meeting; etag: string | null };

/** The panel open under the form: moving the meeting or cancelling it, each confirmed. */
type Panel = null | 'reschedule' | 'cancel';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A meeting's editor (`#/events/new`, `#/events/<id>`): kind, title and description in the five
 * languages (the console's language the original of a new one), dates in the meeting's own time
 * zone, place and/or online link, languages and interpretation, its committee, country or
 * regional mechanism, the agenda's freeze date, and the registration window with its seats
 * (participants or observers, R8) and its selection criteria — versioned once registration
 * has opened. Saves with `If-Match`; reschedules and cancels with a confirmation that says
 * everyone who applied will be told by email. What is typed is kept in the tab until saved.
 */
@customElement('lad-event-edit-page')
export class LadEventEditPage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      form {
        max-inline-size: 60rem;
      }
      fieldset {
        border: 1px solid var(--line);
        border-radius: 4px;
        padding: 0.75rem 1rem;
        margin-block: 0 1.25rem;
        min-inline-size: 0;
      }
      legend {
        font-weight: 700;
        padding-inline: 0.25rem;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: 0 1rem;
      }
      .languages {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
        gap: 0 1rem;
      }
      input:not([type='checkbox']):not([type='radio']),
      select {
        inline-size: 100%;
      }
      .check {
        display: flex;
        gap: 0.4rem;
        align-items: center;
        font-weight: 400;
      }
      .check input {
        min-block-size: auto;
        inline-size: 1.1rem;
        block-size: 1.1rem;
      }
      .checks {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1.25rem;
      }
      .criterion {
        display: grid;
        grid-template-columns: minmax(12rem, 3fr) minmax(9rem, 1fr) auto auto;
        gap: 0.5rem 1rem;
        align-items: end;
        border-block-end: 1px solid var(--line);
        padding-block: 0.5rem;
      }
      .criterion .check {
        min-block-size: 2.5rem;
      }
      .version {
        font-weight: 600;
      }
      .cancelled {
        border-color: var(--danger);
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
      section.panel {
        border: 2px solid var(--accent);
        border-radius: 4px;
        padding: 0.75rem 1rem;
        margin-block: 1rem;
      }
      section.panel.danger {
        border-color: var(--danger);
      }
      button.danger {
        background: var(--danger);
        border-color: var(--danger);
      }
      @media (max-width: 48rem) {
        .criterion {
          grid-template-columns: 1fr;
        }
      }
    `,
  ];

  @state() private load: Load = { kind: 'loading' };
  @state() private form: EventForm | null = null;
  @state() private restored = false;
  @state() private saving = false;
  @state() private problems: FormProblem[] = [];
  @state() private message: { kind: 'ok' | 'error'; text: string } | null = null;
  /** Someone else's save, when ours crossed it (412) and changed what the form holds. */
  @state() private conflict: Meeting | null = null;
  @state() private panel: Panel = null;
  @state() private moveTo = { startsAt: '', endsAt: '' };
  @state() private cancelReason = '';
  @state() private committees: Committee[] = [];

  private get eventId(): string | null {
    return this.params[0] ?? null;
  }

  private get draftKey(): string {
    return `event:${this.eventId ?? 'new'}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('params') || changed.has('api') || changed.has('acting')) && this.api) void this.fetch();
  }

  private async fetch(): Promise<void> {
    this.load = { kind: 'loading' };
    const locale = currentLocale();
    try {
      if (!this.committees.length)
        this.committees = (await listCommittees(this.api.transport)).filter(
          (c) => this.acting?.role !== 'committee' || c.actionPackageId === this.acting.scope,
        );
      const draft = readDraft<EventForm>(this.draftKey);
      if (!this.eventId) {
        const fresh = newForm(locale, this.acting, this.committees[0]?.id ?? null);
        this.restored = !!draft && !same(draft, fresh);
        this.form = draft ?? fresh;
        this.load = { kind: 'new' };
        return;
      }
      const { event, etag } = await getEventWithVersion(this.api.transport, this.eventId);
      const stored = formOf(event, locale);
      this.restored = !!draft && !same(draft, stored) && event.status !== 'cancelled';
      this.form = this.restored && draft ? draft : stored;
      if (!this.restored) clearDraft(this.draftKey);
      if (this.query.get('saved') === 'created')
        this.message = {
          kind: 'ok',
          text: msg('The meeting was created. It is in the public calendar now.', { id: 'events.created' }),
        };
      this.load = { kind: 'ready', event, etag };
    } catch (error) {
      this.load =
        isLadApiError(error) && error.status === 404 ? { kind: 'not-found' } : { kind: 'error', error };
    }
  }

  // ——— Rendering ———————————————————————————————————————————————————————————————

  protected override render() {
    const load = this.load;
    const heading = (text: string) => html`<h1 tabindex="-1">${text}</h1>`;
    const newTitle = msg('New meeting', { id: 'events.new' });
    const editTitle = msg('Edit meeting', { id: 'events.edit_title' });
    if (load.kind === 'loading')
      return html`${heading(this.eventId ? editTitle : newTitle)}<p role="status">${loadingText()}</p>`;
    if (load.kind === 'not-found')
      return html`${heading(editTitle)}
        <div class="notice error" role="alert">
          <p>${msg('There is no meeting at this address.', { id: 'events.not_found' })}</p>
        </div>
        ${this.back()}`;
    if (load.kind === 'error')
      return html`${heading(editTitle)}
        <div class="notice error" role="alert">
          <p>${errorText(load.error)}</p>
          <button @click=${() => void this.fetch()}>${retryText()}</button>
        </div>`;
    if (load.kind === 'ready' && load.event.status === 'cancelled') return this.renderCancelled(load.event);
    const form = this.form as EventForm;
    const event = load.kind === 'ready' ? load.event : null;
    const title = event ? pickText(event.title, currentLocale()) : null;
    return html`
      ${this.back()}
      ${title ? html`<h1 tabindex="-1" lang=${title.lang}>${title.text}</h1>` : heading(newTitle)}
      ${
        event
          ? html`<p class="actions">
            <a class="button secondary" href="#/events/${encodeURIComponent(event.id)}/agenda"
              >${msg('Agenda', { id: 'events.col_agenda' })}</a
            >
            <a href=${this.api.transport.url(`events/${encodeURIComponent(event.id)}.ics`)}
              >${msg('Calendar file (.ics)', { id: 'events.ics' })}</a
            >
          </p>`
          : html`<p class="hint">${msg('A meeting is in the public calendar as soon as it is created.', { id: 'events.public_hint' })}</p>`
      }
      ${
        this.restored
          ? html`<div class="notice" role="status">
            <p>${msg('Your unsaved changes to this meeting were kept and are shown below.', { id: 'events.restored' })}</p>
            <button class="secondary" @click=${this.discard}>${msg('Discard my changes', { id: 'edit.discard' })}</button>
          </div>`
          : nothing
      }
      ${this.conflict ? this.renderConflict() : nothing}
      <div role="alert">
        ${this.message?.kind === 'error' ? html`<div class="notice error"><p>${this.message.text}</p></div>` : nothing}
      </div>
      <div role="status">
        ${this.message?.kind === 'ok' ? html`<div class="notice ok" id="saved" tabindex="-1"><p>${this.message.text}</p></div>` : nothing}
      </div>
      <form @submit=${this.save} novalidate>
        ${this.renderWhat(form)} ${this.renderWhen(form, event)} ${this.renderWhere(form)}
        ${this.renderWho(form)} ${this.renderRegistration(form, event)}
        <div class="actions">
          <!-- aria-disabled, not disabled, while saving: a disabled button would drop the focus. -->
          <button type="submit" aria-disabled=${this.saving ? 'true' : 'false'}>
            ${event ? msg('Save', { id: 'edit.save' }) : msg('Create the meeting', { id: 'events.create' })}
          </button>
        </div>
      </form>
      ${event ? this.renderChanges(event) : nothing}
    `;
  }

  private back() {
    return html`<p><a href="#/events">${msg('Back to the meetings', { id: 'events.back' })}</a></p>`;
  }

  private problemText(p: FormProblem): string {
    if (p.startsWith('criterion-'))
      return msg('Write the criterion, or remove it.', { id: 'events.problem.criterion' });
    switch (p) {
      case 'title':
        return msg('Give the meeting a title in at least one language.', { id: 'events.problem.title' });
      case 'when':
        return msg('Give the date and time the meeting starts.', { id: 'events.problem.when' });
      case 'ends':
        return msg('The meeting must end after it starts.', { id: 'events.problem.ends' });
      case 'venue':
        return msg('Name the place where the meeting is held.', { id: 'events.problem.venue' });
      case 'online':
        return msg('Give the online link, starting with https://', { id: 'events.problem.online' });
      case 'topics':
        return msg('The agenda must freeze before the meeting starts.', { id: 'events.problem.topics' });
      case 'window':
        return msg('Registration must close after it opens.', { id: 'events.problem.window' });
      case 'capacity':
        return msg('Seats are a whole number, or empty for no limit.', { id: 'events.problem.capacity' });
      case 'retention':
        return msg('Keep the data between 1 and 3,650 days.', { id: 'events.problem.retention' });
      default:
        return '';
    }
  }

  /** Attributes and the error line of a field that `problem` may be about. */
  private checked(problem: FormProblem) {
    const wrong = this.problems.includes(problem);
    return {
      invalid: wrong ? 'true' : 'false',
      described: wrong ? `${problem}-error` : undefined,
      error: wrong
        ? html`<p class="field-error" id="${problem}-error">${this.problemText(problem)}</p>`
        : nothing,
    };
  }

  private renderWhat(form: EventForm) {
    const t = this.checked('title');
    return html`<fieldset>
      <legend>${msg('The meeting', { id: 'events.section_what' })}</legend>
      <div class="field">
        <label for="kind">${msg('Kind of meeting', { id: 'events.filter_kind' })}</label>
        <select id="kind" @change=${(e: Event) => this.set({ kind: (e.target as HTMLSelectElement).value as EventForm['kind'] })}>
          ${EVENT_KINDS.map((k) => html`<option value=${k} ?selected=${form.kind === k}>${kindLabel(k)}</option>`)}
        </select>
      </div>
      <div class="languages">
        ${CORE_LOCALES.map((l) => {
          const language = languageName(l);
          const original = form.original === l;
          return html`<div class="field">
            <label for="title-${l}"
              >${msg(str`Title in ${language}`, { id: 'edit.title_in' })}${original ? html` ${msg('(original)', { id: 'edit.original' })}` : nothing}</label
            >
            <input
              id="title-${l}"
              lang=${l}
              maxlength=${LIMITS.title}
              .value=${form.title[l]}
              aria-invalid=${original ? t.invalid : 'false'}
              aria-describedby=${(original && t.described) || nothing}
              @input=${(e: Event) => this.set({ title: { ...(this.form ?? form).title, [l]: (e.target as HTMLInputElement).value } })}
            />
            ${original ? t.error : nothing}
            <label for="description-${l}">${msg(str`Description in ${language}`, { id: 'edit.description_in' })}</label>
            <textarea
              id="description-${l}"
              lang=${l}
              rows="4"
              maxlength=${LIMITS.body}
              .value=${form.description[l]}
              @input=${(e: Event) =>
                this.set({
                  description: { ...form.description, [l]: (e.target as HTMLTextAreaElement).value },
                })}
            ></textarea>
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  private renderWhen(form: EventForm, event: Meeting | null) {
    const when = this.checked('when');
    const ends = this.checked('ends');
    const topics = this.checked('topics');
    return html`<fieldset>
      <legend>${msg('When', { id: 'events.section_when' })}</legend>
      <div class="field">
        <label for="zone">${msg('The meeting’s time zone', { id: 'events.zone' })}</label>
        <select id="zone" aria-describedby="zone-hint" @change=${(e: Event) => this.set({ timeZone: (e.target as HTMLSelectElement).value })}>
          ${timeZones().map((z) => html`<option value=${z} ?selected=${form.timeZone === z}>${z}</option>`)}
        </select>
        <p class="hint" id="zone-hint">${msg('Dates and times below are in this time zone.', { id: 'events.zone_hint' })}</p>
      </div>
      ${
        event
          ? html`<p>
            <span class="label">${withColon(msg('Dates', { id: 'events.dates' }))}</span>
            ${whenText(event)}
          </p>`
          : html`<div class="grid">
            <div class="field">
              <label for="starts">${msg('Starts', { id: 'events.starts' })}</label>
              <input id="starts" type="datetime-local" .value=${form.startsAt} aria-invalid=${when.invalid}
                aria-describedby=${when.described ?? nothing}
                @input=${(e: Event) => this.set({ startsAt: (e.target as HTMLInputElement).value })} />
              ${when.error}
            </div>
            <div class="field">
              <label for="ends">${msg('Ends', { id: 'events.ends' })}</label>
              <input id="ends" type="datetime-local" .value=${form.endsAt} aria-invalid=${ends.invalid}
                aria-describedby=${ends.described ?? nothing}
                @input=${(e: Event) => this.set({ endsAt: (e.target as HTMLInputElement).value })} />
              ${ends.error}
            </div>
          </div>`
      }
      <div class="field">
        <label for="topics">${msg('Agenda topics can be proposed until', { id: 'events.topics_until' })}</label>
        <input id="topics" type="datetime-local" .value=${form.topicsCloseAt} aria-invalid=${topics.invalid}
          aria-describedby="topics-hint ${topics.described ?? ''}"
          @input=${(e: Event) => this.set({ topicsCloseAt: (e.target as HTMLInputElement).value })} />
        <p class="hint" id="topics-hint">
          ${msg('The agenda’s freeze date: proposals sent later are refused. Empty: no topic proposals.', { id: 'events.topics_hint' })}
        </p>
        ${topics.error}
      </div>
    </fieldset>`;
  }

  private renderWhere(form: EventForm) {
    const venue = this.checked('venue');
    const online = this.checked('online');
    const formats = [
      ['in_person', msg('In person', { id: 'events.format.in_person' })],
      ['online', msg('Online', { id: 'events.format.online' })],
      ['hybrid', msg('In person and online', { id: 'events.format.hybrid' })],
    ] as const;
    const languageChecks = (field: 'languages' | 'interpretation') =>
      CORE_LOCALES.map(
        (l) => html`<label class="check"
          ><input
            type="checkbox"
            name=${field}
            .checked=${form[field].includes(l)}
            @change=${(e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              this.set({ [field]: on ? [...form[field], l] : form[field].filter((x) => x !== l) });
            }}
          />${languageName(l)}</label
        >`,
      );
    return html`<fieldset>
      <legend>${msg('Where, and in which languages', { id: 'events.section_where' })}</legend>
      <fieldset>
        <legend>${msg('Format', { id: 'events.format' })}</legend>
        <div class="checks">
          ${formats.map(
            ([value, label]) => html`<label class="check"
              ><input type="radio" name="format" value=${value} .checked=${form.format === value}
                @change=${() => this.set({ format: value })} />${label}</label
            >`,
          )}
        </div>
      </fieldset>
      ${
        form.format !== 'online'
          ? html`<div class="grid">
            <div class="field">
              <label for="venue">${msg('Place', { id: 'events.venue' })}</label>
              <input id="venue" maxlength="200" .value=${form.venueName} aria-invalid=${venue.invalid}
                aria-describedby=${venue.described ?? nothing}
                @input=${(e: Event) => this.set({ venueName: (e.target as HTMLInputElement).value })} />
              ${venue.error}
            </div>
            <div class="field">
              <label for="address">${msg('Address', { id: 'events.address' })}</label>
              <input id="address" maxlength="500" .value=${form.venueAddress}
                @input=${(e: Event) => this.set({ venueAddress: (e.target as HTMLInputElement).value })} />
            </div>
            <div class="field">
              <label for="city">${msg('City', { id: 'events.city' })}</label>
              <input id="city" maxlength="200" .value=${form.venueCity}
                @input=${(e: Event) => this.set({ venueCity: (e.target as HTMLInputElement).value })} />
            </div>
            <div class="field">
              <label for="venue-country">${msg('Country', { id: 'filter.country' })}</label>
              <select id="venue-country" @change=${(e: Event) => this.set({ venueCountry: (e.target as HTMLSelectElement).value })}>
                <option value="">—</option>
                ${this.countries().map((c) => html`<option value=${c.code} ?selected=${form.venueCountry === c.code}>${c.name}</option>`)}
              </select>
            </div>
          </div>`
          : nothing
      }
      ${
        form.format !== 'in_person'
          ? html`<div class="field">
            <label for="online">${msg('Online link', { id: 'events.online_link' })}</label>
            <input id="online" type="url" maxlength="2000" placeholder="https://" .value=${form.onlineUrl}
              aria-invalid=${online.invalid} aria-describedby=${online.described ?? nothing}
              @input=${(e: Event) => this.set({ onlineUrl: (e.target as HTMLInputElement).value })} />
            ${online.error}
          </div>`
          : nothing
      }
      <fieldset>
        <legend>${msg('Languages spoken', { id: 'events.languages' })}</legend>
        <div class="checks">${languageChecks('languages')}</div>
      </fieldset>
      <fieldset>
        <legend>${msg('Interpretation into', { id: 'events.interpretation' })}</legend>
        <div class="checks">${languageChecks('interpretation')}</div>
      </fieldset>
    </fieldset>`;
  }

  private countries() {
    const locale = currentLocale();
    return SIGNATORIES.map((c) => ({ code: c.code, name: countryName(c.code) })).sort((a, b) =>
      a.name.localeCompare(b.name, locale),
    );
  }

  /** The committee, country and mechanism: chosen by the secretariat, fixed by the others' scope. */
  private renderWho(form: EventForm) {
    const role = this.acting?.role;
    const locale = currentLocale();
    const committeeName = (id: string) => {
      const c = this.committees.find((x) => x.id === id);
      return c ? pickText(c.name, locale).text : id;
    };
    const fixed = (label: string, value: string) =>
      html`<p><span class="label">${withColon(label)}</span> ${value}</p>`;
    const committeeLabel = msg('Committee', { id: 'events.committee' });
    const countryLabel = msg('Country', { id: 'filter.country' });
    const mechanismLabel = msg('Regional mechanism', { id: 'filter.mechanism' });
    const none = msg('None', {
      id: 'events.none',
      desc: 'Select option: no committee, country or mechanism',
    });
    return html`<fieldset>
      <legend>${msg('Who holds it', { id: 'events.section_who' })}</legend>
      <div class="grid">
        ${
          role === 'secretariat'
            ? html`<div class="field">
              <label for="committee">${committeeLabel}</label>
              <select id="committee" @change=${(e: Event) => this.set({ committeeId: (e.target as HTMLSelectElement).value })}>
                <option value="">${none}</option>
                ${this.committees.map((c) => html`<option value=${c.id} ?selected=${form.committeeId === c.id}>${pickText(c.name, locale).text}</option>`)}
              </select>
            </div>
            <div class="field">
              <label for="country">${countryLabel}</label>
              <select id="country" @change=${(e: Event) => this.set({ country: (e.target as HTMLSelectElement).value })}>
                <option value="">${none}</option>
                ${this.countries().map((c) => html`<option value=${c.code} ?selected=${form.country === c.code}>${c.name}</option>`)}
              </select>
            </div>`
            : html`${form.committeeId ? fixed(committeeLabel, committeeName(form.committeeId)) : nothing}
              ${form.country ? fixed(countryLabel, countryName(form.country)) : nothing}`
        }
        ${
          role === 'mechanism'
            ? fixed(mechanismLabel, mechanismTitle(form.mechanism))
            : html`<div class="field">
              <label for="mechanism">${mechanismLabel}</label>
              <select id="mechanism" @change=${(e: Event) => this.set({ mechanism: (e.target as HTMLSelectElement).value })}>
                <option value="">${none}</option>
                ${MECHANISMS.map((m) => html`<option value=${m.id} ?selected=${form.mechanism === m.id}>${pickText(m.name, locale).text}</option>`)}
              </select>
            </div>`
        }
      </div>
    </fieldset>`;
  }

  private renderRegistration(form: EventForm, event: Meeting | null) {
    const window = this.checked('window');
    const capacity = this.checked('capacity');
    const retention = this.checked('retention');
    const r = event?.registration ?? null;
    const opened = !!r && Date.now() >= Date.parse(r.opensAt);
    const version = r?.criteriaVersion ?? 1;
    const next = version + 1;
    return html`<fieldset>
      <legend>${msg('Registration and selection criteria', { id: 'events.section_registration' })}</legend>
      <label class="check"
        ><input type="checkbox" id="registration" .checked=${form.registration}
          @change=${(e: Event) => this.set({ registration: (e.target as HTMLInputElement).checked })} />${msg(
            'Organisations apply to take part',
            { id: 'events.takes_registration' },
          )}</label
      >
      ${
        form.registration
          ? html`<div class="grid">
            <div class="field">
              <label for="opens">${msg('Registration opens', { id: 'events.opens' })}</label>
              <input id="opens" type="datetime-local" .value=${form.opensAt} aria-invalid=${window.invalid}
                aria-describedby=${window.described ?? nothing}
                @input=${(e: Event) => this.set({ opensAt: (e.target as HTMLInputElement).value })} />
            </div>
            <div class="field">
              <label for="closes">${msg('Registration closes', { id: 'events.closes' })}</label>
              <input id="closes" type="datetime-local" .value=${form.closesAt} aria-invalid=${window.invalid}
                aria-describedby=${window.described ?? nothing}
                @input=${(e: Event) => this.set({ closesAt: (e.target as HTMLInputElement).value })} />
              ${window.error}
            </div>
            <div class="field">
              <label for="capacity">${msg('Seats for civil society', { id: 'events.capacity' })}</label>
              <input id="capacity" inputmode="numeric" .value=${form.capacity} aria-invalid=${capacity.invalid}
                aria-describedby="capacity-hint ${capacity.described ?? ''}"
                @input=${(e: Event) => this.set({ capacity: (e.target as HTMLInputElement).value })} />
              <p class="hint" id="capacity-hint">${msg('Empty: no limit.', { id: 'events.capacity_hint' })}</p>
              ${capacity.error}
            </div>
            <div class="field">
              <label for="retention">${msg('Days the applicants’ data is kept', { id: 'events.retention' })}</label>
              <input id="retention" inputmode="numeric" .value=${form.retentionDays} aria-invalid=${retention.invalid}
                aria-describedby=${retention.described ?? nothing}
                @input=${(e: Event) => this.set({ retentionDays: (e.target as HTMLInputElement).value })} />
              ${retention.error}
            </div>
          </div>
          <fieldset>
            <legend>${msg('Civil-society organisations take part as', { id: 'events.role' })}</legend>
            <div class="checks">
              <label class="check"><input type="radio" name="role" .checked=${form.role === 'participant'}
                @change=${() => this.set({ role: 'participant' })} />${msg('Participants', { id: 'events.role.participant' })}</label>
              <label class="check"><input type="radio" name="role" .checked=${form.role === 'observer'}
                @change=${() => this.set({ role: 'observer' })} />${msg('Observers (observer seats)', { id: 'events.role.observer' })}</label>
            </div>
          </fieldset>
          <label class="check"><input type="checkbox" .checked=${form.waitlist}
            @change=${(e: Event) => this.set({ waitlist: (e.target as HTMLInputElement).checked })} />${msg(
              'A waiting list once the seats are taken',
              { id: 'events.waitlist' },
            )}</label>
          <h2 id="criteria-heading">${msg('Selection criteria', { id: 'events.criteria' })}</h2>
          ${
            r && event
              ? html`<p class="version" id="criteria-version">
                  ${msg(str`Criteria version ${version}`, { id: 'events.criteria_version' })}
                </p>
                <p>
                  <a id="criteria-history" href="#/events/${encodeURIComponent(event.id)}/criteria"
                    >${criteriaHistoryText(version)}</a
                  >
                </p>`
              : nothing
          }
          <p class="hint" id="criteria-hint">
            ${
              opened
                ? msg(
                    str`Registration has opened: saving a change to the criteria publishes version ${next}. Applications already sent keep the version they answered.`,
                    { id: 'events.criteria_opened' },
                  )
                : msg(
                    'Until registration opens, changes correct this version. Once it has opened, a change makes a new version.',
                    {
                      id: 'events.criteria_before',
                    },
                  )
            }
          </p>
          <ol aria-labelledby="criteria-heading">
            ${form.criteria.map((_c, i) => this.renderCriterion(form, i))}
          </ol>
          <button type="button" class="secondary" @click=${this.addCriterion}>${msg('Add a criterion', { id: 'events.add_criterion' })}</button>`
          : nothing
      }
    </fieldset>`;
  }

  private renderCriterion(form: EventForm, i: number): TemplateResult {
    const c = form.criteria[i] as EventForm['criteria'][number];
    const problem = this.checked(`criterion-${i}`);
    const n = i + 1;
    // From the form as it is now, not as last rendered: two changes before a render both count.
    const update = (patch: Partial<EventForm['criteria'][number]>) =>
      this.set({ criteria: (this.form ?? form).criteria.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
    return html`<li class="criterion">
      <div class="field">
        <label for="criterion-${i}">${msg(str`Criterion ${n}`, { id: 'events.criterion' })}</label>
        <input id="criterion-${i}" maxlength="2000" .value=${c.label} aria-invalid=${problem.invalid}
          aria-describedby=${problem.described ?? nothing}
          @input=${(e: Event) => update({ label: (e.target as HTMLInputElement).value })} />
        ${problem.error}
      </div>
      <div class="field">
        <label for="answer-${i}">${msg('Answered', { id: 'events.answer' })}</label>
        <select id="answer-${i}" @change=${(e: Event) => update({ answer: (e.target as HTMLSelectElement).value as 'text' | 'yes_no' })}>
          <option value="text" ?selected=${c.answer === 'text'}>${msg('In words', { id: 'events.answer.text' })}</option>
          <option value="yes_no" ?selected=${c.answer === 'yes_no'}>${msg('Yes or no', { id: 'events.answer.yes_no' })}</option>
        </select>
      </div>
      <label class="check"><input type="checkbox" .checked=${c.required}
        @change=${(e: Event) => update({ required: (e.target as HTMLInputElement).checked })} />${msg('Required', { id: 'events.required' })}</label>
      <button type="button" class="secondary" aria-label=${msg(str`Remove criterion ${n}`, { id: 'events.remove_criterion' })}
        @click=${() => this.removeCriterion(i)}>${msg('Remove', { id: 'events.remove' })}</button>
    </li>`;
  }

  private renderConflict() {
    return html`<div class="notice error" role="alert">
      <p>
        <strong>${msg('Someone else changed this meeting while you were editing it.', { id: 'events.conflict' })}</strong>
        ${msg('Nothing of yours was saved or lost. Keep their version, or save yours over it.', { id: 'events.conflict_help' })}
      </p>
      <div class="actions">
        <button class="secondary" @click=${this.keepTheirs}>${msg('Keep theirs', { id: 'edit.keep_theirs' })}</button>
        <button aria-disabled=${this.saving ? 'true' : 'false'} @click=${this.overwrite}>${msg('Save mine over theirs', { id: 'edit.overwrite' })}</button>
      </div>
    </div>`;
  }

  /** Reschedule and cancel, each in a panel that says who will be told. */
  private renderChanges(event: Meeting) {
    const zone = event.timeZone;
    return html`<h2>${msg('Reschedule or cancel', { id: 'events.changes' })}</h2>
      <div class="actions">
        <button class="secondary" aria-expanded=${this.panel === 'reschedule' ? 'true' : 'false'} aria-controls="panel-reschedule"
          @click=${() => this.openPanel('reschedule')}>${msg('Reschedule…', { id: 'events.reschedule' })}</button>
        <button class="secondary" aria-expanded=${this.panel === 'cancel' ? 'true' : 'false'} aria-controls="panel-cancel"
          @click=${() => this.openPanel('cancel')}>${msg('Cancel the meeting…', { id: 'events.cancel' })}</button>
      </div>
      ${
        this.panel === 'reschedule'
          ? html`<section class="panel" id="panel-reschedule" aria-labelledby="reschedule-heading">
            <h3 id="reschedule-heading" tabindex="-1">${msg('New dates', { id: 'events.new_dates' })}</h3>
            <p>${emailNotice()} ${msg('Subscribed calendars get the new dates.', { id: 'events.calendars_updated' })}</p>
            <p class="hint">${msg(str`Times in ${zone}.`, { id: 'events.times_in' })}</p>
            <div class="grid">
              <div class="field">
                <label for="move-starts">${msg('Starts', { id: 'events.starts' })}</label>
                <input id="move-starts" type="datetime-local" .value=${this.moveTo.startsAt}
                  @input=${(e: Event) => (this.moveTo = { ...this.moveTo, startsAt: (e.target as HTMLInputElement).value })} />
              </div>
              <div class="field">
                <label for="move-ends">${msg('Ends', { id: 'events.ends' })}</label>
                <input id="move-ends" type="datetime-local" .value=${this.moveTo.endsAt}
                  @input=${(e: Event) => (this.moveTo = { ...this.moveTo, endsAt: (e.target as HTMLInputElement).value })} />
              </div>
            </div>
            <div class="actions">
              <button aria-disabled=${this.saving ? 'true' : 'false'} @click=${this.reschedule}>${msg('Move the meeting', { id: 'events.reschedule_confirm' })}</button>
              <button class="secondary" @click=${() => this.openPanel(null)}>${msg('Back', { id: 'events.panel_back' })}</button>
            </div>
          </section>`
          : nothing
      }
      ${
        this.panel === 'cancel'
          ? html`<section class="panel danger" id="panel-cancel" aria-labelledby="cancel-heading">
            <h3 id="cancel-heading" tabindex="-1">${msg('Cancel this meeting?', { id: 'events.cancel_heading' })}</h3>
            <p>
              ${emailNotice()}
              ${msg('The meeting stays in the public calendar, marked cancelled. This cannot be undone.', { id: 'events.cancel_help' })}
            </p>
            <div class="field">
              <label for="cancel-reason">${msg('Reason (sent in the email)', { id: 'events.cancel_reason' })}</label>
              <textarea id="cancel-reason" rows="3" maxlength="2000" .value=${this.cancelReason}
                @input=${(e: Event) => (this.cancelReason = (e.target as HTMLTextAreaElement).value)}></textarea>
            </div>
            <div class="actions">
              <button class="danger" aria-disabled=${this.saving ? 'true' : 'false'} @click=${this.cancel}>${msg('Cancel the meeting', { id: 'events.cancel_confirm' })}</button>
              <button class="secondary" @click=${() => this.openPanel(null)}>${msg('Keep the meeting', { id: 'events.cancel_keep' })}</button>
            </div>
          </section>`
          : nothing
      }
      <p class="hint">${msg(str`Calendar version (iCalendar SEQUENCE) ${event.sequence}.`, { id: 'events.sequence' })}</p>`;
  }

  private renderCancelled(event: Meeting) {
    const title = pickText(event.title, currentLocale());
    return html`${this.back()}
      <h1 tabindex="-1" lang=${title.lang}>${title.text}</h1>
      <div class="notice cancelled" role="status">
        <p>
          <strong>${msg(str`Cancelled on ${instantText(event.cancelledAt ?? event.updatedAt, event.timeZone)}.`, { id: 'events.cancelled_on' })}</strong>
          ${msg('Everyone who applied was told by email.', { id: 'events.cancelled_told' })}
        </p>
        ${event.cancellationReason ? html`<p>${withColon(msg('Reason', { id: 'events.reason' }))} ${event.cancellationReason}</p>` : nothing}
      </div>
      <dl class="facts">
        <dt>${withColon(msg('Kind of meeting', { id: 'events.filter_kind' }))}</dt>
        <dd>${kindLabel(event.kind)}</dd>
        <dt>${withColon(msg('Dates', { id: 'events.dates' }))}</dt>
        <dd>${whenText(event)}</dd>
      </dl>`;
  }

  // ——— Changes ——————————————————————————————————————————————————————————————————

  private set(patch: Partial<EventForm>): void {
    if (!this.form) return;
    this.form = { ...this.form, ...patch };
    writeDraft(this.draftKey, this.form);
    this.message = null;
  }

  private addCriterion = async (): Promise<void> => {
    if (!this.form) return;
    const criteria = [
      ...this.form.criteria,
      { id: newCriterionId(), label: '', answer: 'text' as const, required: true, text: null },
    ];
    this.set({ criteria });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#criterion-${criteria.length - 1}`)?.focus();
  };

  private async removeCriterion(i: number): Promise<void> {
    if (!this.form) return;
    const criteria = this.form.criteria.filter((_, j) => j !== i);
    this.set({ criteria });
    this.problems = this.problems.filter((p) => !p.startsWith('criterion-'));
    await this.updateComplete;
    // The focus goes to what took its place, or to "Add a criterion".
    (
      this.renderRoot.querySelector<HTMLElement>(`#criterion-${Math.min(i, criteria.length - 1)}`) ??
      this.renderRoot.querySelector<HTMLElement>('#criteria-heading ~ button')
    )?.focus();
  }

  private discard = (): void => {
    clearDraft(this.draftKey);
    this.restored = false;
    void this.fetch();
  };

  private async openPanel(panel: Panel): Promise<void> {
    this.panel = panel;
    if (panel === 'reschedule' && this.load.kind === 'ready') {
      const e = this.load.event;
      this.moveTo = {
        startsAt: toLocalInput(e.startsAt, e.timeZone),
        endsAt: toLocalInput(e.endsAt, e.timeZone),
      };
    }
    await this.updateComplete;
    const target = panel
      ? this.renderRoot.querySelector<HTMLElement>(`#${panel}-heading`)
      : this.renderRoot.querySelector<HTMLElement>('button[aria-controls]');
    target?.focus();
  }

  private save = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    await this.send();
  };

  /** The patch of a stored event: every field but the dates (those move with "Reschedule"). */
  private patchOf(input: ReturnType<typeof inputOf>): EventPatch | null {
    if (!('input' in input)) return null;
    const { startsAt: _s, endsAt: _e, ...rest } = input.input;
    return rest;
  }

  /** Whether a save is being sent again after a 412 that changed nothing the form holds. */
  private retried = false;

  private async send(): Promise<void> {
    if (this.saving || !this.form) return;
    const result = inputOf(this.form, currentLocale());
    if ('problems' in result) {
      this.problems = result.problems;
      this.message = { kind: 'error', text: msg('Check the highlighted fields.', { id: 'events.check' }) };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.problems = [];
    this.saving = true;
    this.message = null;
    try {
      if (this.load.kind === 'new') {
        const created = await createEvent(this.api.transport, result.input);
        clearDraft(this.draftKey);
        location.hash = `#/events/${encodeURIComponent(created.id)}?saved=created`;
        return;
      }
      if (this.load.kind !== 'ready') return;
      await this.update_(this.patchOf(result) as EventPatch);
    } catch (error) {
      await this.failed(error);
    } finally {
      this.saving = false;
    }
  }

  /** PATCH with the version shown; the page then shows what was stored. */
  private async update_(patch: EventPatch, okText?: string): Promise<void> {
    if (this.load.kind !== 'ready') return;
    const { etag, event } = this.load;
    // New dates are an explicit, confirmed action on their own: sent without a version.
    const versioned = !okText && etag;
    const saved = await updateEventWithVersion(
      this.api.transport,
      event.id,
      patch,
      versioned ? { ifMatch: etag } : {},
    );
    clearDraft(this.draftKey);
    this.conflict = null;
    this.restored = false;
    this.load = { kind: 'ready', ...saved };
    this.form = formOf(saved.event, currentLocale());
    this.message = {
      kind: 'ok',
      text:
        okText ??
        (saved.event.registration &&
        saved.event.registration.criteriaVersion !== event.registration?.criteriaVersion
          ? msg(str`Saved. The criteria are now version ${saved.event.registration.criteriaVersion}.`, {
              id: 'events.saved_version',
            })
          : msg('Saved. The public calendar shows the changes now.', { id: 'events.saved' })),
    };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#saved')?.focus();
  }

  private async failed(error: unknown): Promise<void> {
    if (isLadApiError(error) && error.status === 412 && this.load.kind === 'ready') {
      const base = this.load.event;
      const current = currentEventOf(error) ?? (await getEventWithVersion(this.api.transport, base.id)).event;
      // Only what the form does not hold changed (seats taken, the registration's state): the
      // save goes on, on the version stored now.
      const locale = currentLocale();
      if (!this.retried && same(formOf(current, locale), formOf(base, locale))) {
        const fresh = await getEventWithVersion(this.api.transport, base.id);
        this.load = { kind: 'ready', ...fresh };
        this.saving = false;
        this.retried = true;
        try {
          await this.send();
        } finally {
          this.retried = false;
        }
        return;
      }
      this.conflict = current;
      return;
    }
    if (isLadApiError(error) && error.status === 422 && error.fieldErrors.length) {
      const problems = new Set<FormProblem>();
      for (const e of error.fieldErrors) {
        const [a, b, c] = e.path.map(String);
        if (a === 'title') problems.add('title');
        else if (a === 'startsAt') problems.add('when');
        else if (a === 'endsAt') problems.add('ends');
        else if (a === 'venue') problems.add('venue');
        else if (a === 'onlineUrl') problems.add('online');
        else if (a === 'topicProposalsCloseAt') problems.add('topics');
        else if (a === 'registration' && b === 'criteria' && c !== undefined)
          problems.add(`criterion-${Number(c)}`);
        else if (a === 'registration' && b === 'capacity') problems.add('capacity');
        else if (a === 'registration' && b === 'retentionDays') problems.add('retention');
        else if (a === 'registration') problems.add('window');
      }
      this.problems = [...problems];
      this.message = {
        kind: 'error',
        text: problems.size
          ? msg('Check the highlighted fields.', { id: 'events.check' })
          : `${msg('The server refused the meeting:', { id: 'events.refused' })} ${error.fieldErrors.map((e) => e.message).join(' ')}`,
      };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.message = { kind: 'error', text: errorText(error) };
  }

  private keepTheirs = async (): Promise<void> => {
    if (this.load.kind !== 'ready') return;
    try {
      const fresh = await getEventWithVersion(this.api.transport, this.load.event.id);
      clearDraft(this.draftKey);
      this.conflict = null;
      this.restored = false;
      this.load = { kind: 'ready', ...fresh };
      this.form = formOf(fresh.event, currentLocale());
    } catch (error) {
      this.message = { kind: 'error', text: errorText(error) };
    }
  };

  private overwrite = async (): Promise<void> => {
    if (this.load.kind !== 'ready' || this.saving) return;
    try {
      const fresh = await getEventWithVersion(this.api.transport, this.load.event.id);
      this.load = { kind: 'ready', ...fresh };
      this.conflict = null;
    } catch (error) {
      this.message = { kind: 'error', text: errorText(error) };
      return;
    }
    await this.send();
  };

  private reschedule = async (): Promise<void> => {
    if (this.load.kind !== 'ready' || this.saving) return;
    const zone = this.load.event.timeZone;
    const startsAt = fromLocalInput(this.moveTo.startsAt, zone);
    const endsAt = fromLocalInput(this.moveTo.endsAt, zone);
    if (!startsAt || !endsAt || endsAt <= startsAt) {
      this.message = {
        kind: 'error',
        text: msg('The meeting must end after it starts.', { id: 'events.problem.ends' }),
      };
      return;
    }
    this.saving = true;
    try {
      this.panel = null;
      await this.update_(
        { startsAt, endsAt },
        msg('The meeting was moved. Everyone who applied is being told by email.', { id: 'events.moved' }),
      );
    } catch (error) {
      this.message = { kind: 'error', text: errorText(error) };
    } finally {
      this.saving = false;
    }
  };

  private cancel = async (): Promise<void> => {
    if (this.load.kind !== 'ready' || this.saving) return;
    this.saving = true;
    try {
      const reason = this.cancelReason.trim();
      const event = await cancelEvent(this.api.transport, this.load.event.id, reason ? { reason } : {});
      clearDraft(this.draftKey);
      this.panel = null;
      this.load = { kind: 'ready', event, etag: null };
      this.message = null;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } catch (error) {
      this.message = { kind: 'error', text: errorText(error) };
    } finally {
      this.saving = false;
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-event-edit-page': LadEventEditPage;
  }
}
