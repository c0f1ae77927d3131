import {
  COMMITMENT_STATUSES,
  type Commitment,
  type CommitmentDetail,
  type CommitmentStatus,
  commitmentsExportUrl,
  getProgressSummary,
  listCommitments,
  PILLAR_IDS,
  type PillarId,
  type ProgressSummary,
  pickText,
} from '@lad/sdk';
import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { LadElement } from '../../internal/base-element.js';
import { countryName } from '../../internal/country-name.js';
import { languageMenu } from '../../internal/language-menu.js';
import { currentLocale } from '../../internal/locale.js';
import {
  commitmentCount,
  loadingText,
  noCommitments,
  offlineText,
  pillarLabel,
  retryText,
  statusText,
  withColon,
} from '../../internal/messages.js';
import { loadReference, type Reference } from '../../internal/reference.js';
import { Resource } from '../../internal/resource.js';
import { setStyle } from '../../internal/set-style.js';
import { statusBadge, statusLabel } from '../../internal/status.js';
import { date, localized as text } from '../../internal/text.js';
import { VirtualList } from '../../internal/virtual-list.js';
import { styles } from './commitment-tracker.styles.js';
import { LadCommitmentSelectEvent, LadFilterChangeEvent, type TrackerFilters } from './events.js';
import { matches } from './filter.js';

const FILTER_KEYS = ['country', 'pillar', 'actionPackage', 'mechanism', 'status', 'q'] as const;
const ATTRIBUTES: Record<(typeof FILTER_KEYS)[number], string> = {
  country: 'country',
  pillar: 'pillar',
  actionPackage: 'action-package',
  mechanism: 'mechanism',
  status: 'status',
  q: 'q',
};

type Page = { items: Commitment[]; nextCursor: string | null; total?: number | undefined };

/**
 * The public tracking system of government commitments under the Los Angeles Declaration
 * (R9, R11): filter by country, pillar, action package, regional mechanism and status, search
 * in every language, open a commitment to see its timeline, consultation and indicators.
 *
 * @tagname lad-commitment-tracker
 * @summary Government commitments, their status and their indicators.
 *
 * @event lad-filter-change - A reader changed a filter. `detail`: the filters.
 * @event lad-commitment-select - A reader opened a commitment. `detail.id`: its id.
 * @event lad-locale-change - The reader chose another language (all LAD widgets follow).
 *
 * @csspart base - The whole widget.
 * @csspart filters - The filter bar.
 * @csspart count - The result count.
 * @csspart list - The scrolling list of commitments.
 * @csspart item - One commitment.
 * @csspart details - The opened part of a commitment.
 * @csspart status - A status badge.
 * @csspart gap-notice - "No commitments recorded" for the pillars with none in view.
 * @csspart language-menu - The language menu.
 * @csspart fallback-note - "Shown in French — not yet available in Kreyòl".
 * @csspart machine-note - "Machine translation".
 *
 * @cssproperty --lad-tracker-height - Height of the list with its notices (it scrolls inside). Default 34rem.
 * @cssproperty --lad-status-complete - Colour of "complete" (also `-substantial`, `-limited`, `-not-started`, `-no-evidence`).
 */
@localized()
export class LadCommitmentTracker extends LadElement {
  static override styles = styles;

  /** Only this country's commitments (ISO code, e.g. `HT`). */
  @property({ reflect: true }) country = '';
  /** Only this pillar: `I`, `II`, `III` or `IV`. */
  @property({ reflect: true }) pillar: PillarId | '' = '';
  /** Only this action package (its id). */
  @property({ attribute: 'action-package', reflect: true }) actionPackage = '';
  /** Only commitments shared through this regional mechanism (id or acronym: `crm`, `MIRPS`). */
  @property({ reflect: true }) mechanism = '';
  /** Only this status: `no_evidence`, `not_started`, `limited`, `substantial`, `complete`. */
  @property({ reflect: true }) status: CommitmentStatus | '' = '';
  /** Search words, in any language. */
  @property({ reflect: true }) q = '';
  /** Commitments per request. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 50;
  /** `list` (two lines per commitment) or `compact` (one line). */
  @property({ reflect: true }) layout: 'list' | 'compact' = 'list';
  /** Hides the filter bar (the attributes still filter). */
  @property({ attribute: 'hide-filters', type: Boolean, reflect: true }) hideFilters = false;
  /** Keeps the filters in the page address (`?lad-country=HT…`), so a view can be shared. */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;
  /**
   * Commitments given directly instead of loaded from the API; filters then apply in the
   * browser. Set as a property.
   */
  @property({ attribute: false }) commitments?: Commitment[];

