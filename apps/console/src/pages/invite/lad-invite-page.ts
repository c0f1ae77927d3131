import { type Account, type Invitation, isLadApiError, PASSWORD_LENGTH } from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { LadSignedInEvent } from '../../internal/events.js';
import { currentLocale } from '../../internal/locale.js';
import {
  dateText,
  errorText,
  loadingText,
  number,
  retryText,
  roleLabel,
  withColon,
} from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { addPasskey, isPasskeyError, passkeyErrorText, passkeysSupported } from '../../internal/passkeys.js';
import { baseStyles } from '../../internal/styles.js';

type Step =
  | { kind: 'loading' }
  | { kind: 'invalid' }
  | { kind: 'error'; error: unknown }
  | { kind: 'form'; invitation: Invitation }
  | { kind: 'passkey'; account: Account; added: boolean };

/**
 * An invitation link (`#/invite/<token>`): who is invited, as what; the person chooses their
 * name and a password (its length checked as they type), then may add a passkey.
 */
@customElement('lad-invite-page')
export class LadInvitePage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      form {
        max-inline-size: 28rem;
      }
      input {
        inline-size: 100%;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1rem;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      .count[data-ok] {
        color: var(--ok);
      }
    `,
  ];

  @state() private step: Step = { kind: 'loading' };
  @state() private password = '';
  @state() private busy = false;
  @state() private error = '';
  @state() private fieldErrors: Record<string, string> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params') && this.api) void this.load();
  }

  private get token(): string {
    return this.params[0] ?? '';
  }

  private async load(): Promise<void> {
    this.step = { kind: 'loading' };
    try {
      const invitation = await this.api.invitation(this.token);
      this.step =
        Date.parse(invitation.expiresAt) <= Date.now() ? { kind: 'invalid' } : { kind: 'form', invitation };
    } catch (error) {
      this.step =
        isLadApiError(error) && [404, 410].includes(error.status)
          ? { kind: 'invalid' }
          : { kind: 'error', error };
    }
  }

  protected override render() {
    const step = this.step;
    return html`
      <h1 tabindex="-1">${msg('Accept your invitation', { id: 'invite.title' })}</h1>
      ${step.kind === 'loading' ? html`<p role="status">${loadingText()}</p>` : nothing}
      ${
        step.kind === 'invalid'
          ? html`<div class="notice error" role="alert">
            <p>
              ${msg(
                'This invitation link is not valid any more: it was used, withdrawn or has expired. Ask the person who invited you for a new one.',
                {
                  id: 'invite.invalid',
                },
              )}
            </p>
          </div>`
          : nothing
      }
      ${
        step.kind === 'error'
          ? html`<div class="notice error" role="alert">
            <p>${errorText(step.error)}</p>
            <button @click=${() => void this.load()}>${retryText()}</button>
          </div>`
          : nothing
      }
      ${step.kind === 'form' ? this.renderForm(step.invitation) : nothing}
      ${step.kind === 'passkey' ? this.renderPasskeyStep(step) : nothing}
    `;
  }

  private renderForm(invitation: Invitation) {
    const min = PASSWORD_LENGTH.min;
    const length = [...this.password].length;
    const enough = length >= min;
    const n = number(length);
    const m = number(min);
    const expires = dateText(invitation.expiresAt.slice(0, 10));
    return html`
      <dl>
        <dt>${withColon(msg('Email', { id: 'signin.email' }))}</dt>
        <dd>${invitation.email}</dd>
        <dt>${withColon(msg('Role', { id: 'invite.role', desc: 'Label before the role the person is invited to' }))}</dt>
        <dd>${roleLabel(invitation)}</dd>
        <dt>${withColon(msg('Valid until', { id: 'invite.expires', desc: 'Label before the invitation’s expiry date' }))}</dt>
        <dd>${expires}</dd>
      </dl>
      <p>
        ${
          invitation.existingAccount
            ? msg('You already have an account with this email. Enter its password to add this role to it.', {
                id: 'invite.existing',
              })
            : msg('Choose your name as colleagues will see it, and a password.', { id: 'invite.choose' })
        }
      </p>
      <div role="alert">${this.error ? html`<div class="notice error"><p>${this.error}</p></div>` : nothing}</div>
      <form @submit=${(e: SubmitEvent) => this.accept(e, invitation)} novalidate>
        ${
          invitation.existingAccount
            ? nothing
            : html`<div class="field">
              <label for="name">${msg('Your name', { id: 'invite.name' })}</label>
              <input
                id="name"
                name="name"
                autocomplete="name"
                .value=${invitation.name ?? ''}
                aria-invalid=${this.fieldErrors.name ? 'true' : 'false'}
                aria-describedby=${this.fieldErrors.name ? 'name-error' : nothing}
              />
              ${this.fieldErrors.name ? html`<p class="field-error" id="name-error">${this.fieldErrors.name}</p>` : nothing}
            </div>`
        }
        <div class="field">
          <label for="password">
            ${
              invitation.existingAccount
                ? msg('Your password', { id: 'invite.current_password' })
                : msg('Choose a password', { id: 'invite.password' })
            }
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete=${invitation.existingAccount ? 'current-password' : 'new-password'}
            aria-describedby="password-count${this.fieldErrors.password ? ' password-error' : ''}"
            aria-invalid=${this.fieldErrors.password ? 'true' : 'false'}
            @input=${(e: InputEvent) => {
              this.password = (e.target as HTMLInputElement).value;
            }}
          />
          <p class="hint count" id="password-count" ?data-ok=${enough}>
            ${
              enough
                ? msg(str`${n} characters: long enough.`, {
                    id: 'invite.length_ok',
                    desc: 'Live length check of the new password',
                  })
                : msg(str`${n} of at least ${m} characters.`, {
                    id: 'invite.length_short',
                    desc: 'Live length check of the new password',
                  })
            }
          </p>
          <p class="visually-hidden" aria-live="polite">
            ${enough ? msg('The password is long enough.', { id: 'invite.length_reached' }) : ''}
          </p>
          ${
            this.fieldErrors.password
              ? html`<p class="field-error" id="password-error">${this.fieldErrors.password}</p>`
              : nothing
          }
        </div>
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>
            ${msg('Accept and sign in', { id: 'invite.accept' })}
          </button>
        </div>
      </form>
    `;
  }

  private renderPasskeyStep(step: Extract<Step, { kind: 'passkey' }>) {
    return html`
      <div class="notice ok" role="status">
        <p>${msg(str`Welcome, ${step.account.name}. You are signed in.`, { id: 'invite.welcome' })}</p>
      </div>
      ${
        step.added
          ? html`<p role="status">
            ${msg('Your passkey was added. Next time, you can sign in with it.', { id: 'passkey.added' })}
          </p>`
          : html`<h2>${msg('Sign in faster next time', { id: 'invite.passkey_heading' })}</h2>
            <p>
              ${msg(
                'A passkey lets this device sign you in with its screen lock or a security key, without typing your password.',
                {
                  id: 'invite.passkey_text',
                },
              )}
            </p>
            <div role="alert">${this.error ? html`<div class="notice error"><p>${this.error}</p></div>` : nothing}</div>`
      }
      <div class="actions">
        ${
          step.added || !passkeysSupported()
            ? html`<button @click=${() => this.finish(step.account)}>${msg('Continue', { id: 'invite.continue' })}</button>`
            : html`<button ?disabled=${this.busy} @click=${() => this.addPasskey(step)}>
                ${msg('Add a passkey', { id: 'passkey.add' })}
              </button>
              <button class="secondary" @click=${() => this.finish(step.account)}>${msg('Skip', { id: 'invite.skip' })}</button>`
        }
      </div>
    `;
  }

  private async accept(event: SubmitEvent, invitation: Invitation): Promise<void> {
    event.preventDefault();
    const name = this.renderRoot.querySelector<HTMLInputElement>('#name')?.value.trim();
    const errors: Record<string, string> = {};
    if (!invitation.existingAccount && !name)
      errors.name = msg('Enter your name.', { id: 'invite.name_missing' });
    if ([...this.password].length < PASSWORD_LENGTH.min) errors.password = this.tooShort();
    this.fieldErrors = errors;
    this.error = '';
    if (Object.keys(errors).length) {
      this.focusFirstInvalid();
      return;
    }
    this.busy = true;
    try {
      const { account } = await this.api.acceptInvitation(this.token, {
        ...(name ? { name } : {}),
        password: this.password,
        locale: currentLocale(),
      });
      this.password = '';
      this.step = { kind: 'passkey', account, added: false };
      await this.focusHeading();
    } catch (error) {
      if (isLadApiError(error) && error.status === 422 && error.fieldErrors.length) {
        const fields: Record<string, string> = {};
        for (const e of error.fieldErrors) {
          const field = String(e.path[0] ?? '');
          if (field === 'password') fields.password = this.tooShort();
          else if (field === 'name')
            fields.name =
              e.code === 'required'
                ? msg('Enter your name.', { id: 'invite.name_missing' })
                : msg('Enter your name (at most 200 characters).', { id: 'invite.name_invalid' });
        }
        this.fieldErrors = fields;
        if (Object.keys(fields).length) this.focusFirstInvalid();
        else this.error = errorText(error);
      } else if (isLadApiError(error) && error.status === 401) {
        this.fieldErrors = {
          password: msg('This is not the password of your account.', { id: 'invite.wrong_password' }),
        };
        this.focusFirstInvalid();
      } else if (isLadApiError(error) && [404, 410].includes(error.status)) {
        this.step = { kind: 'invalid' };
      } else {
        this.error = errorText(error);
      }
    } finally {
      this.busy = false;
    }
  }

  private tooShort(): string {
    const m = number(PASSWORD_LENGTH.min);
    return msg(str`Use at least ${m} characters.`, { id: 'invite.too_short' });
  }

  private focusFirstInvalid(): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  }

  private async addPasskey(step: Extract<Step, { kind: 'passkey' }>): Promise<void> {
    this.busy = true;
    this.error = '';
    try {
      await addPasskey(this.api);
      this.step = { ...step, added: true };
    } catch (error) {
      this.error = isPasskeyError(error) ? passkeyErrorText(error) : errorText(error);
    } finally {
      this.busy = false;
    }
    // The button was disabled meanwhile (and, once added, replaced): the focus goes to what comes
    // next — Continue, or Add a passkey again after an error.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.actions button')?.focus();
  }

  private finish(account: Account): void {
    this.dispatchEvent(new LadSignedInEvent(account));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-invite-page': LadInvitePage;
  }
}
