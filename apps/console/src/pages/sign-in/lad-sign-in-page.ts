import { isLadApiError } from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { LadSignedInEvent } from '../../internal/events.js';
import { errorText, waitText } from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import {
  isPasskeyError,
  passkeyErrorText,
  passkeysSupported,
  signInWithPasskey,
} from '../../internal/passkeys.js';
import { baseStyles } from '../../internal/styles.js';
import { OidcSettings, ssoButtonText, ssoErrorText } from './oidc.js';

/**
 * Signing in: email and password, a passkey, or — when the API has a provider configured —
 * single sign-on ("Sign in with Microsoft"), a plain link the browser follows to the provider
 * and back. A wrong email and a wrong password get one answer (the API gives one, so nobody
 * learns which accounts exist); too many attempts say how long to wait; single sign-on that came
 * back refused (`?sso=<code>`) says why.
 */
@customElement('lad-sign-in-page')
export class LadSignInPage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      form {
        max-inline-size: 26rem;
      }
      input {
        inline-size: 100%;
      }
      .or {
        margin-block: 1.5rem 0.5rem;
        color: var(--muted);
      }
    `,
  ];

  @state() private busy = false;
  @state() private error = '';
  /** Single sign-on, when the API offers it. */
  @state() private sso: OidcSettings | null = null;
  /** Set once the person tries another way: the single sign-on refusal is then old news. */
  @state() private ssoDismissed = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.api) void this.loadSso();
  }

  private async loadSso(): Promise<void> {
    try {
      const settings = await this.api.transport.get(OidcSettings, 'auth/oidc', undefined, {
        cache: 'no-store',
      });
      this.sso = settings.enabled && settings.name ? settings : null;
    } catch {
      // No button: the password and passkeys still work, and they say so when the API is down.
      this.sso = null;
    }
  }

  /** Where the single sign-on button goes: the API's start, with the page to come back to. */
  private get ssoHref(): string {
    const next = this.query.get('next');
    return this.api.transport.url('auth/oidc/start', next ? { next } : undefined);
  }

  protected override render() {
    const message = this.error || (this.ssoDismissed ? null : ssoErrorText(this.query.get('sso')));
    return html`
      <h1 tabindex="-1">${msg('Sign in', { id: 'signin.title' })}</h1>
      <p>
        ${msg(
          'For the secretariat, committee coordinators and country coordinators. You join by invitation.',
          {
            id: 'signin.intro',
          },
        )}
      </p>
      <div role="alert">${message ? html`<div class="notice error"><p>${message}</p></div>` : nothing}</div>
      <form @submit=${this.submit} novalidate>
        <div class="field">
          <label for="email">${msg('Email', { id: 'signin.email' })}</label>
          <input id="email" name="email" type="email" autocomplete="username webauthn" required />
        </div>
        <div class="field">
          <label for="password">${msg('Password', { id: 'signin.password' })}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
        </div>
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${msg('Sign in', { id: 'signin.submit' })}</button>
        </div>
      </form>
      ${
        passkeysSupported()
          ? html`<p class="or">${msg('Or, on a device where you added one:', { id: 'signin.or' })}</p>
            <button class="secondary" type="button" ?disabled=${this.busy} @click=${this.passkey}>
              ${msg('Sign in with a passkey', { id: 'signin.passkey' })}
            </button>`
          : nothing
      }
      ${
        this.sso?.name
          ? html`<p class="or">${msg('Or with your organisation’s account:', { id: 'signin.oidc_or' })}</p>
            <a class="button secondary" href=${this.ssoHref}>${ssoButtonText(this.sso.name)}</a>`
          : nothing
      }
    `;
  }

  private field(name: string): HTMLInputElement {
    return this.renderRoot.querySelector(`#${name}`) as HTMLInputElement;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const email = this.field('email').value.trim();
    const password = this.field('password').value;
    if (!email || !password) {
      this.error = msg('Enter your email and your password.', { id: 'signin.missing' });
      (email ? this.field('password') : this.field('email')).focus();
      return;
    }
    await this.attempt(() => this.api.signIn({ email, password }));
  }

  private async passkey(): Promise<void> {
    await this.attempt(() => signInWithPasskey(this.api, this.field('email').value.trim() || undefined));
  }

  private async attempt(call: () => Promise<{ account: LadSignedInEvent['account'] }>): Promise<void> {
    this.busy = true;
    this.error = '';
    this.ssoDismissed = true;
    try {
      const { account } = await call();
      this.dispatchEvent(new LadSignedInEvent(account));
    } catch (error) {
      this.error = this.explain(error);
      // The person tries again from the password field, with the answer read out.
      const password = this.field('password');
      password.value = '';
    } finally {
      this.busy = false;
    }
  }

  private explain(error: unknown): string {
    if (isPasskeyError(error)) return passkeyErrorText(error);
    if (isLadApiError(error)) {
      if (error.status === 401)
        return msg('The email or the password is not right. Check both and try again.', {
          id: 'signin.wrong',
          desc: 'One answer for a wrong email and a wrong password',
        });
      if (error.status === 429) {
        if (error.retryAfter === undefined)
          return msg('Too many attempts. Wait a while before you try again.', { id: 'signin.rate_limited' });
        const wait = waitText(error.retryAfter);
        return msg(str`Too many attempts. You can try again in ${wait}.`, { id: 'signin.rate_limited_wait' });
      }
    }
    return errorText(error);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-sign-in-page': LadSignInPage;
  }
}
