import {
  type AccountRole,
  CORE_LOCALES,
  type CoreLocale,
  formatDate,
  invitePerson,
  isLadApiError,
  listPeople,
  type PendingInvitation,
  type Person,
  removePerson,
  updatePerson,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  copiedText,
  copyField,
  firstScope,
  type RoleDraft,
  roleFields,
  rolePair,
} from '../../internal/access.js';
import { currentLocale } from '../../internal/locale.js';
import {
  errorText,
  languageName,
  loadingText,
  number,
  retryText,
  roleLabel,
} from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { baseStyles } from '../../internal/styles.js';

type Load =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'done'; people: Person[]; invitations: PendingInvitation[] };

interface InviteDraft extends RoleDraft {
  email: string;
  name: string;
  locale: CoreLocale;
}

type Notice = { kind: 'ok' | 'error'; text: string } | null;

const when = (instant: string) =>
  formatDate(instant, currentLocale(), { dateStyle: 'medium', timeStyle: 'short' });

/** What a refusal of a change to people means for a person. */
function refusalText(error: unknown): string {
  if (isLadApiError(error) && error.code === 'last-secretariat')
    return msg(
      'This is the last active member of the secretariat. Invite another one, or let one in again, before suspending or removing this one or taking the role away.',
      { id: 'people.last_secretariat' },
    );
  return errorText(error);
}

/**
 * People (secretariat): everyone with an account in the console — roles, access, last sign-in,
 * passkeys — with an invitation form whose one-time link is shown once to copy, a roles editor,
 * suspending and letting in again, and removing with a confirmation. The invitations not yet
 * accepted are listed below.
 */
