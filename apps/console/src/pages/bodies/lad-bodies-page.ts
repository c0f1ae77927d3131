import {
  type Committee,
  listCommitments,
  listCommittees,
  listMechanisms,
  listSecretariat,
  pickText,
  type RegionalMechanism,
  type SecretariatMember,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { hashOf } from '../../app/routes.js';
import { currentLocale } from '../../internal/locale.js';
import {
  actionPackageName,
  commitmentCount,
  errorText,
  loadingText,
  number,
  retryText,
} from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { baseStyles } from '../../internal/styles.js';
import { bodiesTitle, secretariatTitle } from './bodies-text.js';

type Load =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | {
      kind: 'ready';
      committees: Committee[];
      secretariat: SecretariatMember[];
      mechanisms: RegionalMechanism[];
    };

/** How many commitments each mechanism shares: a number, still counting, or not counted. */
type Count = number | 'loading' | 'failed';

/**
 * Committees and bodies (R1, R4, R12): each committee with how many coordinators and CSO
 * representatives it has, linked to its page; the technical secretariat; the regional mechanisms
 * with their member countries and how many commitments each shares (linked to the commitments
 * list filtered by that mechanism).
 */
@customElement('lad-bodies-page')
export class LadBodiesPage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      .yours {
        font-weight: 600;
        color: var(--muted);
      }
      td.number {
        text-align: end;
        font-variant-numeric: tabular-nums;
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
    `,
  ];

  @state() private load: Load = { kind: 'loading' };
  @state() private counts: Record<string, Count> = {};
  private controller: AbortController | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('api') || changed.has('acting')) && this.api) void this.fetch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  private async fetch(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const opts = { signal: controller.signal, cache: 'no-cache' as const };
    this.load = { kind: 'loading' };
    try {
      const t = this.api.transport;
      const [committees, secretariat, mechanisms] = await Promise.all([
        listCommittees(t, opts),
        listSecretariat(t, opts),
        listMechanisms(t, opts),
      ]);
      if (controller.signal.aborted) return;
      this.load = { kind: 'ready', committees, secretariat, mechanisms };
      this.counts = Object.fromEntries(mechanisms.map((m) => [m.id, 'loading' as Count]));
      // The shared commitments are counted after the page is shown, each on its own.
      await Promise.all(
        mechanisms.map(async (m) => {
          let count: Count;
          try {
            count = (await listCommitments(t, { mechanism: m.id, limit: 1 }, opts)).total ?? 'failed';
          } catch {
            count = 'failed';
          }
          if (!controller.signal.aborted) this.counts = { ...this.counts, [m.id]: count };
        }),
      );
    } catch (error) {
      if (!controller.signal.aborted) this.load = { kind: 'error', error };
    }
  }

  protected override render() {
    const load = this.load;
    const head = html`<h1 tabindex="-1">${bodiesTitle()}</h1>`;
    if (load.kind === 'loading') return html`${head}<p role="status">${loadingText()}</p>`;
    if (load.kind === 'error')
      return html`${head}<div class="notice error" role="alert">
          <p>${errorText(load.error)}</p>
          <button @click=${() => void this.fetch()}>${retryText()}</button>
        </div>`;
    return html`${head}
      <p>
        ${msg(
          'The people of each committee, the technical secretariat and the regional mechanisms. A person’s details reach the public directory one by one, as they consented.',
          { id: 'bodies.intro' },
        )}
      </p>
      ${this.renderCommittees(load.committees)} ${this.renderSecretariat(load.secretariat)}
      ${this.renderMechanisms(load.mechanisms)}`;
  }

  private renderCommittees(committees: Committee[]) {
    const mine = this.acting?.role === 'committee' ? this.acting.scope : null;
    const count = (c: Committee, role: 'coordinator' | 'cso_representative') =>
      number((c.members ?? []).filter((m) => m.role === role).length);
    return html`<section aria-labelledby="committees">
      <h2 id="committees">${msg('Committees', { id: 'bodies.committees' })}</h2>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="committees">
        <table>
          <thead>
            <tr>
              <th scope="col">${msg('Committee', { id: 'bodies.committee' })}</th>
              <th scope="col">${msg('Action package', { id: 'filter.action_package' })}</th>
              <th scope="col">${msg('Coordinators', { id: 'bodies.col.coordinators' })}</th>
              <th scope="col">${msg('CSO representatives', { id: 'bodies.col.cso' })}</th>
            </tr>
          </thead>
          <tbody>
            ${committees.map((c) => {
              const name = pickText(c.name, currentLocale());
              return html`<tr>
                <td>
                  <a href="#/bodies/committees/${encodeURIComponent(c.id)}" lang=${name.lang}>${name.text}</a>
                  ${c.actionPackageId === mine ? html`<span class="yours">${msg('(yours)', { id: 'bodies.yours', desc: 'Marks the committee of the role the person acts in' })}</span>` : nothing}
                </td>
                <td>${actionPackageName(c.actionPackageId)}</td>
                <td class="number">${count(c, 'coordinator')}</td>
                <td class="number">${count(c, 'cso_representative')}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderSecretariat(listed: SecretariatMember[]) {
    const cso = listed.filter((m) => m.csoSeat).length;
    return html`<section aria-labelledby="secretariat">
      <h2 id="secretariat">${secretariatTitle()}</h2>
      <p>
        ${msg(
          str`Listed in the public directory: ${number(listed.length)}, of whom ${number(cso)} in CSO seats.`,
          {
            id: 'bodies.secretariat_counts',
            desc: 'Counts of secretariat members listed publicly and of those holding civil-society seats',
          },
        )}
      </p>
      <p>
        <a href="#/bodies/secretariat"
          >${
            this.acting?.role === 'secretariat'
              ? msg('Manage the secretariat’s members', { id: 'bodies.secretariat_manage' })
              : msg('See the secretariat’s members', { id: 'bodies.secretariat_see' })
          }</a
        >
      </p>
    </section>`;
  }

  private renderMechanisms(mechanisms: RegionalMechanism[]) {
    const editable = this.acting?.role === 'secretariat';
    return html`<section aria-labelledby="mechanisms">
      <h2 id="mechanisms">${msg('Regional mechanisms', { id: 'bodies.mechanisms' })}</h2>
      <p>
        ${msg('A commitment is shared with a mechanism on the commitment itself (its regional mechanisms).', {
          id: 'bodies.mechanisms_help',
        })}
      </p>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="mechanisms">
        <table>
          <thead>
            <tr>
              <th scope="col">${msg('Mechanism', { id: 'bodies.col.mechanism' })}</th>
              <th scope="col">${msg('Member countries', { id: 'bodies.member_countries' })}</th>
              <th scope="col">${msg('Commitments shared', { id: 'bodies.col.shared' })}</th>
            </tr>
          </thead>
          <tbody>
            ${mechanisms.map((m) => {
              const name = pickText(m.name, currentLocale());
              const label = m.acronym ? `${name.text} (${m.acronym})` : name.text;
              const count = this.counts[m.id] ?? 'loading';
              return html`<tr>
                <td>
                  ${
                    editable
                      ? html`<a href="#/bodies/mechanisms/${encodeURIComponent(m.id)}" lang=${name.lang}>${label}</a>`
                      : html`<span lang=${name.lang}>${label}</span>`
                  }
                </td>
                <td class="number">
                  ${m.members ? number(m.members.length) : msg('no reliable public list', { id: 'bodies.no_list' })}
                </td>
                <td>
                  ${
                    count === 'loading'
                      ? loadingText()
                      : count === 'failed'
                        ? msg('not counted', { id: 'bodies.count_failed' })
                        : html`<a href=${hashOf('/commitments', { mechanism: m.id })}>${commitmentCount(count)}</a>`
                  }
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-bodies-page': LadBodiesPage;
  }
}
