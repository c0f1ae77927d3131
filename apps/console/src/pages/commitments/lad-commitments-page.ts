import {
  ACTION_PACKAGES,
  COMMITMENT_STATUSES,
  type Commitment,
  type CommitmentQuery,
  listCommitments,
  MECHANISMS,
  PILLAR_IDS,
  pickText,
  SIGNATORIES,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { hashOf } from '../../app/routes.js';
import { currentLocale } from '../../internal/locale.js';
import {
  actionPackageName,
  commitmentCount,
  countryName,
  dateText,
  errorText,
  loadingText,
  mechanismTitle,
  number,
  pillarLabel,
  retryText,
  statusLabel,
} from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { type ScopeFilter, scopeFilter } from '../../internal/session.js';
import { baseStyles } from '../../internal/styles.js';

/** The tracker's filters, as the list's hash query names them. */
const FILTERS = ['country', 'pillar', 'actionPackage', 'mechanism', 'status', 'q'] as const;
type Filter = (typeof FILTERS)[number];
const PAGE_SIZE = 50;

type Load =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'done'; items: Commitment[]; total: number | undefined; next: string | null; more: boolean };

/**
 * The commitments in the scope the person acts in, with the tracker's filters (those the scope
 * fixes shown, not offered), a page at a time; each links to its edit page.
 */
