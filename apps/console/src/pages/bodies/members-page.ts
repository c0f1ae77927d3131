import {
  CORE_LOCALES,
  type CommitteeMember,
  type CommitteeMemberInput,
  type CommitteeRole,
  type ConsentMethod,
  type DetailConsentsInput,
  isLadApiError,
  LIMITS,
  PUBLISHABLE_DETAILS,
  type PublishableDetail,
  type SecretariatSeat,
  SIGNATORIES,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { currentLocale } from '../../internal/locale.js';
import { countryName, errorText, languageName } from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { baseStyles } from '../../internal/styles.js';
import {
  CONSENT_METHODS,
  consentSummary,
  csoSeatText,
  detailLabel,
  methodText,
  roleText,
} from './bodies-text.js';

/** A person on a committee or on the secretariat, as curators see them. */
export type Member = CommitteeMember | SecretariatSeat;

/** What the member form holds. */
export interface MemberForm {
  role: CommitteeRole;
  csoSeat: boolean;
  name: string;
  organization: string;
  email: string;
  phone: string;
  country: string;
  languages: string[];
  /** Whether each detail may be published (its consent box). */
  publish: Record<PublishableDetail, boolean>;
  /** How and when the consents changed in this edit were given or withdrawn. */
  how: ConsentMethod | '';
  on: string;
}

/** The values ticked now, in the order they were stored, the newly ticked after them. */
export const keepOrder = (before: readonly string[], ticked: readonly string[]) => [
  ...before.filter((v) => ticked.includes(v)),
  ...ticked.filter((v) => !before.includes(v)),
];

const today = () => new Date().toISOString().slice(0, 10);

/** The form for a member (or an empty one for a new member). */
export function formOf(m: Member | null): MemberForm {
  return {
    role: m && 'role' in m && typeof m.role === 'string' ? m.role : 'coordinator',
    csoSeat: !!m && 'csoSeat' in m && m.csoSeat,
    name: m?.name ?? '',
    organization: m?.organization ?? '',
    email: m?.email ?? '',
    phone: m?.phone ?? '',
    country: m?.country ?? '',
    languages: m?.languages ?? [],
    publish: Object.fromEntries(PUBLISHABLE_DETAILS.map((d) => [d, m?.consent[d].given ?? false])) as Record<
      PublishableDetail,
      boolean
    >,
    how: '',
    on: today(),
  };
}

/**
 * What to send for a form: the details, and for each consent either the one stored (sent back as
 * it was, so the API keeps when and by whom it was recorded) or — for a box ticked or unticked in
 * this edit — the new one, with the form's how and when.
 */
export function inputOf(form: MemberForm, stored: Member | null): Omit<CommitteeMemberInput, 'role'> {
  const consent: DetailConsentsInput = {};
  for (const d of PUBLISHABLE_DETAILS) {
    const was = stored?.consent[d];
    const ticked = form.publish[d];
    if (was && was.given === ticked) {
      if (was.given || was.how) consent[d] = { given: was.given, how: was.how, on: was.on };
      continue;
    }
    if (!was && !ticked) continue;
    consent[d] = { given: ticked, how: form.how || null, on: form.on || null };
  }
  const text = (v: string) => v.trim() || null;
  return {
    name: form.name.trim(),
    organization: text(form.organization),
    email: text(form.email),
    phone: text(form.phone),
    country: form.country || null,
    languages: form.languages,
    consent,
  };
}

/** Whether a consent box was ticked in this edit (a new consent, which must say how). */
const newlyGiven = (form: MemberForm, stored: Member | null) =>
  PUBLISHABLE_DETAILS.some((d) => form.publish[d] && !stored?.consent[d].given);

/** Countries to choose a person's from: the endorsing countries by name, and the one stored. */
function countryChoices(current: string): string[] {
  const codes = new Set(SIGNATORIES.map((c) => c.code));
  if (current) codes.add(current);
  const locale = currentLocale();
  return [...codes].sort((a, b) => countryName(a).localeCompare(countryName(b), locale));
}

/**
 * What the committee page and the secretariat page share: a list of people, each detail with
 * whether it is published and how its consent was recorded, and one form at a time to add or
 * edit a person (each detail with its consent box; how and when the consents changed now were
 * given) or to remove one. Personal details are never kept in the browser's storage.
 */
export abstract class MembersPage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      .member {
        border: 1px solid var(--line);
        border-radius: 4px;
        padding: 0.75rem 1rem;
        margin-block: 1rem;
      }
      .member h3 {
        margin-block: 0 0.5rem;
        font-size: 1.1rem;
      }
      .member h3:focus {
        outline: none;
      }
      .member h3:focus-visible {
        outline: 3px solid var(--focus);
      }
      .badge {
        display: inline-block;
        font-size: 0.85rem;
        font-weight: 600;
        border: 1px solid var(--line);
        border-radius: 999px;
        padding: 0 0.5rem;
        margin-inline-start: 0.5rem;
      }
      .muted {
        color: var(--muted);
        font-size: 0.9rem;
      }
      .details {
        display: grid;
        grid-template-columns: minmax(12rem, 1fr) minmax(12rem, 1fr);
        gap: 0.5rem 1.5rem;
        align-items: start;
      }
      @media (max-width: 48rem) {
        .details {
          grid-template-columns: 1fr;
        }
      }
      fieldset {
        border: 1px solid var(--line);
        border-radius: 4px;
        padding: 0.75rem;
        margin: 0 0 1rem;
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
        margin-block: 0.25rem;
      }
      .check input {
        min-block-size: auto;
        inline-size: 1.1rem;
        block-size: 1.1rem;
      }
      .row-inline {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
      }
      input[type='text'],
      input[type='email'],
      input[type='tel'] {
        inline-size: 100%;
      }
    `,
  ];

  @state() protected members: Member[] = [];
  /** The member being edited (`id: null`: a new one) and the form. */
  @state() protected editing: { id: string | null; form: MemberForm } | null = null;
  /** The member whose removal awaits confirmation. */
  @state() protected removing: string | null = null;
  @state() protected saving = false;
  @state() protected message: { kind: 'ok' | 'error'; text: string } | null = null;
  @state() protected fieldErrors: Record<string, string> = {};

  /** `committee` (a role per member) or `secretariat` (a CSO seat or not). */
  protected abstract readonly kind: 'committee' | 'secretariat';
  /** Saves a member (`id: null`: adds one); answers the member as saved. */
  protected abstract saveMember(input: MemberForm, id: string | null): Promise<Member>;
  /** Removes a member; answers the members that remain. */
  protected abstract removeMember(id: string): Promise<Member[]>;
  /** "Remove Nadège from this committee? …" */
  protected abstract removeQuestion(name: string): string;

  private stored(id: string | null): Member | null {
    return id ? (this.members.find((m) => m.id === id) ?? null) : null;
  }

  protected renderMembers() {
    return html`
      <div role="alert">
        ${this.message?.kind === 'error' ? html`<div class="notice error"><p>${this.message.text}</p></div>` : nothing}
      </div>
      <div role="status">
        ${this.message?.kind === 'ok' ? html`<div class="notice ok"><p>${this.message.text}</p></div>` : nothing}
      </div>
      <h2 id="members-title" tabindex="-1">${msg('Members', { id: 'bodies.members' })}</h2>
      ${this.members.length ? nothing : html`<p>${msg('No member yet.', { id: 'bodies.no_members' })}</p>`}
      ${this.members.map((m) =>
        this.editing?.id === m.id ? this.renderForm(this.editing.form, m) : this.renderMember(m),
      )}
      ${
        this.editing && this.editing.id === null
          ? this.renderForm(this.editing.form, null)
          : html`<div class="actions">
              <button id="add-member" @click=${() => this.startEditing(null)}>
                ${msg('Add a member', { id: 'bodies.add' })}
              </button>
            </div>`
      }
    `;
  }

  private value(m: Member, d: PublishableDetail): string {
    if (d === 'country') return m.country ? countryName(m.country) : '';
    if (d === 'languages') return m.languages.map(languageName).join(', ');
    return m[d] ?? '';
  }

  private renderMember(m: Member) {
    const badge = 'csoSeat' in m ? (m.csoSeat ? csoSeatText() : '') : roleText(m.role);
    return html`<article class="member" aria-labelledby="h-${m.id}">
      <h3 id="h-${m.id}" tabindex="-1">
        <span dir="auto">${m.name}</span>${badge ? html` <span class="badge">${badge}</span>` : nothing}
      </h3>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="h-${m.id}">
        <table>
          <thead>
            <tr>
              <th scope="col">${msg('Detail', { id: 'bodies.col.detail' })}</th>
              <th scope="col">${msg('Value', { id: 'bodies.col.value' })}</th>
              <th scope="col">${msg('In the public directory', { id: 'bodies.col.public' })}</th>
            </tr>
          </thead>
          <tbody>
            ${PUBLISHABLE_DETAILS.map((d) => {
              const value = this.value(m, d);
              return html`<tr>
                <th scope="row">${detailLabel(d)}</th>
                <td dir="auto">${value || html`<span class="muted">${msg('none', { id: 'bodies.empty', desc: 'No value given for a detail' })}</span>`}</td>
                <td>${consentSummary(m.consent[d])}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${
        this.removing === m.id
          ? html`<div class="notice" role="group" aria-labelledby="q-${m.id}">
              <p id="q-${m.id}">${this.removeQuestion(m.name)}</p>
              <div class="actions">
                <button id="confirm-remove" aria-disabled=${this.saving ? 'true' : 'false'} @click=${() => void this.confirmRemove(m)}>
                  ${msg('Remove', { id: 'bodies.remove_yes' })}
                </button>
                <button class="secondary" id="keep" @click=${() => this.keep(m.id)}>${msg('Keep', { id: 'bodies.remove_no' })}</button>
              </div>
            </div>`
          : html`<div class="actions">
              <button class="secondary" id="edit-${m.id}" @click=${() => this.startEditing(m.id)}>
                ${msg(str`Edit ${m.name}`, { id: 'bodies.edit_member' })}
              </button>
              <button class="secondary" id="remove-${m.id}" @click=${() => this.askRemove(m.id)}>
                ${msg(str`Remove ${m.name}`, { id: 'bodies.remove_member' })}
              </button>
            </div>`
      }
    </article>`;
  }

  private renderForm(form: MemberForm, stored: Member | null) {
    const error = (key: string) =>
      this.fieldErrors[key]
        ? html`<p class="field-error" id="${key}-error">${this.fieldErrors[key]}</p>`
        : nothing;
    const invalid = (key: string) => (this.fieldErrors[key] ? 'true' : 'false');
    const described = (key: string, more = '') =>
      [this.fieldErrors[key] ? `${key}-error` : '', more].filter(Boolean).join(' ') || nothing;
    const title = stored
      ? msg(str`Edit ${stored.name}`, { id: 'bodies.edit_member' })
      : msg('New member', { id: 'bodies.form.new' });
    const publish = (d: PublishableDetail) => html`<label class="check">
        <input
          type="checkbox"
          id="p-${d}"
          name="p-${d}"
          .checked=${form.publish[d]}
          aria-describedby=${stored ? `c-${d}` : nothing}
        />
        <span class="visually-hidden">${detailLabel(d)} — </span>${msg('May be published', { id: 'bodies.form.publish' })}
      </label>
      ${stored ? html`<p class="hint" id="c-${d}">${consentSummary(stored.consent[d])}</p>` : nothing}`;
    const text = (
      d: 'name' | 'organization' | 'email' | 'phone',
      type: string,
      max: number,
    ) => html`<div class="details">
      <div class="field">
        <label for="m-${d}">${detailLabel(d)}</label>
        <input
          id="m-${d}"
          name=${d}
          type=${type}
          maxlength=${max}
          autocomplete="off"
          .value=${form[d]}
          aria-invalid=${invalid(`m-${d}`)}
          aria-describedby=${described(`m-${d}`)}
        />
        ${error(`m-${d}`)}
      </div>
      <div>${publish(d)}</div>
    </div>`;
    return html`<form class="member" aria-labelledby="form-title" @submit=${this.submit} @input=${this.edited} @change=${this.edited} novalidate>
      <h3 id="form-title" tabindex="-1">${title}</h3>
      ${
        this.kind === 'committee'
          ? html`<div class="field">
              <label for="m-role">${msg('Role', { id: 'bodies.form.role' })}</label>
              <select id="m-role" name="role">
                ${(['coordinator', 'cso_representative'] as const).map(
                  (r) => html`<option value=${r} ?selected=${form.role === r}>${roleText(r)}</option>`,
                )}
              </select>
            </div>`
          : html`<label class="check">
              <input type="checkbox" id="m-cso" name="csoSeat" .checked=${form.csoSeat} />
              ${csoSeatText()}
            </label>`
      }
      ${text('name', 'text', LIMITS.name)} ${text('organization', 'text', LIMITS.name)}
      ${text('email', 'email', 254)} ${text('phone', 'tel', 40)}
      <div class="details">
        <div class="field">
          <label for="m-country">${detailLabel('country')}</label>
          <select id="m-country" name="country" aria-invalid=${invalid('m-country')} aria-describedby=${described('m-country')}>
            <option value="" ?selected=${!form.country}>${msg('No country', { id: 'bodies.form.no_country' })}</option>
            ${countryChoices(form.country).map(
              (c) => html`<option value=${c} ?selected=${form.country === c}>${countryName(c)}</option>`,
            )}
          </select>
          ${error('m-country')}
        </div>
        <div>${publish('country')}</div>
      </div>
      <div class="details">
        <fieldset>
          <legend>${detailLabel('languages')}</legend>
          <div class="row-inline">
            ${[...new Set([...CORE_LOCALES, ...form.languages])].map(
              (l) => html`<label class="check">
                <input type="checkbox" name="language" value=${l} .checked=${form.languages.includes(l)} />
                ${languageName(l)}
              </label>`,
            )}
          </div>
        </fieldset>
        <div>${publish('languages')}</div>
      </div>
      <fieldset>
        <legend>${msg('Consent recorded now', { id: 'bodies.form.consent_now' })}</legend>
        <p class="hint" id="consent-help">
          ${msg(
            'For each box ticked or unticked now: how and on which day the person gave or withdrew their consent.',
            {
              id: 'bodies.form.consent_help',
            },
          )}
        </p>
        <div class="row-inline">
          <div class="field">
            <label for="m-how">${msg('How', { id: 'bodies.consent.how' })}</label>
            <select id="m-how" name="how" aria-invalid=${invalid('m-how')} aria-describedby=${described('m-how', 'consent-help')}>
              <option value="" ?selected=${!form.how}>${msg('Choose…', { id: 'bodies.form.choose' })}</option>
              ${CONSENT_METHODS.map((h) => html`<option value=${h} ?selected=${form.how === h}>${methodText(h)}</option>`)}
            </select>
            ${error('m-how')}
          </div>
          <div class="field">
            <label for="m-on">${msg('On', { id: 'bodies.consent.on', desc: 'The day consent was given' })}</label>
            <input id="m-on" name="on" type="date" .value=${form.on} aria-describedby="consent-help" />
          </div>
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" aria-disabled=${this.saving ? 'true' : 'false'}>${msg('Save', { id: 'bodies.form.save' })}</button>
        <button type="button" class="secondary" @click=${this.cancel}>${msg('Cancel', { id: 'bodies.form.cancel' })}</button>
      </div>
    </form>`;
  }

  private async startEditing(id: string | null): Promise<void> {
    this.editing = { id, form: formOf(this.stored(id)) };
    this.removing = null;
    this.fieldErrors = {};
    this.message = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#m-name')?.focus();
  }

  /** Reads the form into {@link editing}. */
  private edited(): void {
    if (!this.editing) return;
    const root = this.renderRoot;
    const value = (name: string) =>
      root.querySelector<HTMLInputElement | HTMLSelectElement>(`form [name="${name}"]`)?.value ?? '';
    const flag = (name: string) =>
      root.querySelector<HTMLInputElement>(`form [name="${name}"]`)?.checked ?? false;
    this.editing = {
      ...this.editing,
      form: {
        role: (value('role') || 'coordinator') as CommitteeRole,
        csoSeat: flag('csoSeat'),
        name: value('name'),
        organization: value('organization'),
        email: value('email'),
        phone: value('phone'),
        country: value('country'),
        languages: keepOrder(
          this.editing.form.languages,
          [...root.querySelectorAll<HTMLInputElement>('form [name="language"]')]
            .filter((i) => i.checked)
            .map((i) => i.value),
        ),
        publish: Object.fromEntries(PUBLISHABLE_DETAILS.map((d) => [d, flag(`p-${d}`)])) as Record<
          PublishableDetail,
          boolean
        >,
        how: value('how') as ConsentMethod | '',
        on: value('on'),
      },
    };
  }

  private async cancel(): Promise<void> {
    const id = this.editing?.id ?? null;
    this.editing = null;
    this.fieldErrors = {};
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(id ? `#edit-${CSS.escape(id)}` : '#add-member')?.focus();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.editing || this.saving) return;
    const { id, form } = this.editing;
    const stored = this.stored(id);
    const errors: Record<string, string> = {};
    if (!form.name.trim())
      errors['m-name'] = msg('Give the person’s name.', { id: 'bodies.form.name_required' });
    if (newlyGiven(form, stored) && !form.how)
      errors['m-how'] = msg('Say how the person gave their consent.', { id: 'bodies.form.how_required' });
    if (Object.keys(errors).length) return this.refused(errors);
    this.saving = true;
    this.message = null;
    try {
      const saved = await this.saveMember(form, id);
      this.members = id ? this.members.map((m) => (m.id === id ? saved : m)) : [...this.members, saved];
      this.editing = null;
      this.fieldErrors = {};
      this.message = {
        kind: 'ok',
        text: msg('Saved. The public directory shows only the details with consent.', { id: 'bodies.saved' }),
      };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#h-${CSS.escape(saved.id)}`)?.focus();
    } catch (error) {
      if (isLadApiError(error) && error.status === 422 && error.fieldErrors.length) {
        const refused: Record<string, string> = {};
        for (const e of error.fieldErrors) {
          const [field, detail, part] = e.path.map(String);
          if (field === 'consent' && part === 'how')
            refused['m-how'] = msg('Say how the person gave their consent.', {
              id: 'bodies.form.how_required',
            });
          else if (field && ['name', 'organization', 'email', 'phone', 'country'].includes(field))
            refused[`m-${field}`] = msg('This was refused: check it.', { id: 'bodies.form.invalid_field' });
          void detail;
        }
        if (Object.keys(refused).length) return this.refused(refused);
      }
      this.message = { kind: 'error', text: errorText(error) };
    } finally {
      this.saving = false;
    }
  }

  private async refused(errors: Record<string, string>): Promise<void> {
    this.fieldErrors = errors;
    this.message = { kind: 'error', text: msg('Check the highlighted fields.', { id: 'bodies.form.check' }) };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus();
  }

  private async askRemove(id: string): Promise<void> {
    this.removing = id;
    this.editing = null;
    this.message = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#keep')?.focus();
  }

  private async keep(id: string): Promise<void> {
    this.removing = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#remove-${CSS.escape(id)}`)?.focus();
  }

  private async confirmRemove(m: Member): Promise<void> {
    if (this.saving) return;
    this.saving = true;
    try {
      this.members = await this.removeMember(m.id);
      this.removing = null;
      this.message = { kind: 'ok', text: msg(str`${m.name} was removed.`, { id: 'bodies.removed' }) };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#members-title')?.focus();
    } catch (error) {
      this.message = { kind: 'error', text: errorText(error) };
    } finally {
      this.saving = false;
    }
  }
}
