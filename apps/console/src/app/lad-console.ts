import {
  type Account,
  type AccountRole,
  CORE_LOCALES,
  type CoreLocale,
  isLadApiError,
  LANGUAGE_ENDONYMS,
} from '@lad/sdk';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { type ConsoleApi, createConsoleApi, roleHeader } from '../internal/api.js';
import { LadSignedInEvent } from '../internal/events.js';
import { currentLocale, preferredLocale, storedLocale, switchLocale } from '../internal/locale.js';
import { errorText, loadingText, productName, retryText, roleLabel } from '../internal/messages.js';
import type { ConsolePage } from '../internal/page.js';
import { addPasskey, isPasskeyError, passkeyErrorText, passkeysSupported } from '../internal/passkeys.js';
import { initialRole, rememberRole } from '../internal/session.js';
import { baseStyles } from '../internal/styles.js';
import { type Match, matchRoute, NAV } from './routes.js';

/**
 * The console: header (product, person, acting-as menu, language menu, account menu), nav and
 * the page the hash names. Signed-out visitors see only the sign-in and invitation pages.
 */
@customElement('lad-console')
export class LadConsole extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        min-block-size: 100vh;
        display: grid;
        grid-template-columns: 13rem minmax(0, 1fr);
        grid-template-rows: auto 1fr;
        grid-template-areas: 'header header' 'nav main';
        background: light-dark(#ffffff, #111418);
      }
      .skip {
        position: absolute;
        inset-inline-start: 0.5rem;
        inset-block-start: -4rem;
        z-index: 10;
        background: var(--accent);
        color: var(--accent-ink);
        padding: 0.5rem 1rem;
        border-radius: 4px;
      }
      .skip:focus {
        inset-block-start: 0.5rem;
      }
      header {
        grid-area: header;
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 0.75rem 1.25rem;
        padding: 0.75rem 1.25rem;
        border-block-end: 1px solid var(--line);
        background: var(--soft);
      }
      .product {
        font-weight: 700;
        font-size: 1.15rem;
        color: inherit;
        text-decoration: none;
        margin-inline-end: auto;
        align-self: center;
      }
      header .field {
        margin: 0;
        flex: none;
      }
      header label {
        font-size: 0.85rem;
      }
      details.account {
        position: relative;
      }
      details.account summary {
        list-style: none;
        cursor: pointer;
        display: inline-flex;
        align-items: center;
        min-block-size: 2.5rem;
        padding: 0.4rem 0.75rem;
        border: 1px solid var(--line);
        border-radius: 4px;
        font-weight: 600;
      }
      details.account summary::after {
        content: '▾';
        margin-inline-start: 0.4rem;
      }
      details.account[open] summary::after {
        content: '▴';
      }
      .account-panel {
        position: absolute;
        inset-inline-end: 0;
        z-index: 5;
        min-inline-size: 16rem;
        padding: 0.75rem;
        border: 1px solid var(--line);
        border-radius: 4px;
        background: light-dark(#ffffff, #15181d);
        display: grid;
        gap: 0.5rem;
      }
      .account-panel p {
        margin: 0;
      }
      nav {
        grid-area: nav;
        padding: 1rem 0.75rem;
        border-inline-end: 1px solid var(--line);
      }
      nav ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.25rem;
      }
      nav a {
        display: block;
        padding: 0.5rem 0.75rem;
        border-radius: 4px;
        text-decoration: none;
        color: inherit;
      }
      nav a[aria-current='page'] {
        background: var(--accent);
        color: var(--accent-ink);
        font-weight: 600;
      }
      main {
        grid-area: main;
        padding: 1.5rem;
        min-inline-size: 0;
      }
      main:focus {
        outline: none;
      }
      :host([signed-out]) {
        grid-template-columns: minmax(0, 1fr);
        grid-template-areas: 'header' 'main';
      }
      :host([signed-out]) main {
        max-inline-size: 40rem;
        inline-size: 100%;
        justify-self: center;
      }
      @media (max-width: 1023px) {
        :host {
          grid-template-columns: minmax(0, 1fr);
          grid-template-rows: auto auto 1fr;
          grid-template-areas: 'header' 'nav' 'main';
        }
        nav {
          border-inline-end: 0;
          border-block-end: 1px solid var(--line);
          padding: 0.5rem 1rem;
        }
        nav ul {
          display: flex;
          flex-wrap: wrap;
        }
        main {
          padding: 1rem;
        }
      }
    `,
  ];

  /** Address of the LAD API, without `/v1`. Default: the origin the console is served from. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** A `fetch` to call the API with (tests). Set before the element joins the page. */
  @property({ attribute: false }) fetch?: typeof globalThis.fetch;

  /** `undefined` while the console asks who is signed in; `null` for nobody. */
  @state() private account: Account | null | undefined = undefined;
  @state() private acting: AccountRole | null = null;
  @state() private match: Match | null = null;
  /** Why the console could not tell who is signed in (the API unreachable…). */
  @state() private bootError: unknown = null;
  /** Why the page's code could not be loaded (a lost connection, a new release on the server). */
  @state() private pageError: unknown = null;
  /** A failure of something the header did (signing out, adding a passkey). */
  @state() private headerMessage: { text: string; kind: 'error' | 'ok' } | null = null;

  private api!: ConsoleApi;
  private page: ConsolePage | null = null;
  private pageKey = '';
  /** Set once the first page showed: later pages take the focus to their heading. */
  private navigated = false;
  private readonly onHashChange = () => this.route();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.api = createConsoleApi({
      baseUrl: this.apiBase || location.origin,
      ...(this.fetch ? { fetch: this.fetch } : {}),
      actingAs: () => (this.acting ? roleHeader(this.acting) : null),
      locale: currentLocale,
      onSignedOut: () => this.sessionEnded(),
    });
    window.addEventListener('hashchange', this.onHashChange);
    this.addEventListener(LadSignedInEvent.type, (e) => this.signedIn((e as LadSignedInEvent).account));
    void switchLocale(preferredLocale()).then(() => this.loadAccount());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  private async loadAccount(): Promise<void> {
    this.bootError = null;
    this.account = undefined;
    try {
      this.adopt(await this.api.me());
    } catch (error) {
      if (isLadApiError(error) && error.status === 401) this.account = null;
      else this.bootError = error;
    }
    this.route();
  }

  /**
   * The API said the session is over (it expired, or the person signed out everywhere): back to
   * signing in, then to this page. What was typed stays in its draft.
   */
  private sessionEnded(): void {
    if (!this.account) return;
    this.account = null;
    this.acting = null;
    this.route();
  }

  private async refreshAccount(): Promise<void> {
    try {
      this.adopt(await this.api.me());
    } catch {
      // The header keeps what it showed; the next page load asks again.
    }
  }

  /** Takes `account` as the signed-in person: their role to act in, their language. */
  private adopt(account: Account): void {
    this.account = account;
    const keep =
      this.acting && account.roles.find((r) => roleHeader(r) === roleHeader(this.acting as AccountRole));
    this.acting = keep ?? initialRole(account);
    if (!storedLocale()) void switchLocale(preferredLocale(account.locale));
  }

  private signedIn(account: Account): void {
    this.adopt(account);
    const next = this.match?.query.get('next');
    const target = next?.startsWith('#/') && !next.startsWith('#/sign-in') ? next : '#/';
    if (location.hash === target) this.route();
    else location.hash = target;
  }

  /** Shows the page the hash names, sending signed-out visitors to sign in first. */
  private route(): void {
    if (this.account === undefined) return;
    const match = matchRoute(location.hash);
    if (match && !match.route.public && this.account === null) {
      const next =
        location.hash && location.hash !== '#/' ? `?next=${encodeURIComponent(location.hash)}` : '';
      location.replace(`#/sign-in${next}`);
      return;
    }
    if (match?.route.name === 'sign-in' && this.account) {
      location.replace('#/');
      return;
    }
    this.match = match;
    const key = match ? `${match.route.name}/${match.params.join('/')}` : '';
    if (key !== this.pageKey) {
      this.pageKey = key;
      this.page = null;
      this.pageError = null;
      if (match) {
        match.route.load().then(
          () => {
            if (this.pageKey !== key) return;
            this.page = document.createElement(match.route.tag) as ConsolePage;
            this.requestUpdate();
            if (this.navigated) void this.updateComplete.then(() => this.page?.focusHeading());
            this.navigated = true;
          },
          (error: unknown) => {
            if (this.pageKey === key) this.pageError = error;
          },
        );
      } else {
        this.navigated = true;
      }
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.toggleAttribute('signed-out', !this.account);
    const page = this.page;
    if (page && this.match) {
      page.api = this.api;
      page.account = this.account ?? null;
      page.acting = this.acting;
      page.params = this.match.params;
      page.query = this.match.query;
    }
    super.willUpdate(changed);
  }

  protected override render() {
    const title = this.match ? this.match.route.title() : msg('Page not found', { id: 'notfound.title' });
    document.title = this.account === undefined ? productName() : `${title} — ${productName()}`;
    return html`
      <a class="skip" href="#main" @click=${this.skipToMain}
        >${msg('Skip to main content', { id: 'shell.skip', desc: 'Skip link, first thing on the page' })}</a
      >
      <header>
        <a class="product" href="#/">${productName()}</a>
        ${this.account ? this.renderPersonControls(this.account) : nothing} ${this.renderLanguageMenu()}
        ${this.account ? this.renderAccountMenu(this.account) : nothing}
      </header>
      ${this.account ? this.renderNav() : nothing}
      <main id="main" tabindex="-1">
        ${
          this.headerMessage
            ? html`<div class="notice ${this.headerMessage.kind}" role=${this.headerMessage.kind === 'error' ? 'alert' : 'status'}>
              <p>${this.headerMessage.text}</p>
            </div>`
            : nothing
        }
        ${this.renderMain()}
      </main>
    `;
  }

  private renderMain() {
    if (this.bootError) {
      return html`<div class="notice error" role="alert">
        <p>${msg('The console could not check whether you are signed in.', { id: 'shell.boot_error' })}</p>
        <p>${errorText(this.bootError)}</p>
        <button @click=${() => void this.loadAccount()}>${retryText()}</button>
      </div>`;
    }
    if (this.account === undefined) return html`<p role="status">${loadingText()}</p>`;
    if (this.pageError) {
      return html`<div class="notice error" role="alert">
        <p>${msg('This page could not be loaded. Check the connection, then try again.', { id: 'shell.page_error' })}</p>
        <button @click=${() => location.reload()}>${retryText()}</button>
      </div>`;
    }
    if (!this.match) {
      return html`<h1 tabindex="-1">${msg('Page not found', { id: 'notfound.title' })}</h1>
        <p>
          ${msg('Nothing is at this address in the console.', { id: 'notfound.text' })}
          <a href="#/">${msg('Go to the home page', { id: 'notfound.home' })}</a>
        </p>`;
    }
    return this.page ?? html`<p role="status">${loadingText()}</p>`;
  }

  private renderPersonControls(account: Account) {
    if (account.roles.length === 0) return nothing;
    const acting = this.acting;
    return html`<div class="field">
      <label for="acting">${msg('Acting as', { id: 'shell.acting_as', desc: 'Label of the menu of the person’s roles' })}</label>
      <select id="acting" @change=${this.chooseRole}>
        ${account.roles.map(
          (r) =>
            html`<option value=${roleHeader(r)} ?selected=${!!acting && roleHeader(r) === roleHeader(acting)}>
              ${roleLabel(r)}
            </option>`,
        )}
      </select>
    </div>`;
  }

  private renderLanguageMenu() {
    const locale = currentLocale();
    return html`<div class="field">
      <label for="language">${msg('Language', { id: 'shell.language', desc: 'Label of the language menu' })}</label>
      <select id="language" @change=${this.chooseLanguage}>
        ${CORE_LOCALES.map(
          (l) =>
            html`<option value=${l} lang=${l} ?selected=${l === locale}>${LANGUAGE_ENDONYMS[l]}</option>`,
        )}
      </select>
    </div>`;
  }

  private renderAccountMenu(account: Account) {
    return html`<details class="account">
      <summary>${account.name}</summary>
      <div class="account-panel">
        <p>${account.email}</p>
        ${
          passkeysSupported()
            ? html`<button class="secondary" @click=${this.addPasskey}>
              ${msg('Add a passkey', { id: 'passkey.add' })}
            </button>`
            : nothing
        }
        <button @click=${this.signOut}>${msg('Sign out', { id: 'shell.sign_out' })}</button>
        <button class="secondary" @click=${this.signOutEverywhere}>
          ${msg('Sign out everywhere', {
            id: 'shell.sign_out_everywhere',
            desc: 'Button: sign out on every device and browser',
          })}
        </button>
      </div>
    </details>`;
  }

  private renderNav() {
    const current = this.match?.route.name ?? '';
    return html`<nav aria-label=${msg('Console', { id: 'shell.nav', desc: 'Name of the main navigation' })}>
      <ul>
        ${NAV.filter((item) => !item.roles || (!!this.acting && item.roles.includes(this.acting.role))).map(
          (item) =>
            html`<li>
              <a href=${item.href} aria-current=${item.current.includes(current) ? 'page' : nothing}
                >${item.label()}</a
              >
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  private skipToMain(event: Event): void {
    // The hash is the router's: move the focus without changing it.
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  private chooseRole(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    const role = this.account?.roles.find((r) => roleHeader(r) === value);
    if (!role) return;
    this.acting = role;
    rememberRole(role);
  }

  private chooseLanguage(event: Event): void {
    void switchLocale((event.target as HTMLSelectElement).value as CoreLocale, { remember: true });
  }

  private async addPasskey(): Promise<void> {
    this.headerMessage = null;
    try {
      await addPasskey(this.api);
      this.headerMessage = {
        kind: 'ok',
        text: msg('Your passkey was added. Next time, you can sign in with it.', { id: 'passkey.added' }),
      };
      await this.refreshAccount();
    } catch (error) {
      this.headerMessage = {
        kind: 'error',
        text: isPasskeyError(error) ? passkeyErrorText(error) : errorText(error),
      };
    }
  }

  private async signOut(): Promise<void> {
    await this.leave(() => this.api.signOut());
  }

  private async signOutEverywhere(): Promise<void> {
    await this.leave(() => this.api.signOutEverywhere());
  }

  private async leave(call: () => Promise<void>): Promise<void> {
    this.headerMessage = null;
    try {
      await call();
    } catch (error) {
      // Already signed out elsewhere is signed out here too.
      if (!(isLadApiError(error) && error.status === 401)) {
        this.headerMessage = { kind: 'error', text: errorText(error) };
        return;
      }
    }
    this.account = null;
    this.acting = null;
    if (location.hash.startsWith('#/sign-in')) this.route();
    else location.hash = '#/sign-in';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-console': LadConsole;
  }
}