@customElement('lad-people-page')
export class LadPeoplePage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      form.invite {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1rem;
        align-items: end;
      }
      form.invite .field {
        min-inline-size: 12rem;
      }
      .once {
        display: grid;
        gap: 0.5rem;
      }
      .once input {
        inline-size: 100%;
        font-family: ui-monospace, monospace;
      }
      td ul {
        margin: 0;
        padding-inline-start: 1.1rem;
      }
      .muted {
        color: var(--muted);
      }
      td.actions-cell {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      button.danger {
        background: var(--danger);
        border-color: var(--danger);
        color: light-dark(#ffffff, #1b1f24);
      }
      .roles-panel {
        background: var(--soft);
      }
      .roles-panel ul {
        list-style: none;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      .roles-panel li {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
      }
      .roles-panel form {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1rem;
        align-items: end;
      }
      dialog {
        max-inline-size: min(36rem, 90vw);
        border: 2px solid var(--line);
        border-radius: 6px;
        padding: 1.25rem;
        color: var(--ink);
        background: light-dark(#ffffff, #15181d);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.45);
      }
      dialog h2 {
        margin-block-start: 0;
      }
    `,
  ];

  @state() private load: Load = { kind: 'loading' };
  @state() private draft: InviteDraft = this.emptyDraft();
  @state() private inviteErrors: Record<string, string> = {};
  @state() private inviting = false;
  /** The link of the invitation just made: shown this once, never stored. */
  @state() private created: { email: string; link: string } | null = null;
  @state() private copied: boolean | null = null;
  @state() private notice: Notice = null;
  /** The person whose roles are open for changing, and the pair about to be added. */
  @state() private editing: { id: string; draft: RoleDraft } | null = null;
  @state() private busy = false;
  /** The person a removal waits to be confirmed for. */
  @state() private removing: Person | null = null;
  private controller: AbortController | null = null;

  private get secretariat(): boolean {
    return this.acting?.role === 'secretariat';
  }

  private emptyDraft(): InviteDraft {
    return { email: '', name: '', role: 'country', scope: firstScope('country'), locale: currentLocale() };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('acting') || changed.has('api')) && this.api && this.secretariat) void this.fetch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  private async fetch(quiet = false): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    if (!quiet || this.load.kind !== 'done') this.load = { kind: 'loading' };
    try {
      const list = await listPeople(this.api.transport, { signal: controller.signal, cache: 'no-cache' });
      if (this.controller !== controller) return;
      this.load = { kind: 'done', people: list.items, invitations: list.invitations };
    } catch (error) {
      if (!controller.signal.aborted) this.load = { kind: 'error', error };
    }
  }

  protected override render() {
    const load = this.load;
    return html`
      <h1 tabindex="-1">${msg('People', { id: 'people.title' })}</h1>
      ${
        !this.secretariat
          ? html`<div class="notice" role="status">
            <p>${msg('Only the technical secretariat manages the people who use the console.', { id: 'people.secretariat_only' })}</p>
          </div>`
          : html`
            <div role="status" aria-live="polite">
              ${this.notice?.kind === 'ok' ? html`<div class="notice ok"><p>${this.notice.text}</p></div>` : nothing}
            </div>
            <div role="alert">
              ${this.notice?.kind === 'error' ? html`<div class="notice error"><p>${this.notice.text}</p></div>` : nothing}
            </div>
            ${this.renderInvite()}
            ${load.kind === 'loading' ? html`<p role="status">${loadingText()}</p>` : nothing}
            ${
              load.kind === 'error'
                ? html`<div class="notice error" role="alert">
                  <p>${errorText(load.error)}</p>
                  <button @click=${() => void this.fetch()}>${retryText()}</button>
                </div>`
                : nothing
            }
            ${load.kind === 'done' ? this.renderPeople(load.people) : nothing}
            ${load.kind === 'done' ? this.renderInvitations(load.invitations) : nothing}
            ${this.renderRemoveDialog()}
          `
      }
    `;
  }

  // ——— Inviting

  private renderInvite() {
    const d = this.draft;
    const e = this.inviteErrors;
    const field = (id: string, label: string, input: unknown, hint?: string) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        ${input}
        ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
        ${e[id] ? html`<p class="field-error" id="${id}-error">${e[id]}</p>` : nothing}
      </div>`;
    const described = (id: string, hint = false) =>
      [hint ? `${id}-hint` : '', e[id] ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
    return html`<section aria-labelledby="invite-heading">
      <h2 id="invite-heading">${msg('Invite a person', { id: 'people.invite_heading' })}</h2>
      <form id="invite" class="invite" novalidate @submit=${this.invite}>
        ${field(
          'invite-email',
          msg('Email', { id: 'people.email' }),
          html`<input
            id="invite-email"
            type="email"
            autocomplete="off"
            maxlength="254"
            required
            aria-invalid=${e['invite-email'] ? 'true' : 'false'}
            aria-describedby=${described('invite-email')}
            .value=${d.email}
            @input=${(ev: Event) => {
              this.draft = { ...this.draft, email: (ev.target as HTMLInputElement).value };
            }}
          />`,
        )}
        ${field(
          'invite-name',
          msg('Name (optional)', { id: 'people.name' }),
          html`<input
            id="invite-name"
            autocomplete="off"
            maxlength="200"
            aria-describedby=${described('invite-name', true)}
            aria-invalid=${e['invite-name'] ? 'true' : 'false'}
            .value=${d.name}
            @input=${(ev: Event) => {
              this.draft = { ...this.draft, name: (ev.target as HTMLInputElement).value };
            }}
          />`,
          msg('Offered in their form; they can change it.', { id: 'people.name_hint' }),
        )}
        ${roleFields(
          'invite',
          d,
          (pair) => {
            this.draft = { ...this.draft, ...pair };
          },
          e['invite-scope'],
        )}
        ${field(
          'invite-locale',
          msg('Language of their console', { id: 'people.locale' }),
          html`<select
            id="invite-locale"
            @change=${(ev: Event) => {
              this.draft = { ...this.draft, locale: (ev.target as HTMLSelectElement).value as CoreLocale };
            }}
          >
            ${CORE_LOCALES.map(
              (l) => html`<option value=${l} ?selected=${l === d.locale}>${languageName(l)}</option>`,
            )}
          </select>`,
        )}
        <div class="field">
          <button type="submit" ?disabled=${this.inviting}>
            ${msg('Create the invitation link', { id: 'people.invite' })}
          </button>
        </div>
      </form>
      ${this.created ? this.renderCreated(this.created) : nothing}
    </section>`;
  }

  private renderCreated(created: { email: string; link: string }) {
    return html`<div class="notice ok once" id="created">
      <h3 tabindex="-1" id="created-heading">${msg('The invitation link is ready', { id: 'people.created_heading' })}</h3>
      <p>
        ${msg(
          str`Send this link to ${created.email} alone. It works once, for 72 hours, and it will not be shown again.`,
          { id: 'people.created_text', desc: 'After inviting; the placeholder is the email address invited' },
        )}
      </p>
      <label for="created-link">${msg('Invitation link', { id: 'people.link' })}</label>
      <input id="created-link" readonly .value=${created.link} />
      <div class="actions">
        <button type="button" @click=${this.copyLink}>${msg('Copy the link', { id: 'people.copy_link' })}</button>
        <span role="status">${this.copied === null ? nothing : copiedText(this.copied)}</span>
      </div>
    </div>`;
  }

  private async copyLink(): Promise<void> {
    const field = this.renderRoot.querySelector<HTMLInputElement>('#created-link');
    if (field) this.copied = await copyField(field);
  }

  private async invite(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.inviting) return;
    const d = this.draft;
    const errors: Record<string, string> = {};
    const email = d.email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      errors['invite-email'] = msg('Enter an email address, such as name@example.org.', {
        id: 'people.error_email',
      });
    this.inviteErrors = errors;
    this.notice = null;
    if (Object.keys(errors).length) return this.focusInvalid();
    this.inviting = true;
    this.created = null;
    this.copied = null;
    try {
      const made = await invitePerson(this.api.transport, {
        email,
        ...rolePair(d),
        ...(d.name.trim() ? { name: d.name.trim() } : {}),
        locale: d.locale,
      });
      this.created = { email: made.invitation.email, link: made.link };
      this.draft = { ...this.emptyDraft(), role: d.role, scope: d.scope, locale: d.locale };
      void this.fetch(true);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#created-heading')?.focus();
    } catch (error) {
      if (isLadApiError(error) && error.status === 422 && error.fieldErrors.length) {
        const found: Record<string, string> = {};
        for (const f of error.fieldErrors) {
          const head = String(f.path[0]);
          if (head === 'email')
            found['invite-email'] = msg('Enter an email address, such as name@example.org.', {
              id: 'people.error_email',
            });
          else if (head === 'scope')
            found['invite-scope'] = msg('Choose one from the list.', { id: 'people.error_scope' });
          else if (head === 'name')
            found['invite-name'] = msg('Use plain text, at most 200 characters.', {
              id: 'people.error_name',
            });
        }
        if (Object.keys(found).length) {
          this.inviteErrors = found;
          return this.focusInvalid();
        }
      }
      this.notice = {
        kind: 'error',
        text:
          isLadApiError(error) && error.status === 409
            ? msg('This person is suspended. Let them in again in the list below instead of inviting them.', {
                id: 'people.invite_suspended',
              })
            : errorText(error),
      };
    } finally {
      this.inviting = false;
    }
  }

  private async focusInvalid(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#invite [aria-invalid="true"]')?.focus();
  }

  // ——— The list

  private renderPeople(people: Person[]) {
    return html`<section aria-labelledby="people-heading">
      <h2 id="people-heading">${msg('People with an account', { id: 'people.list_heading' })}</h2>
      <p>${msg(str`People: ${number(people.length)}`, { id: 'people.count', desc: 'A label and a count' })}</p>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">${msg('People with an account', { id: 'people.list_heading' })}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Person', { id: 'people.col_person' })}</th>
              <th scope="col">${msg('Roles', { id: 'people.col_roles' })}</th>
              <th scope="col">${msg('Access', { id: 'people.col_access' })}</th>
              <th scope="col">${msg('Last sign-in', { id: 'people.col_last' })}</th>
              <th scope="col">${msg('Passkeys', { id: 'people.col_passkeys' })}</th>
              <th scope="col">${msg('Actions', { id: 'people.col_actions' })}</th>
            </tr>
          </thead>
          <tbody>
            ${people.map((p) => this.renderPerson(p))}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderPerson(p: Person) {
    const you = p.id === this.account?.id;
    const editing = this.editing?.id === p.id;
    const suspended = p.status === 'suspended';
    const whose = html`<span class="visually-hidden">— ${p.name}</span>`;
    return html`<tr data-person=${p.id}>
        <th scope="row">
          ${p.name}${you ? html` <span class="muted">${msg('(you)', { id: 'people.you' })}</span>` : nothing}<br /><span
            class="muted"
            >${p.email}</span
          >
        </th>
        <td>
          ${
            p.roles.length
              ? html`<ul>
                ${p.roles.map((r) => html`<li>${roleLabel(r)}</li>`)}
              </ul>`
              : html`<span class="muted">${msg('No role', { id: 'people.no_role' })}</span>`
          }
        </td>
        <td>
          ${
            suspended && p.suspendedAt
              ? msg(str`Suspended since ${when(p.suspendedAt)}`, { id: 'people.suspended_since' })
              : msg('Active', { id: 'people.active', desc: 'A person who can sign in' })
          }
        </td>
        <td>${p.lastSignInAt ? html`<time datetime=${p.lastSignInAt}>${when(p.lastSignInAt)}</time>` : msg('Never', { id: 'people.never' })}</td>
        <td>${number(p.passkeys)}</td>
        <td class="actions-cell">
          <button
            type="button"
            class="secondary"
            id="roles-${p.id}"
            aria-expanded=${editing ? 'true' : 'false'}
            ?disabled=${this.busy}
            @click=${() => this.toggleRoles(p)}
          >
            ${msg('Change roles', { id: 'people.change_roles' })}${whose}
          </button>
          <button
            type="button"
            class="secondary"
            id="access-${p.id}"
            ?disabled=${this.busy}
            @click=${() => void this.setSuspended(p, !suspended)}
          >
            ${suspended ? msg('Let in again', { id: 'people.unsuspend' }) : msg('Suspend', { id: 'people.suspend' })}${whose}
          </button>
          <button type="button" class="danger" ?disabled=${this.busy} @click=${() => this.askRemove(p)}>
            ${msg('Remove', { id: 'people.remove' })}${whose}
          </button>
        </td>
      </tr>
      ${editing && this.editing ? this.renderRolesPanel(p, this.editing.draft) : nothing}`;
  }

  private renderRolesPanel(p: Person, draft: RoleDraft) {
    return html`<tr class="roles-panel">
      <td colspan="6">
        <h3 id="roles-heading" tabindex="-1">${msg(str`Roles of ${p.name}`, { id: 'people.roles_of' })}</h3>
        <ul>
          ${p.roles.map(
            (r) =>
              html`<li>
                <span>${roleLabel(r)}</span>
                <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => void this.removeRole(p, r)}>
                  ${msg('Take this role away', { id: 'people.remove_role' })}<span class="visually-hidden"
                    >— ${roleLabel(r)}</span
                  >
                </button>
              </li>`,
          )}
        </ul>
        <form
          @submit=${(e: SubmitEvent) => {
            e.preventDefault();
            void this.addRole(p, draft);
          }}
        >
          ${roleFields(`add-${p.id}`, draft, (pair) => {
            this.editing = { id: p.id, draft: pair };
          })}
          <div class="field">
            <button type="submit" ?disabled=${this.busy}>${msg('Add this role', { id: 'people.add_role' })}</button>
          </div>
          <div class="field">
            <button type="button" class="secondary" @click=${() => this.toggleRoles(p)}>
              ${msg('Done', { id: 'people.done' })}
            </button>
          </div>
        </form>
      </td>
    </tr>`;
  }

  private async toggleRoles(p: Person): Promise<void> {
    const opening = this.editing?.id !== p.id;
    this.editing = opening
      ? { id: p.id, draft: { role: 'mechanism', scope: firstScope('mechanism') } }
      : null;
    await this.updateComplete;
    if (opening) this.renderRoot.querySelector<HTMLElement>('#roles-heading')?.focus();
    else this.renderRoot.querySelector<HTMLElement>(`#roles-${CSS.escape(p.id)}`)?.focus();
  }

  /** Sends a change, shows what it did (or why not), and reads the list again. */
  private async change(work: () => Promise<unknown>, done: string, focus?: string): Promise<void> {
    this.busy = true;
    this.notice = null;
    try {
      await work();
      this.notice = { kind: 'ok', text: done };
      await this.fetch(true);
    } catch (error) {
      this.notice = { kind: 'error', text: refusalText(error) };
    } finally {
      this.busy = false;
    }
    if (focus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
    }
  }

  private async addRole(p: Person, draft: RoleDraft): Promise<void> {
    const pair = rolePair(draft);
    const label = roleLabel(pair);
    await this.change(
      () => updatePerson(this.api.transport, p.id, { addRoles: [pair] }),
      msg(str`${p.name} now also acts as ${label}.`, { id: 'people.role_added' }),
      '#roles-heading',
    );
  }

  private async removeRole(p: Person, role: AccountRole): Promise<void> {
    const label = roleLabel(role);
    await this.change(
      () => updatePerson(this.api.transport, p.id, { removeRoles: [role] }),
      msg(str`${p.name} no longer acts as ${label}.`, { id: 'people.role_removed' }),
      '#roles-heading',
    );
  }

  private async setSuspended(p: Person, suspended: boolean): Promise<void> {
    await this.change(
      () => updatePerson(this.api.transport, p.id, { suspended }),
      suspended
        ? msg(str`${p.name} is suspended: signed out everywhere, and cannot sign in until let in again.`, {
            id: 'people.suspended',
          })
        : msg(str`${p.name} can sign in again.`, { id: 'people.unsuspended' }),
      `#access-${CSS.escape(p.id)}`,
    );
  }

  // ——— Removing, confirmed first

  private askRemove(p: Person): void {
    this.removing = p;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.showModal(),
    );
  }

  /** Escape or `close()`: forget the person, unless the dialog was opened again meanwhile (the event comes later). */
  private dialogClosed(event: Event): void {
    if (!(event.target as HTMLDialogElement).open) this.removing = null;
  }

  private closeRemove(): void {
    const p = this.removing;
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
    this.removing = null;
    if (p)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#access-${CSS.escape(p.id)}`)?.focus(),
      );
  }

  private renderRemoveDialog() {
    const p = this.removing;
    return html`<dialog aria-labelledby="remove-heading" @close=${this.dialogClosed}>
      ${
        p
          ? html`<h2 id="remove-heading">${msg(str`Remove ${p.name}?`, { id: 'people.remove_confirm_heading' })}</h2>
            <p>
              ${msg(
                'Their password, passkeys and roles are deleted, and they are signed out everywhere. The audit log keeps what they did. To give them access again, invite them again.',
                { id: 'people.remove_confirm_text' },
              )}
            </p>
            <div class="actions">
              <button type="button" class="secondary" autofocus @click=${this.closeRemove}>
                ${msg('Cancel', { id: 'people.cancel' })}
              </button>
              <button type="button" class="danger" ?disabled=${this.busy} @click=${() => void this.removeConfirmed(p)}>
                ${msg(str`Remove ${p.name}`, { id: 'people.remove_confirm' })}
              </button>
            </div>`
          : nothing
      }
    </dialog>`;
  }

  private async removeConfirmed(p: Person): Promise<void> {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
    this.removing = null;
    if (this.editing?.id === p.id) this.editing = null;
    await this.change(
      () => removePerson(this.api.transport, p.id),
      msg(str`${p.name} was removed.`, { id: 'people.removed' }),
      '#people-heading',
    );
  }

  // ——— Invitations not yet accepted

  private renderInvitations(invitations: PendingInvitation[]) {
    return html`<section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">${msg('Invitations not yet accepted', { id: 'people.invitations_heading' })}</h2>
      ${
        invitations.length
          ? html`<div class="table-wrap">
            <table>
              <caption class="visually-hidden">
                ${msg('Invitations not yet accepted', { id: 'people.invitations_heading' })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Email', { id: 'people.email' })}</th>
                  <th scope="col">${msg('Role', { id: 'people.role' })}</th>
                  <th scope="col">${msg('Valid until', { id: 'people.valid_until' })}</th>
                </tr>
              </thead>
              <tbody>
                ${invitations.map(
                  (i) =>
                    html`<tr>
                      <td>${i.email}${i.name ? html`<br /><span class="muted">${i.name}</span>` : nothing}</td>
                      <td>${roleLabel(i)}</td>
                      <td><time datetime=${i.expiresAt}>${when(i.expiresAt)}</time></td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
          : html`<p>${msg('None: every invitation was accepted or has expired.', { id: 'people.no_invitations' })}</p>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-people-page': LadPeoplePage;
  }
}