@customElement('lad-commitments-page')
export class LadCommitmentsPage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      form.filters {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
        gap: 0 1rem;
        align-items: end;
      }
      form.filters select,
      form.filters input {
        inline-size: 100%;
      }
      .fixed {
        min-block-size: 2.5rem;
        display: flex;
        align-items: center;
        margin: 0;
      }
      td.title {
        min-inline-size: 16rem;
      }
      .fallback {
        color: var(--muted);
        font-size: 0.85rem;
      }
    `,
  ];

  @state() private load: Load = { kind: 'loading' };
  private controller: AbortController | null = null;

  /** What the role the person acts in fixes. */
  private get fixed(): ScopeFilter {
    return scopeFilter(this.acting);
  }

  /** The filters in force: the hash's, with what the scope fixes over them. */
  private get filters(): CommitmentQuery {
    const chosen: Record<string, string> = {};
    for (const f of FILTERS) {
      const value = this.query.get(f);
      if (value) chosen[f] = value;
    }
    return { ...chosen, ...this.fixed } as CommitmentQuery;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('query') || changed.has('acting') || changed.has('api')) && this.api)
      void this.fetchPage(null);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  private async fetchPage(cursor: string | null): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const before = cursor && this.load.kind === 'done' ? this.load : null;
    if (before) this.load = { ...before, more: true };
    else this.load = { kind: 'loading' };
    try {
      const page = await listCommitments(
        this.api.transport,
        { ...this.filters, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) },
        { signal: controller.signal, cache: 'no-cache' },
      );
      if (this.controller !== controller) return;
      this.load = {
        kind: 'done',
        items: [...(before?.items ?? []), ...page.items],
        total: before?.total ?? page.total,
        next: page.nextCursor ?? null,
        more: false,
      };
    } catch (error) {
      if (!controller.signal.aborted) this.load = { kind: 'error', error };
    }
  }

  protected override render() {
    return html`
      <h1 tabindex="-1">${msg('Commitments', { id: 'commitments.title' })}</h1>
      <p><a href="#/commitments/new">${msg('New commitment', { id: 'edit.new_title' })}</a></p>
      ${this.renderFilters()} ${this.renderResults()}
    `;
  }

  private renderFilters() {
    const f = this.filters;
    const fixed = this.fixed;
    const locale = currentLocale();
    const select = (
      name: Filter,
      label: string,
      options: readonly { value: string; label: string }[],
      fixedLabel?: string,
    ) =>
      html`<div class="field">
        ${
          fixedLabel
            ? html`<span class="label">${label}</span>
              <p class="fixed">${fixedLabel}</p>`
            : html`<label for="f-${name}">${label}</label>
              <select id="f-${name}" name=${name} @change=${this.applyFilters}>
                <option value="">${msg('All', { id: 'filter.all', desc: 'Filter option: no filter' })}</option>
                ${options.map(
                  (o) => html`<option value=${o.value} ?selected=${f[name] === o.value}>${o.label}</option>`,
                )}
              </select>`
        }
      </div>`;
    const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
    return html`<form class="filters" role="search" @submit=${this.search}>
      ${select(
        'country',
        msg('Country', { id: 'filter.country' }),
        SIGNATORIES.map((c) => ({ value: c.code, label: countryName(c.code) })).sort(byLabel),
        fixed.country ? countryName(fixed.country) : undefined,
      )}
      ${select(
        'pillar',
        msg('Pillar', { id: 'filter.pillar' }),
        PILLAR_IDS.map((p) => ({ value: p, label: pillarLabel(p) })),
      )}
      ${select(
        'actionPackage',
        msg('Action package', { id: 'filter.action_package' }),
        ACTION_PACKAGES.map((p) => ({ value: p.id, label: actionPackageName(p.id) })).sort(byLabel),
        fixed.actionPackage ? actionPackageName(fixed.actionPackage) : undefined,
      )}
      ${select(
        'mechanism',
        msg('Regional mechanism', { id: 'filter.mechanism' }),
        MECHANISMS.map((m) => ({ value: m.id, label: pickText(m.name, locale).text })).sort(byLabel),
        fixed.mechanism ? mechanismTitle(fixed.mechanism) : undefined,
      )}
      ${select(
        'status',
        msg('Status', { id: 'filter.status' }),
        COMMITMENT_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
      )}
      <div class="field">
        <label for="f-q">${msg('Search titles and descriptions', { id: 'filter.search' })}</label>
        <input id="f-q" name="q" type="search" .value=${f.q ?? ''} maxlength="200" />
      </div>
      <div class="field">
        <button type="submit">${msg('Search', { id: 'filter.search_button' })}</button>
      </div>
    </form>`;
  }

  private renderResults() {
    const load = this.load;
    if (load.kind === 'loading') return html`<p role="status">${loadingText()}</p>`;
    if (load.kind === 'error')
      return html`<div class="notice error" role="alert">
        <p>${errorText(load.error)}</p>
        <button @click=${() => void this.fetchPage(null)}>${retryText()}</button>
      </div>`;
    const locale = currentLocale();
    const count = commitmentCount(load.total ?? load.items.length);
    if (!load.items.length)
      return html`<p role="status">${msg('No commitment matches these filters.', { id: 'commitments.empty' })}</p>`;
    return html`
      <p role="status">${count}</p>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="list-caption">
        <table>
          <caption id="list-caption">${msg('Commitments in your scope', { id: 'commitments.caption' })}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Title', { id: 'commitments.col_title' })}</th>
              <th scope="col">${msg('Country', { id: 'filter.country' })}</th>
              <th scope="col">${msg('Status', { id: 'filter.status' })}</th>
              <th scope="col">${msg('Last update', { id: 'commitments.col_updated' })}</th>
            </tr>
          </thead>
          <tbody>
            ${load.items.map((c) => {
              const title = pickText(c.title, locale);
              return html`<tr>
                <td class="title">
                  <a href="#/commitments/${encodeURIComponent(c.id)}" lang=${title.lang}>${title.text}</a>
                  ${
                    title.isFallback
                      ? html`<span class="fallback"
                        >${msg('(not yet in your language)', { id: 'commitments.fallback' })}</span
                      >`
                      : nothing
                  }
                </td>
                <td>${countryName(c.country)}</td>
                <td>${statusLabel(c.status)}</td>
                <td>
                  ${
                    c.lastUpdatedOn
                      ? dateText(c.lastUpdatedOn)
                      : msg('none recorded', { id: 'commitments.never_updated' })
                  }
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${
        load.next
          ? html`<div class="actions">
            <button class="secondary" ?disabled=${load.more} @click=${() => void this.fetchPage(load.next)}>
              ${msg(str`Show ${number(PAGE_SIZE)} more`, { id: 'commitments.more' })}
            </button>
          </div>`
          : nothing
      }
    `;
  }

  /** The hash for the filters the form holds now. */
  private hashFromForm(): string {
    const form = this.renderRoot.querySelector('form') as HTMLFormElement;
    const data = new FormData(form);
    const query: Record<string, string | undefined> = {};
    for (const f of FILTERS) {
      if (f in this.fixed) continue;
      const value = data.get(f);
      if (typeof value === 'string' && value.trim()) query[f] = value.trim();
    }
    return hashOf('/commitments', query);
  }

  private applyFilters(): void {
    location.replace(this.hashFromForm());
  }

  private search(event: SubmitEvent): void {
    event.preventDefault();
    location.replace(this.hashFromForm());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-commitments-page': LadCommitmentsPage;
  }
}
