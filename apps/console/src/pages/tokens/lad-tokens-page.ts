import {
  type ApiToken,
  createApiToken,
  formatDate,
  isLadApiError,
  listApiTokens,
  revokeApiToken,
  TOKEN_LIFETIME_DAYS,
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
import { errorText, loadingText, number, retryText, roleLabel } from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { baseStyles } from '../../internal/styles.js';

type Load = { kind: 'loading' } | { kind: 'error'; error: unknown } | { kind: 'done'; tokens: ApiToken[] };

interface TokenDraft extends RoleDraft {
  label: string;
  days: string;
}

type Notice = { kind: 'ok' | 'error'; text: string } | null;

const when = (instant: string) =>
  formatDate(instant, currentLocale(), { dateStyle: 'medium', timeStyle: 'short' });

const emptyDraft = (): TokenDraft => ({
  label: '',
  role: 'country',
  scope: firstScope('country'),
  days: String(TOKEN_LIFETIME_DAYS.default),
});

/**
 * API tokens (secretariat): tokens for scripts and other systems, each in one role and scope,
 * with a label and an expiry. A new token's secret is shown once, with a copy button; revoking
 * one is confirmed first. The list never holds a secret.
 */
@customElement('lad-tokens-page')
export class LadTokensPage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      form.create {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1rem;
        align-items: end;
      }
      form.create .field {
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
      .muted {
        color: var(--muted);
      }
      button.danger {
        background: var(--danger);
        border-color: var(--danger);
        color: light-dark(#ffffff, #1b1f24);
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
  @state() private draft: TokenDraft = emptyDraft();
  @state() private errors: Record<string, string> = {};
  @state() private creating = false;
  /** The token just made and its secret: shown this once, never stored. */
  @state() private created: { token: ApiToken; secret: string } | null = null;
  @state() private copied: boolean | null = null;
  @state() private notice: Notice = null;
  /** The token a revocation waits to be confirmed for. */
  @state() private revoking: ApiToken | null = null;
  @state() private busy = false;
  private controller: AbortController | null = null;

  private get secretariat(): boolean {
    return this.acting?.role === 'secretariat';
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
      const list = await listApiTokens(this.api.transport, { signal: controller.signal, cache: 'no-cache' });
      if (this.controller !== controller) return;
      this.load = { kind: 'done', tokens: list.items };
    } catch (error) {
      if (!controller.signal.aborted) this.load = { kind: 'error', error };
    }
  }

  protected override render() {
    const load = this.load;
    return html`
      <h1 tabindex="-1">${msg('API tokens', { id: 'tokens.title' })}</h1>
      ${
        !this.secretariat
          ? html`<div class="notice" role="status">
            <p>${msg('Only the technical secretariat manages API tokens.', { id: 'tokens.secretariat_only' })}</p>
          </div>`
          : html`
            <p>
              ${msg(
                'A token lets a script or another system use the API in one role, without signing in. Keep it like a password: whoever has it acts in that role until it expires or is revoked.',
                { id: 'tokens.intro' },
              )}
            </p>
            <div role="status" aria-live="polite">
              ${this.notice?.kind === 'ok' ? html`<div class="notice ok"><p>${this.notice.text}</p></div>` : nothing}
            </div>
            <div role="alert">
              ${this.notice?.kind === 'error' ? html`<div class="notice error"><p>${this.notice.text}</p></div>` : nothing}
            </div>
            ${this.renderCreate()}
            ${load.kind === 'loading' ? html`<p role="status">${loadingText()}</p>` : nothing}
            ${
              load.kind === 'error'
                ? html`<div class="notice error" role="alert">
                  <p>${errorText(load.error)}</p>
                  <button @click=${() => void this.fetch()}>${retryText()}</button>
                </div>`
                : nothing
            }
            ${load.kind === 'done' ? this.renderTokens(load.tokens) : nothing} ${this.renderRevokeDialog()}
          `
      }
    `;
  }

  // ——— Creating

  private renderCreate() {
    const d = this.draft;
    const e = this.errors;
    const described = (id: string, hint = false) =>
      [hint ? `${id}-hint` : '', e[id] ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
    const error = (id: string) =>
      e[id] ? html`<p class="field-error" id="${id}-error">${e[id]}</p>` : nothing;
    return html`<section aria-labelledby="create-heading">
      <h2 id="create-heading">${msg('Create a token', { id: 'tokens.create_heading' })}</h2>
      <form id="create" class="create" novalidate @submit=${this.create}>
        <div class="field">
          <label for="token-label">${msg('What it is for', { id: 'tokens.label' })}</label>
          <input
            id="token-label"
            maxlength="200"
            required
            autocomplete="off"
            aria-invalid=${e['token-label'] ? 'true' : 'false'}
            aria-describedby=${described('token-label', true)}
            .value=${d.label}
            @input=${(ev: Event) => {
              this.draft = { ...this.draft, label: (ev.target as HTMLInputElement).value };
            }}
          />
          <p class="hint" id="token-label-hint">
            ${msg('For example: “Nightly import from the ministry’s matrix”.', { id: 'tokens.label_hint' })}
          </p>
          ${error('token-label')}
        </div>
        ${roleFields(
          'token',
          d,
          (pair) => {
            this.draft = { ...this.draft, ...pair };
          },
          e['token-scope'],
        )}
        <div class="field">
          <label for="token-days">${msg('Valid for (days)', { id: 'tokens.days' })}</label>
          <input
            id="token-days"
            type="number"
            inputmode="numeric"
            min="1"
            max=${TOKEN_LIFETIME_DAYS.max}
            step="1"
            required
            aria-invalid=${e['token-days'] ? 'true' : 'false'}
            aria-describedby=${described('token-days', true)}
            .value=${d.days}
            @input=${(ev: Event) => {
              this.draft = { ...this.draft, days: (ev.target as HTMLInputElement).value };
            }}
          />
          <p class="hint" id="token-days-hint">
            ${msg(str`From 1 to ${number(TOKEN_LIFETIME_DAYS.max)} days.`, { id: 'tokens.days_hint' })}
          </p>
          ${error('token-days')}
        </div>
        <div class="field">
          <button type="submit" ?disabled=${this.creating}>${msg('Create the token', { id: 'tokens.create' })}</button>
        </div>
      </form>
      ${this.created ? this.renderCreated(this.created) : nothing}
    </section>`;
  }

  private renderCreated(created: { token: ApiToken; secret: string }) {
    const label = created.token.label ?? '';
    return html`<div class="notice ok once" id="created">
      <h3 tabindex="-1" id="created-heading">${msg(str`Token “${label}” created`, { id: 'tokens.created_heading' })}</h3>
      <p>
        ${msg(
          'Copy it now and keep it somewhere safe: it is shown only this once, and the LAD server keeps no copy of it.',
          {
            id: 'tokens.created_text',
          },
        )}
      </p>
      <label for="created-secret">${msg('Token', { id: 'tokens.secret' })}</label>
      <input id="created-secret" readonly .value=${created.secret} />
      <div class="actions">
        <button type="button" @click=${this.copySecret}>${msg('Copy the token', { id: 'tokens.copy' })}</button>
        <span role="status">${this.copied === null ? nothing : copiedText(this.copied)}</span>
      </div>
    </div>`;
  }

  private async copySecret(): Promise<void> {
    const field = this.renderRoot.querySelector<HTMLInputElement>('#created-secret');
    if (field) this.copied = await copyField(field);
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.creating) return;
    const d = this.draft;
    const errors: Record<string, string> = {};
    const label = d.label.trim();
    const days = Number(d.days);
    if (!label) errors['token-label'] = msg('Say what the token is for.', { id: 'tokens.error_label' });
    if (!Number.isInteger(days) || days < 1 || days > TOKEN_LIFETIME_DAYS.max)
      errors['token-days'] = msg(
        str`Enter a whole number of days, from 1 to ${number(TOKEN_LIFETIME_DAYS.max)}.`,
        {
          id: 'tokens.error_days',
        },
      );
    this.errors = errors;
    this.notice = null;
    if (Object.keys(errors).length) return this.focusInvalid();
    this.creating = true;
    this.created = null;
    this.copied = null;
    try {
      this.created = await createApiToken(this.api.transport, { label, ...rolePair(d), expiresInDays: days });
      this.draft = emptyDraft();
      void this.fetch(true);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#created-heading')?.focus();
    } catch (error) {
      if (isLadApiError(error) && error.status === 422 && error.fieldErrors.length) {
        const found: Record<string, string> = {};
        for (const f of error.fieldErrors) {
          const head = String(f.path[0]);
          if (head === 'label')
            found['token-label'] = msg('Use plain text, at most 200 characters.', {
              id: 'people.error_name',
            });
          else if (head === 'scope')
            found['token-scope'] = msg('Choose one from the list.', { id: 'people.error_scope' });
          else if (head === 'expiresInDays')
            found['token-days'] = msg(
              str`Enter a whole number of days, from 1 to ${number(TOKEN_LIFETIME_DAYS.max)}.`,
              {
                id: 'tokens.error_days',
              },
            );
        }
        if (Object.keys(found).length) {
          this.errors = found;
          return this.focusInvalid();
        }
      }
      this.notice = { kind: 'error', text: errorText(error) };
    } finally {
      this.creating = false;
    }
  }

  private async focusInvalid(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#create [aria-invalid="true"]')?.focus();
  }

  // ——— The list

  private renderTokens(tokens: ApiToken[]) {
    return html`<section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">${msg('Tokens', { id: 'tokens.list_heading' })}</h2>
      ${
        tokens.length
          ? html`<div class="table-wrap">
            <table>
              <caption class="visually-hidden">${msg('Tokens', { id: 'tokens.list_heading' })}</caption>
              <thead>
                <tr>
                  <th scope="col">${msg('What it is for', { id: 'tokens.label' })}</th>
                  <th scope="col">${msg('Role', { id: 'people.role' })}</th>
                  <th scope="col">${msg('Created', { id: 'tokens.col_created' })}</th>
                  <th scope="col">${msg('Expires', { id: 'tokens.col_expires' })}</th>
                  <th scope="col">${msg('Last used', { id: 'tokens.col_last_used' })}</th>
                  <th scope="col">${msg('Works', { id: 'tokens.col_state', desc: 'Column: whether the token still works' })}</th>
                  <th scope="col">${msg('Actions', { id: 'people.col_actions' })}</th>
                </tr>
              </thead>
              <tbody>
                ${tokens.map((t) => this.renderToken(t))}
              </tbody>
            </table>
          </div>`
          : html`<p>${msg('No token yet.', { id: 'tokens.none' })}</p>`
      }
    </section>`;
  }

  private renderToken(t: ApiToken) {
    const time = (instant: string | null, empty: string) =>
      instant
        ? html`<time datetime=${instant}>${when(instant)}</time>`
        : html`<span class="muted">${empty}</span>`;
    const never = msg('Never', { id: 'people.never' });
    const label = t.label ?? t.id;
    return html`<tr data-token=${t.id}>
      <th scope="row">${label}</th>
      <td>${roleLabel(t)}</td>
      <td>${time(t.createdAt, '')}</td>
      <td>${time(t.expiresAt, never)}</td>
      <td>${time(t.lastUsedAt, never)}</td>
      <td>
        ${
          t.status === 'revoked' && t.revokedAt
            ? msg(str`Revoked on ${when(t.revokedAt)}`, { id: 'tokens.revoked_on' })
            : t.status === 'expired'
              ? msg('Expired', { id: 'tokens.expired' })
              : msg('Yes', { id: 'tokens.active', desc: 'The token still works' })
        }
      </td>
      <td>
        ${
          t.status === 'revoked'
            ? nothing
            : html`<button
              type="button"
              class="danger"
              id="revoke-${t.id}"
              ?disabled=${this.busy}
              @click=${() => this.askRevoke(t)}
            >
              ${msg('Revoke', { id: 'tokens.revoke' })}<span class="visually-hidden">— ${label}</span>
            </button>`
        }
      </td>
    </tr>`;
  }

  // ——— Revoking, confirmed first

  private askRevoke(t: ApiToken): void {
    this.revoking = t;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.showModal(),
    );
  }

  /** Escape or `close()`: forget the token, unless the dialog was opened again meanwhile (the event comes later). */
  private dialogClosed(event: Event): void {
    if (!(event.target as HTMLDialogElement).open) this.revoking = null;
  }

  private closeRevoke(): void {
    const t = this.revoking;
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
    this.revoking = null;
    if (t)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#revoke-${CSS.escape(t.id)}`)?.focus(),
      );
  }

  private renderRevokeDialog() {
    const t = this.revoking;
    const label = t?.label ?? t?.id ?? '';
    return html`<dialog aria-labelledby="revoke-heading" @close=${this.dialogClosed}>
      ${
        t
          ? html`<h2 id="revoke-heading">${msg(str`Revoke the token “${label}”?`, { id: 'tokens.revoke_confirm_heading' })}</h2>
            <p>
              ${msg(
                'Whatever uses it is refused from now on. This cannot be undone: a new token would be needed.',
                {
                  id: 'tokens.revoke_confirm_text',
                },
              )}
            </p>
            <div class="actions">
              <button type="button" class="secondary" autofocus @click=${this.closeRevoke}>
                ${msg('Cancel', { id: 'people.cancel' })}
              </button>
              <button type="button" class="danger" ?disabled=${this.busy} @click=${() => void this.revoke(t)}>
                ${msg('Revoke the token', { id: 'tokens.revoke_confirm' })}
              </button>
            </div>`
          : nothing
      }
    </dialog>`;
  }

  private async revoke(t: ApiToken): Promise<void> {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
    this.revoking = null;
    this.busy = true;
    this.notice = null;
    const label = t.label ?? t.id;
    try {
      await revokeApiToken(this.api.transport, t.id);
      this.notice = {
        kind: 'ok',
        text: msg(str`The token “${label}” was revoked: it no longer works.`, { id: 'tokens.revoked' }),
      };
      await this.fetch(true);
    } catch (error) {
      this.notice = { kind: 'error', text: errorText(error) };
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#tokens-heading')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-tokens-page': LadTokensPage;
  }
}