  @state() private expanded = new Set<string>();
  @state() private activeIndex = 0;
  @state() private more: Commitment[] = [];
  @state() private cursor: string | null = null;
  @state() private loadingMore = false;
  /** The result count read out by screen readers (set when the results change). */
  @state() private announced?: number;
  private readonly virtual = new VirtualList(this, {
    estimate: 72,
    find: () => this.renderRoot.querySelector<HTMLElement>('.list[role="list"]'),
  });
  private details = new Map<string, Promise<CommitmentDetail>>();
  private detailsModule?: typeof import('./details.js');
  private detailsLoading?: Promise<typeof import('./details.js')>;
  private resolved = new Map<string, CommitmentDetail | Error>();
  private searchTimer?: ReturnType<typeof setTimeout>;

  private filters(): TrackerFilters {
    return {
      country: this.country.toUpperCase(),
      pillar: this.pillar,
      actionPackage: this.actionPackage.toLowerCase(),
      mechanism: this.mechanism.toLowerCase(),
      status: this.status,
      q: this.q.trim(),
    };
  }

  private readonly page = new Resource(this, {
    args: () => [this.apiBase, this.fetch, this.pageSize, ...Object.values(this.filters())] as const,
    enabled: () => !this.commitments,
    transport: () => this.transport,
    load: async ([, , limit], transport, signal): Promise<Page> => {
      const f = this.filters();
      return listCommitments(
        transport,
        {
          ...(f.country ? { country: f.country } : {}),
          ...(f.pillar ? { pillar: f.pillar } : {}),
          ...(f.actionPackage ? { actionPackage: f.actionPackage } : {}),
          ...(f.mechanism ? { mechanism: f.mechanism } : {}),
          ...(f.status ? { status: f.status } : {}),
          ...(f.q ? { q: f.q } : {}),
          limit: Math.min(100, Math.max(1, limit)),
        },
        { signal },
      );
    },
    isEmpty: (page) => page.items.length === 0,
  });

  private readonly reference = new Resource(this, {
    args: () => [this.apiBase, this.fetch] as const,
    transport: () => this.transport,
    load: (_args, transport, signal) => loadReference(transport, signal),
  });

