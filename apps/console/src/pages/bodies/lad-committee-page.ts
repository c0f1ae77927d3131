import {
  addCommitteeMember,
  type Committee,
  type CommitteeRoster,
  getCommitteeRoster,
  isLadApiError,
  listCommittees,
  type PublicCommitteeMember,
  pickText,
  removeCommitteeMember,
  updateCommitteeMember,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { currentLocale } from '../../internal/locale.js';
import {
  actionPackageName,
  countryName,
  errorText,
  languageName,
  loadingText,
  retryText,
  withColon,
} from '../../internal/messages.js';
import { backToBodies, detailLabel, roleText } from './bodies-text.js';
import { inputOf, type MemberForm, MembersPage } from './members-page.js';

type Load =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'not-found' }
  /** `roster`: every detail with its consent, for those who may edit; `null`: the public view. */
  | { kind: 'ready'; committee: Committee; roster: CommitteeRoster | null };

/**
 * A committee's coordinators and CSO representatives (R4). The secretariat and the committee's
 * own coordinator see every detail with its recorded consent, and add, edit and remove people;
 * anyone else sees what the public directory shows.
 */
@customElement('lad-committee-page')
export class LadCommitteePage extends MembersPage {
  protected readonly kind = 'committee';
  @state() private load: Load = { kind: 'loading' };

  private get committeeId(): string {
    return this.params[0] ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('params') || changed.has('api') || changed.has('acting')) && this.api) void this.fetch();
  }

  private mayEdit(committee: Committee): boolean {
    const acting = this.acting;
    return (
      acting?.role === 'secretariat' ||
      (acting?.role === 'committee' && acting.scope === committee.actionPackageId)
    );
  }

  private async fetch(): Promise<void> {
    this.load = { kind: 'loading' };
    this.editing = null;
    this.removing = null;
    try {
      const committee = (await listCommittees(this.api.transport, { cache: 'no-cache' })).find(
        (c) => c.id === this.committeeId,
      );
      if (!committee) {
        this.load = { kind: 'not-found' };
        return;
      }
      let roster: CommitteeRoster | null = null;
      if (this.mayEdit(committee)) {
        try {
          roster = await getCommitteeRoster(this.api.transport, committee.id, { cache: 'no-store' });
        } catch (error) {
          // Outside the scope after all (a role changed meanwhile): the public view.
          if (!(isLadApiError(error) && error.status === 403)) throw error;
        }
      }
      this.members = roster?.members ?? [];
      this.load = { kind: 'ready', committee, roster };
    } catch (error) {
      this.load = { kind: 'error', error };
    }
  }

  protected saveMember(form: MemberForm, id: string | null) {
    const stored = id ? (this.members.find((m) => m.id === id) ?? null) : null;
    const input = { role: form.role, ...inputOf(form, stored) };
    return id
      ? updateCommitteeMember(this.api.transport, this.committeeId, id, input)
      : addCommitteeMember(this.api.transport, this.committeeId, input);
  }

  protected async removeMember(id: string) {
    return (await removeCommitteeMember(this.api.transport, this.committeeId, id)).members;
  }

  protected removeQuestion(name: string): string {
    return msg(str`Remove ${name} from this committee? Their details are deleted.`, {
      id: 'bodies.remove_confirm_committee',
    });
  }

  protected override render() {
    const load = this.load;
    const back = html`<p><a href="#/bodies">${backToBodies()}</a></p>`;
    if (load.kind === 'loading')
      return html`${back}<h1 tabindex="-1">${msg('Committee', { id: 'bodies.committee' })}</h1>
        <p role="status">${loadingText()}</p>`;
    if (load.kind === 'not-found')
      return html`${back}<h1 tabindex="-1">${msg('Committee', { id: 'bodies.committee' })}</h1>
        <div class="notice error" role="alert">
          <p>${msg('There is no committee at this address.', { id: 'bodies.committee_not_found' })}</p>
        </div>`;
    if (load.kind === 'error')
      return html`${back}<h1 tabindex="-1">${msg('Committee', { id: 'bodies.committee' })}</h1>
        <div class="notice error" role="alert">
          <p>${errorText(load.error)}</p>
          <button @click=${() => void this.fetch()}>${retryText()}</button>
        </div>`;
    const name = pickText(load.committee.name, currentLocale());
    return html`${back}
      <h1 tabindex="-1" lang=${name.lang}>${name.text}</h1>
      <p>
        <strong>${withColon(msg('Action package', { id: 'filter.action_package' }))}</strong>
        ${actionPackageName(load.committee.actionPackageId)}
      </p>
      <p>
        ${msg(
          'Each detail of a person reaches the public directory only if they consented to publish it. Record how and when they did.',
          { id: 'bodies.committee_help' },
        )}
      </p>
      ${load.roster ? this.renderMembers() : this.renderPublic(load.committee)}`;
  }

  private renderPublic(committee: Committee) {
    const members = committee.members ?? [];
    return html`<div class="notice" role="note">
        <p>
          ${msg(
            'Only the secretariat and this committee’s coordinators can change its members. This is what the public directory shows.',
            { id: 'bodies.committee_read_only' },
          )}
        </p>
      </div>
      <h2 id="members-title" tabindex="-1">${msg('Members', { id: 'bodies.members' })}</h2>
      ${members.length ? nothing : html`<p>${msg('No member yet.', { id: 'bodies.no_members' })}</p>`}
      ${members.map((m, i) => this.renderPublicMember(m, i))}`;
  }

  private renderPublicMember(m: PublicCommitteeMember, i: number) {
    const rows: [string, string][] = [];
    if (m.organization) rows.push([detailLabel('organization'), m.organization]);
    if (m.contact?.email) rows.push([detailLabel('email'), m.contact.email]);
    if (m.contact?.phone) rows.push([detailLabel('phone'), m.contact.phone]);
    if (m.country) rows.push([detailLabel('country'), countryName(m.country)]);
    if (m.languages.length) rows.push([detailLabel('languages'), m.languages.map(languageName).join(', ')]);
    return html`<article class="member" aria-labelledby="p-${i}">
      <h3 id="p-${i}">
        ${m.name ? html`<span dir="auto">${m.name}</span>` : msg('Name not published', { id: 'bodies.name_hidden' })}
        <span class="badge">${roleText(m.role)}</span>
      </h3>
      ${
        rows.length
          ? html`<dl>
              ${rows.map(([k, v]) => html`<dt>${k}</dt><dd dir="auto">${v}</dd>`)}
            </dl>`
          : nothing
      }
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-committee-page': LadCommitteePage;
  }
}
