import {
  type ActionPackage,
  type Committee,
  type CommitteeContact,
  type ContactDetails,
  type Event,
  formatList,
  listCommittees,
  listEvents,
  listSecretariat,
  type RegionalMechanism,
  type SecretariatMember,
} from '@lad/sdk';
import { localized, msg, str } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { LadElement } from '../../internal/base-element.js';
import { countryName } from '../../internal/country-name.js';
import { languageMenu } from '../../internal/language-menu.js';
import { currentLocale, needMessages } from '../../internal/locale.js';
import { loadingText, offlineText, pillarLabel, retryText, withColon } from '../../internal/messages.js';
import { loadReference, type Reference } from '../../internal/reference.js';
import { Resource } from '../../internal/resource.js';
import { base, titledLayout } from '../../internal/styles.js';
import { date, safeHref, localized as text } from '../../internal/text.js';
import { headings, panel } from '../../internal/view-styles.js';

// Its words are a module of their own per language (the form it opens brings its own).
needMessages('meetings');

interface Directory {
  reference: Reference;
  committees: Committee[];
  secretariat: SecretariatMember[];
  /** The next information session of each committee. */
  next: Map<string, Event>;
}

const countries = (codes: readonly string[], reference: Reference) =>
  formatList(
    codes.map((c) => countryName(c, reference)),
    currentLocale(),
  );

/**
 * Who is who (R4, R1, R12): the action packages grouped by pillar — Pillar IV too, even with no
 * committee — each with its lead and participating countries, the committee's coordinator and
 * designated civil-society representative (contact details only where they consented to
 * publish them; otherwise the route through the technical secretariat), its next session and a
 * way to send it a written proposal; then the technical secretariat with its civil-society
 * seats marked, and the regional mechanisms with their member countries.
 *
 * @tagname lad-committee-directory
 * @summary Committees, their contacts, the secretariat and the regional mechanisms.
 *
 * @event lad-locale-change - The reader chose another language (all LAD widgets follow).
 *
 * @csspart base - The whole widget.
 * @csspart pillar - One pillar's section.
 * @csspart package - One action package.
 * @csspart contact - A coordinator's or CSO representative's card.
 * @csspart secretariat - The technical secretariat section.
 * @csspart mechanisms - The regional mechanisms section.
 * @csspart language-menu - The language menu.
 */
@localized()
export class LadCommitteeDirectory extends LadElement {
  static override styles = [
    base,
    titledLayout,
    headings,
    panel,
    css`
      h3 {
        font-size: 1.2em;
      }
      h4 {
        font-size: 1.05em;
      }
      h5 {
        font-size: 0.95em;
        color: var(--_muted);
        font-weight: 600;
      }
      section.pillar,
      section.secretariat,
      section.mechanisms {
        display: grid;
        gap: var(--_space);
      }
      ul.cards {
        display: grid;
        gap: var(--_space);
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .card {
        gap: calc(var(--_space) * 0.75);
        align-content: start;
      }
      .card p,
      .card dl {
        margin: 0;
      }
      .contacts {
        display: grid;
        gap: var(--_space);
      }
      .contact {
        padding-inline-start: var(--_space);
        border-inline-start: 3px solid var(--_border);
      }
      .muted {
        color: var(--_muted);
      }
      .badge {
        display: inline-block;
        margin-inline-start: 0.4em;
        padding-inline: 0.4em;
        border: 1px solid var(--_accent);
        border-radius: 0.25rem;
        color: var(--_accent);
        font-size: 0.85em;
        font-weight: 600;
      }
      .skeleton.block {
        block-size: 30rem;
      }
      lad-proposal-form {
        margin-block-start: var(--_space);
      }
    `,
  ];

  /** The committee whose proposal form is open. */
  @state() private proposing?: string;

  private readonly data = new Resource(this, {
    args: () => [this.apiBase, this.fetch] as const,
    transport: () => this.transport,
    load: async (_args, transport, signal): Promise<Directory> => {
      const [reference, committees, secretariat, sessions] = await Promise.all([
        loadReference(transport, signal),
        listCommittees(transport, { signal }),
        listSecretariat(transport, { signal }),
        listEvents(
          transport,
          { kind: 'information_session', from: new Date().toISOString(), limit: 100 },
          { signal },
        ),
      ]);
      const next = new Map<string, Event>();
      for (const event of sessions.items) {
        const id = event.committeeId;
        if (id && (!next.has(id) || (next.get(id) as Event).startsAt > event.startsAt)) next.set(id, event);
      }
      return { reference, committees, secretariat, next };
    },
  });