  /** Pillars with no commitment in the current country/package/mechanism view (R3). */
  private readonly pillarCounts = new Resource(this, {
    args: () => [this.apiBase, this.fetch, this.country, this.actionPackage, this.mechanism] as const,
    enabled: () => !this.commitments,
    transport: () => this.transport,
    load: (_args, transport, signal): Promise<ProgressSummary> => {
      const f = this.filters();
      return getProgressSummary(
        transport,
        {
          groupBy: 'pillar',
          ...(f.country ? { country: f.country } : {}),
          ...(f.actionPackage ? { actionPackage: f.actionPackage } : {}),
          ...(f.mechanism ? { mechanism: f.mechanism } : {}),
        },
        { signal },
      );
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.readUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (FILTER_KEYS.some((k) => changed.has(k)) || changed.has('commitments') || changed.has('apiBase')) {
      this.more = [];
      this.cursor = null;
      this.activeIndex = 0;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const first = this.page.value as Page | undefined;
    if (first && this.cursor === null && this.more.length === 0 && first.nextCursor && !this.commitments) {
      this.cursor = first.nextCursor;
    }
    if (changed.has('commitments') || FILTER_KEYS.some((k) => changed.has(k))) this.announceCount();
  }

  /** Every commitment in view: the given ones filtered here, or the pages loaded so far. */
  private matched?: { from: readonly Commitment[]; key: string; items: Commitment[] };

  private get items(): Commitment[] {
    if (this.commitments) {
      // Filtered once per data and filters, however often a render asks.
      const filters = this.filters();
      const key = JSON.stringify(filters);
      if (this.matched?.from !== this.commitments || this.matched.key !== key)
        this.matched = { from: this.commitments, key, items: matches(this.commitments, filters) };
      return this.matched.items;
    }
    const first = this.page.value as Page | undefined;
    return first ? [...first.items, ...this.more] : [];
  }

  private get total(): number | undefined {
    if (this.commitments) return this.items.length;
    return (this.page.value as Page | undefined)?.total;
  }

  private announceCount(): void {
    if (this.total !== undefined) this.announced = this.total;
  }

  private setFilter(key: (typeof FILTER_KEYS)[number], value: string): void {
    (this as unknown as Record<string, string>)[key] = value;
    this.dispatchEvent(new LadFilterChangeEvent(this.filters()));
    if (this.syncUrl) this.writeUrl();
  }

  private readUrl(): void {
    const params = new URLSearchParams(location.search);
    for (const key of FILTER_KEYS) {
      const value = params.get(`lad-${ATTRIBUTES[key]}`);
      if (value !== null) (this as unknown as Record<string, string>)[key] = value;
    }
  }

  private writeUrl(): void {
    const url = new URL(location.href);
    const f = this.filters();
    for (const key of FILTER_KEYS) {
      if (f[key]) url.searchParams.set(`lad-${ATTRIBUTES[key]}`, f[key]);
      else url.searchParams.delete(`lad-${ATTRIBUTES[key]}`);
    }
    history.replaceState(history.state, '', url);
  }

  private async loadMore(): Promise<void> {
    if (this.loadingMore || !this.cursor || this.commitments) return;
    this.loadingMore = true;
    const cursor = this.cursor;
    try {
      const f = this.filters();
      const next = await listCommitments(this.transport, {
        ...(f.country ? { country: f.country } : {}),
        ...(f.pillar ? { pillar: f.pillar } : {}),
        ...(f.actionPackage ? { actionPackage: f.actionPackage } : {}),
        ...(f.mechanism ? { mechanism: f.mechanism } : {}),
        ...(f.status ? { status: f.status } : {}),
        ...(f.q ? { q: f.q } : {}),
        cursor,
        limit: Math.min(100, Math.max(1, this.pageSize)),
      });
      if (cursor !== this.cursor) return; // the filters changed meanwhile
      this.more = [...this.more, ...next.items];
      this.cursor = next.nextCursor;
    } catch {
      // The "load more" row stays; scrolling again retries.
    } finally {
      this.loadingMore = false;
    }
  }

  private toggle(item: Commitment): void {
    const next = new Set(this.expanded);
    if (next.has(item.id)) {
      next.delete(item.id);
    } else {
      next.add(item.id);
      this.dispatchEvent(new LadCommitmentSelectEvent(item.id));
      this.detailsLoading ??= import('./details.js').then((m) => {
        this.detailsModule = m;
        this.requestUpdate();
        return m;
      });
      const module = this.detailsLoading;
      if (!this.commitments && !this.details.has(item.id)) {
        const pending = module.then((m) => m.loadDetail(this.transport, item.id));
        this.details.set(item.id, pending);
        pending
          .then(
            (detail) => this.resolved.set(item.id, detail),
            (error: unknown) => {
              this.resolved.set(item.id, error instanceof Error ? error : new Error(String(error)));
              this.details.delete(item.id);
            },
          )
          .finally(() => this.requestUpdate());
      }
    }
    this.expanded = next;
  }

  private async focusRow(index: number): Promise<void> {
    const items = this.items;
    if (!items.length) return;
    this.activeIndex = Math.max(0, Math.min(items.length - 1, index));
    this.virtual.scrollToIndex(this.activeIndex);
    await this.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    (
      this.renderRoot.querySelector(`[data-index="${this.activeIndex}"] .toggle`) as HTMLElement | null
    )?.focus();
  }

  private handleListKey(event: KeyboardEvent): void {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    if (event.key in moves) {
      event.preventDefault();
      void this.focusRow(this.activeIndex + (moves[event.key] ?? 0));
    } else if (event.key === 'Home') {
      event.preventDefault();
      void this.focusRow(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      void this.focusRow(this.items.length - 1);
    }
  }

  // ——— rendering ———————————————————————————————————————————————————————————————————

  private option(value: string, label: string, current: string) {
    return html`<option value=${value} ?selected=${value === current}>${label}</option>`;
  }

  private renderFilters(ref: Reference | undefined) {
    if (this.hideFilters) return nothing;
    const f = this.filters();
    const all = msg('All', { id: 'filter.all', desc: 'Filter choice meaning no filter' });
    const select = (
      key: (typeof FILTER_KEYS)[number],
      label: string,
      options: TemplateResult[],
    ) => html`<div class="field">
      <label for=${`f-${key}`}>${label}</label>
      <select id=${`f-${key}`} @change=${(e: Event) => this.setFilter(key, (e.target as HTMLSelectElement).value)}>
        ${this.option('', all, f[key])}${options}
      </select>
    </div>`;
    const countries = (ref?.countries.filter((c) => c.signatory) ?? [])
      .map((c) => ({ code: c.code, name: countryName(c.code, ref) }))
      .sort((a, b) => a.name.localeCompare(b.name, currentLocale()));
    const onSearch = (e: Event) => {
      const value = (e.target as HTMLInputElement).value;
      clearTimeout(this.searchTimer);
      this.searchTimer = setTimeout(() => this.setFilter('q', value), 300);
    };
    return html`<div class="toolbar filters" part="filters" role="search">
      ${select(
        'country',
        msg('Country', { id: 'filter.country' }),
        countries.map((c) => this.option(c.code, c.name, f.country)),
      )}
      ${select(
        'pillar',
        msg('Pillar', { id: 'filter.pillar' }),
        (ref?.pillars ?? []).map((p) =>
          this.option(p.id, `${p.id} · ${pickText(p.shortName, currentLocale()).text}`, f.pillar),
        ),
      )}
      ${select(
        'actionPackage',
        msg('Action package', { id: 'filter.action_package' }),
        (ref?.actionPackages ?? []).map((a) =>
          this.option(a.id, pickText(a.name, currentLocale()).text, f.actionPackage),
        ),
      )}
      ${select(
        'mechanism',
        msg('Regional mechanism', { id: 'filter.mechanism' }),
        (ref?.mechanisms ?? []).map((m) =>
          this.option(m.id, m.acronym ?? pickText(m.name, currentLocale()).text, f.mechanism),
        ),
      )}
      ${select(
        'status',
        statusText(),
        COMMITMENT_STATUSES.map((s) => this.option(s, statusLabel(s), f.status)),
      )}
      <div class="field search">
        <label for="f-q">${msg('Search', { id: 'filter.search' })}</label>
        <input id="f-q" type="search" .value=${f.q} @input=${onSearch} autocomplete="off" />
      </div>
    </div>`;
  }

  private renderExport() {
    if (this.commitments) return nothing;
    const f = this.filters();
    const query = Object.fromEntries(Object.entries(f).filter(([, v]) => v));
    const url = (format: 'csv' | 'json') => commitmentsExportUrl(this.transport, format, query);
    return html`<span class="export"
      >${msg('Download', { id: 'tracker.download', desc: 'Before the CSV and JSON links' })}:
      <a href=${url('csv')} download>CSV</a> · <a href=${url('json')} download>JSON</a></span
    >`;
  }

  private renderGaps(ref: Reference | undefined) {
    let empty: PillarId[] = [];
    const f = this.filters();
    if (this.commitments) {
      const inView = matches(this.commitments, { ...f, pillar: '', status: '', q: '' });
      empty = PILLAR_IDS.filter((p) => !inView.some((c) => c.pillar === p));
    } else {
      const summary = this.pillarCounts.value as ProgressSummary | undefined;
      empty = (summary?.groups ?? [])
        .filter((g) => g.total === 0 && (PILLAR_IDS as readonly string[]).includes(g.key))
        .map((g) => g.key as PillarId);
    }
    if (f.pillar) empty = empty.filter((p) => p === f.pillar);
    if (!empty.length) return nothing;
    // One notice for every empty pillar, a line each: the list keeps as much room as it can.
    return html`<p class="notice gap" part="gap-notice">
      ${empty.map((id) => {
        const pillar = ref?.pillars.find((p) => p.id === id);
        const name = pillar ? pickText(pillar.shortName, currentLocale()).text : '';
        return html`<span class="gap-line"
          ><strong>${withColon(name ? `${pillarLabel(id)} — ${name}` : pillarLabel(id))}</strong> ${noCommitments()}</span
        >`;
      })}
    </p>`;
  }

  private renderMeta(item: Commitment, ref: Reference | undefined) {
    const pkg = item.actionPackages
      .map((id) => ref?.actionPackages.find((a) => a.id === id))
      .filter((a): a is NonNullable<typeof a> => !!a)
      .map((a) => pickText(a.name, currentLocale()).text);
    const shared =
      item.mechanisms.length > 1
        ? item.mechanisms
            .map((id) => ref?.mechanisms.find((m) => m.id === id))
            .map((m, i) => m?.acronym ?? (m ? pickText(m.name, currentLocale()).text : item.mechanisms[i]))
            .join(' · ')
        : '';
    return html`<span class="meta">
      <span class="country">${countryName(item.country, ref)}</span>
      ${item.pillar ? html`<span>${pillarLabel(item.pillar)}</span>` : nothing}
      ${pkg.length ? html`<span>${pkg.join(', ')}</span>` : nothing}
      ${
        item.lastUpdatedOn
          ? html`<span>${msg(str`Updated ${date(item.lastUpdatedOn)}`, { id: 'tracker.updated', desc: 'Date of the latest update of a commitment' })}</span>`
          : nothing
      }
      ${shared ? html`<span class="shared">${msg(str`Shared with ${shared}`, { id: 'tracker.shared', desc: 'A commitment followed by several regional mechanisms, e.g. Shared with CRM · MIRPS' })}</span>` : nothing}
    </span>`;
  }

  private renderOpen(item: Commitment) {
    const module = this.detailsModule;
    const detail = this.resolved.get(item.id) ?? (this.commitments ? (item as CommitmentDetail) : undefined);
    if (!module)
      return html`<div class="details" part="details" id=${`d-${item.id}`}><p class="muted">${loadingText()}</p></div>`;
    return module.renderDetails(item, detail, !detail && this.details.has(item.id));
  }

  private renderItem(item: Commitment, index: number, ref: Reference | undefined, total: number) {
    const open = this.expanded.has(item.id);
    return html`<div
      class="item"
      part="item"
      role="listitem"
      data-index=${index}
      data-key=${item.id}
      aria-setsize=${total}
      aria-posinset=${index + 1}
    >
      <button
        class="toggle"
        tabindex=${index === this.activeIndex ? 0 : -1}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${`d-${item.id}`}
        @click=${() => {
          this.activeIndex = index;
          this.toggle(item);
        }}
        @focus=${() => {
          this.activeIndex = index;
        }}
      >
        <span class="title">${text(item.title, { compact: true })}</span>
        ${statusBadge(item.status)} ${this.layout === 'list' ? this.renderMeta(item, ref) : nothing}
      </button>
      ${open ? this.renderOpen(item) : nothing}
    </div>`;
  }

  private renderList(items: Commitment[], ref: Reference | undefined, total: number) {
    const range = this.virtual.range(items.map((i) => i.id));
    if (range.end >= items.length - 10) queueMicrotask(() => void this.loadMore());
    return html`<div
      class="list"
      part="list"
      role="list"
      aria-label=${msg('Commitments', { id: 'tracker.list' })}
      aria-busy=${this.page.pending ? 'true' : 'false'}
      @keydown=${this.handleListKey}
    >
      <div ${setStyle({ 'block-size': `${range.before}px` })}></div>
      ${repeat(
        items.slice(range.start, range.end),
        (item) => item.id,
        (item, i) => this.renderItem(item, range.start + i, ref, total),
      )}
      <div ${setStyle({ 'block-size': `${range.after}px` })}></div>
    </div>`;
  }

  private renderSkeleton() {
    return html`<div class="list skeleton-list" aria-hidden="true">
      ${Array.from({ length: 8 }, () => html`<div class="item"><div class="skeleton line"></div><div class="skeleton line short"></div></div>`)}
    </div>`;
  }

  protected override render() {
    const ref = this.reference.value as Reference | undefined;
    // The first view waits for the names (reference) and the pillar gaps too: rows that grew
    // when names arrived, or a notice pushing the list down, would move under the reader.
    const complete = this.reference.settled && this.pillarCounts.settled;
    const loaded = this.commitments ? (this.items.length ? 'ready' : 'empty') : this.page.state;
    const state = complete || loaded === 'error' || loaded === 'offline' ? loaded : 'loading';
    const items = this.items;
    const total = this.total ?? items.length;
    const count =
      this.total === undefined || state === 'loading'
        ? html`<span class="skeleton count-skeleton"></span>`
        : commitmentCount(this.total);
    const problem =
      state === 'offline'
        ? offlineText()
        : state === 'error'
          ? msg('The commitments could not be loaded.', { id: 'state.error' })
          : '';
    return html`<section part="base" class=${`base layout-${this.layout}`} aria-label=${msg('Commitments tracker', { id: 'tracker.label' })}>
      <div class="toolbar header">${languageMenu(this)}</div>
      ${this.renderFilters(ref)}
      <div class="summary-line">
        <span part="count" class="count">${count}</span>
        ${this.renderExport()}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announced === undefined ? '' : commitmentCount(this.announced)}</div>
      <div class="list-box">
        ${state === 'loading' ? nothing : this.renderGaps(ref)}
        ${
          state === 'loading' ||
          (state === 'error' && !items.length) ||
          (state === 'offline' && !items.length)
            ? this.renderSkeleton()
            : state === 'empty'
              ? html`<div class="list empty"><p class="notice">${msg('No commitments match these filters.', { id: 'tracker.empty' })}</p></div>`
              : this.renderList(items, ref, total)
        }
        ${
          // Over the list's foot, like a snackbar: it moves nothing, and the rows already
          // shown stay readable above it.
          problem
            ? html`<div class=${`notice problem ${state}`} role="alert">
                ${problem}
                <button class="button" @click=${() => this.page.retry()}>${retryText()}</button>
              </div>`
            : nothing
        }
      </div>
    </section>`;
  }
}
