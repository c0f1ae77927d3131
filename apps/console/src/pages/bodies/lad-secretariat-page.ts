import {
  addSecretariatSeat,
  listSecretariat,
  listSecretariatSeats,
  pickText,
  removeSecretariatSeat,
  type SecretariatMember,
  updateSecretariatSeat,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { currentLocale } from '../../internal/locale.js';
import { countryName, errorText, loadingText, retryText } from '../../internal/messages.js';
import { backToBodies, csoSeatText, detailLabel, secretariatTitle } from './bodies-text.js';
import { inputOf, type MemberForm, MembersPage } from './members-page.js';

type Load =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  /** `listed`: the public list, for those who may not edit; `null` for the secretariat. */
  | { kind: 'ready'; listed: SecretariatMember[] | null };

/**
 * The technical secretariat's members, CSO seats marked (R1). The secretariat adds, edits and
 * removes them, each detail with its recorded consent; others see the public list.
 */
@customElement('lad-secretariat-page')
export class LadSecretariatPage extends MembersPage {
  protected readonly kind = 'secretariat';
  @state() private load: Load = { kind: 'loading' };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('api') || changed.has('acting')) && this.api) void this.fetch();
  }

  private async fetch(): Promise<void> {
    this.load = { kind: 'loading' };
    this.editing = null;
    this.removing = null;
    try {
      if (this.acting?.role === 'secretariat') {
        this.members = await listSecretariatSeats(this.api.transport, { cache: 'no-store' });
        this.load = { kind: 'ready', listed: null };
      } else {
        this.load = {
          kind: 'ready',
          listed: await listSecretariat(this.api.transport, { cache: 'no-cache' }),
        };
      }
    } catch (error) {
      this.load = { kind: 'error', error };
    }
  }

  protected saveMember(form: MemberForm, id: string | null) {
    const stored = id ? (this.members.find((m) => m.id === id) ?? null) : null;
    const input = { csoSeat: form.csoSeat, ...inputOf(form, stored) };
    return id
      ? updateSecretariatSeat(this.api.transport, id, input)
      : addSecretariatSeat(this.api.transport, input);
  }

  protected removeMember(id: string) {
    return removeSecretariatSeat(this.api.transport, id);
  }

  protected removeQuestion(name: string): string {
    return msg(str`Remove ${name} from the secretariat? Their details are deleted.`, {
      id: 'bodies.remove_confirm_secretariat',
    });
  }

  protected override render() {
    const load = this.load;
    const head = html`<p><a href="#/bodies">${backToBodies()}</a></p>
      <h1 tabindex="-1">${secretariatTitle()}</h1>`;
    if (load.kind === 'loading') return html`${head}<p role="status">${loadingText()}</p>`;
    if (load.kind === 'error')
      return html`${head}<div class="notice error" role="alert">
          <p>${errorText(load.error)}</p>
          <button @click=${() => void this.fetch()}>${retryText()}</button>
        </div>`;
    return html`${head}
      <p>
        ${msg(
          'A member is listed in the public directory once they consent to publish their name and their organisation; every other detail needs its own consent.',
          { id: 'bodies.secretariat_help' },
        )}
      </p>
      ${load.listed ? this.renderListed(load.listed) : this.renderMembers()}`;
  }

  private renderListed(listed: SecretariatMember[]) {
    return html`<div class="notice" role="note">
        <p>
          ${msg('Only the secretariat manages its members. This is what the public directory shows.', {
            id: 'bodies.secretariat_read_only',
          })}
        </p>
      </div>
      <h2 id="members-title" tabindex="-1">${msg('Members', { id: 'bodies.members' })}</h2>
      ${listed.length ? nothing : html`<p>${msg('No member yet.', { id: 'bodies.no_members' })}</p>`}
      ${listed.map((m) => {
        const role = pickText(m.role, currentLocale());
        return html`<article class="member" aria-labelledby="p-${m.id}">
          <h3 id="p-${m.id}">
            <span dir="auto">${m.name}</span>${m.csoSeat ? html` <span class="badge">${csoSeatText()}</span>` : nothing}
          </h3>
          <p><span lang=${role.lang}>${role.text}</span> — <span dir="auto">${m.organization}</span>${
            m.country ? ` (${countryName(m.country)})` : ''
          }</p>
          ${
            m.contact?.email || m.contact?.phone
              ? html`<dl>
                  ${m.contact.email ? html`<dt>${detailLabel('email')}</dt><dd>${m.contact.email}</dd>` : nothing}
                  ${m.contact.phone ? html`<dt>${detailLabel('phone')}</dt><dd>${m.contact.phone}</dd>` : nothing}
                </dl>`
              : nothing
          }
        </article>`;
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-secretariat-page': LadSecretariatPage;
  }
}