  private details(contact: ContactDetails | null) {
    if (!contact) return nothing;
    const web = safeHref(contact.url);
    return html`<ul class="muted">
      ${contact.email ? html`<li><a href=${`mailto:${contact.email}`}>${contact.email}</a></li>` : nothing}
      ${contact.phone ? html`<li><a href=${`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>${contact.phone}</a></li>` : nothing}
      ${web ? html`<li><a href=${web} rel="noopener noreferrer" target="_blank">${web}</a></li>` : nothing}
    </ul>`;
  }

  private person(role: string, person: CommitteeContact | null, d: Directory) {
    return html`<div class="contact" part="contact">
      <h5>${role}</h5>
      ${
        !person
          ? html`<p class="muted">${msg('Not designated yet.', { id: 'dir.not_designated' })}</p>`
          : html`<p>
              <span dir="auto">${person.name}</span>${person.organization ? html`, <span dir="auto">${person.organization}</span>` : nothing}${person.country ? html` (${countryName(person.country, d.reference)})` : nothing}
            </p>
            ${
              person.consentToPublish && person.contact
                ? this.details(person.contact)
                : html`<p class="muted">
                    ${msg('Contact details not published.', { id: 'dir.no_consent' })}
                    <a href="#secretariat" @click=${this.toSecretariat}>${msg('Contact through the technical secretariat', { id: 'dir.via_secretariat' })}</a>
                  </p>`
            }`
      }
    </div>`;
  }

  private toSecretariat(event: MouseEvent) {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>('#secretariat');
    target?.scrollIntoView({ block: 'start' });
    target?.focus();
  }

  private async propose(committeeId: string) {
    if (this.proposing !== committeeId) await import('../proposal-form/lad-proposal-form.js');
    this.proposing = this.proposing === committeeId ? undefined : committeeId;
  }

  private renderPackage(p: ActionPackage, d: Directory) {
    const committee = d.committees.find((c) => c.id === p.committeeId);
    const next = committee ? d.next.get(committee.id) : undefined;
    return html`<li class="card panel" part="package">
      <h4>${text(p.name)}</h4>
      <p><strong>${withColon(msg('Lead', { id: 'dir.lead' }))}</strong> ${p.leads.length ? countries(p.leads, d.reference) : msg('unknown', { id: 'dir.unknown' })}</p>
      <p>
        <strong>${withColon(msg('Participants', { id: 'dir.participants' }))}</strong>
        ${p.participants.length ? countries(p.participants, d.reference) : msg('unknown', { id: 'dir.unknown' })}
        ${p.participantsComplete ? nothing : html`<span class="muted">${msg('(the public list may be incomplete)', { id: 'dir.incomplete' })}</span>`}
      </p>
      ${
        committee
          ? html`<div class="contacts">
              ${this.person(msg('Committee coordinator', { id: 'dir.coordinator' }), committee.coordinator, d)}
              ${this.person(msg('Civil-society representative', { id: 'dir.cso_rep' }), committee.csoRepresentative, d)}
            </div>
            <p>
              <strong>${withColon(msg('Next session', { id: 'dir.next' }))}</strong>
              ${next ? date(next.startsAt, { dateStyle: 'long' }) : msg('not scheduled yet', { id: 'dir.no_next' })}
            </p>
            ${
              committee.acceptsProposals
                ? html`<button class="button" aria-expanded=${this.proposing === committee.id ? 'true' : 'false'}
                    @click=${() => this.propose(committee.id)}>${msg('Send a written proposal', { id: 'dir.propose' })}</button>
                  ${
                    this.proposing === committee.id
                      ? html`<lad-proposal-form kind="policy" committee=${committee.id} api-base=${this.apiBase || nothing} .fetch=${this.fetch}></lad-proposal-form>`
                      : nothing
                  }`
                : nothing
            }`
          : html`<p class="muted">${msg('No committee follows this package yet.', { id: 'dir.no_committee' })}</p>`
      }
    </li>`;
  }

  private renderSecretariat(d: Directory) {
    return html`<section class="secretariat" part="secretariat" aria-labelledby="secretariat" >
      <h3 id="secretariat" tabindex="-1">${msg('Technical secretariat', { id: 'dir.secretariat' })}</h3>
      <p class="muted">${msg('Write to the secretariat to reach a committee member whose details are not published.', { id: 'dir.secretariat_hint' })}</p>
      <ul class="cards">
        ${d.secretariat.map(
          (m) => html`<li class="card panel">
            <h4><span dir="auto">${m.name}</span>${m.csoSeat ? html`<span class="badge">${msg('Civil-society seat', { id: 'dir.cso_seat' })}</span>` : nothing}</h4>
            <p>${text(m.role)} — <span dir="auto">${m.organization}</span>${m.country ? html` (${countryName(m.country, d.reference)})` : nothing}</p>
            ${this.details(m.contact)}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderMechanisms(d: Directory) {
    const role = (m: RegionalMechanism) =>
      m.associatesRole === 'observer'
        ? msg('Observers', { id: 'dir.observers' })
        : m.associatesRole === 'cooperating'
          ? msg('Cooperating states', { id: 'dir.cooperating' })
          : msg('Associate states', { id: 'dir.associates' });
    return html`<section class="mechanisms" part="mechanisms" aria-labelledby="mechanisms-title">
      <h3 id="mechanisms-title">${msg('Regional mechanisms', { id: 'dir.mechanisms' })}</h3>
      <ul class="cards">
        ${d.reference.mechanisms.map(
          (m) => html`<li class="card panel">
            <h4>${text(m.name)}${m.acronym ? html` (${m.acronym})` : nothing}</h4>
            <p>
              <strong>${withColon(msg('Members', { id: 'dir.members' }))}</strong>
              ${m.members ? countries(m.members, d.reference) : msg('no reliable public list', { id: 'dir.no_members' })}
              ${m.membersAsOf ? html`<span class="muted">${msg(str`(as of ${date(m.membersAsOf, { dateStyle: 'medium' })})`, { id: 'dir.as_of' })}</span>` : nothing}
            </p>
            ${m.associates.length ? html`<p><strong>${withColon(role(m))}</strong> ${countries(m.associates, d.reference)}</p>` : nothing}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  protected override render() {
    const d = this.data.value as Directory | undefined;
    const status = this.data.state;
    return html`<section part="base" class="base" aria-labelledby="title" aria-busy=${d ? 'false' : 'true'}>
      <div class="toolbar header">
        <h2 id="title">${msg('Committees and contacts', { id: 'dir.title' })}</h2>
        ${languageMenu(this)}
      </div>
      ${
        !d
          ? status === 'offline' || status === 'error'
            ? html`<div class="notice error" role="alert">
                ${status === 'offline' ? offlineText() : msg('The directory could not be loaded.', { id: 'dir.error' })}
                <button class="button" @click=${() => this.data.retry()}>${retryText()}</button>
              </div>`
            : html`<p role="status">${loadingText()}</p><div class="skeleton block" aria-hidden="true"></div>`
          : html`${d.reference.pillars.map((pillar) => {
              const packages = d.reference.actionPackages.filter((p) => p.pillar === pillar.id);
              return html`<section class="pillar" part="pillar" aria-labelledby=${`pillar-${pillar.id}`}>
                <h3 id=${`pillar-${pillar.id}`}>${pillarLabel(pillar.id)} — ${text(pillar.name)}</h3>
                ${
                  packages.length
                    ? html`<ul class="cards">${packages.map((p) => this.renderPackage(p, d))}</ul>`
                    : html`<p class="muted">${
                        pillar.hasCommittees
                          ? msg('No action packages recorded under this pillar.', { id: 'dir.pillar_empty' })
                          : msg('No action-package committees were set up under this pillar.', {
                              id: 'dir.pillar_no_committees',
                            })
                      }</p>`
                }
              </section>`;
            })}
            ${this.renderSecretariat(d)} ${this.renderMechanisms(d)}`
      }
    </section>`;
  }
}
