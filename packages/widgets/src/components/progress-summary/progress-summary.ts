import {
  COMMITMENT_STATUSES,
  csvCell,
  getProgressSummary,
  type ProgressGroup,
  type ProgressGroupBy,
  type ProgressSummary,
  pickText,
} from '@lad/sdk';
import { localized, msg, str } from '@lit/localize';
import { html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LadElement } from '../../internal/base-element.js';
import { countryName } from '../../internal/country-name.js';
import { languageMenu } from '../../internal/language-menu.js';
import { currentLocale } from '../../internal/locale.js';
import {
  byCount,
  commitmentCount,
  noCommitments,
  offlineText,
  pillarLabel,
  retryText,
  statusText,
  withColon,
} from '../../internal/messages.js';
import { Resource } from '../../internal/resource.js';
import { statusLabel } from '../../internal/status.js';
import { number, localized as text } from '../../internal/text.js';
import { LadGroupSelectEvent } from './events.js';
import { styles } from './progress-summary.styles.js';

type GroupByAttribute = 'country' | 'pillar' | 'action-package' | 'mechanism';
const GROUP_BY: Record<GroupByAttribute, ProgressGroupBy> = {
  country: 'country',
  pillar: 'pillar',
  'action-package': 'actionPackage',
  mechanism: 'mechanism',
};
// How many groups each grouping has (the four pillars and the row of commitments with no
// pillar; the action packages and mechanisms of the reference data; the endorsing countries
// and Spain, an observer with a commitment in the record): the skeleton reserves their rows so
// nothing moves when data comes.
const EXPECTED_GROUPS: Record<ProgressGroupBy, number> = {
  pillar: 5,
  actionPackage: 11,
  mechanism: 8,
  country: 22,
};

/**
 * Shared progress on the Declaration, for a regional mechanism's or a country's site (R12):
 * commitments by status and indicator progress toward targets, per pillar, country, action
 * package or mechanism — empty groups included (R3) — as a chart or a table, with the data as CSV.
 *
 * @tagname lad-progress-summary
 * @summary Progress by pillar, country, action package or mechanism.
 *
 * @event lad-group-select - A reader chose a group. `detail`: `{ groupBy, key }`.
 * @event lad-locale-change - The reader chose another language (all LAD widgets follow).
 *
 * @csspart base - The whole widget.
 * @csspart chart - The bars.
 * @csspart table - The table.
 * @csspart group - One group (a button).
 * @csspart legend - The status legend.
 * @csspart language-menu - The language menu.
 *
 * @cssproperty --lad-summary-row-height - Height of a group's row. Default 4.25rem.
 */
@localized()
export class LadProgressSummary extends LadElement {
  static override styles = styles;

  /** Groups: `pillar`, `country`, `action-package` or `mechanism`. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupByAttribute = 'pillar';
  /** Only commitments shared through this mechanism (id or acronym: `crm`, `CRM`). */
  @property({ reflect: true }) mechanism = '';
  /** Only this country's commitments (ISO code). */
  @property({ reflect: true }) country = '';
  /** `bar` (a chart) or `table`. */
  @property({ reflect: true }) chart: 'bar' | 'table' = 'bar';

  /** The view a reader just switched to, read out by screen readers. */
  @state() private announced?: 'bar' | 'table';

  private get by(): ProgressGroupBy {
    return GROUP_BY[this.groupBy] ?? 'pillar';
  }

  private readonly summary = new Resource(this, {
    args: () => [this.apiBase, this.fetch, this.by, this.mechanism, this.country] as const,
    transport: () => this.transport,
    load: (_args, transport, signal) =>
      getProgressSummary(
        transport,
        {
          groupBy: this.by,
          ...(this.mechanism ? { mechanism: this.mechanism.toLowerCase() } : {}),
          ...(this.country ? { country: this.country.toUpperCase() } : {}),
        },
        { signal },
      ),
  });

  /** How the data on screen is grouped (while another grouping loads, the older one shows). */
  private get shownBy(): ProgressGroupBy {
    return (this.summary.value as ProgressSummary | undefined)?.groupBy ?? this.by;
  }

  private label(group: ProgressGroup) {
    // Commitments no source files under a pillar come as group `none`, with its own label.
    if (this.shownBy === 'pillar' && group.key !== 'none') {
      return html`${pillarLabel(group.key)}${group.label ? html` — ${text(group.label, { compact: true })}` : nothing}`;
    }
    if (this.shownBy === 'country') return countryName(group.key);
    return group.label ? text(group.label, { compact: true }) : group.key;
  }

  private plainLabel(group: ProgressGroup): string {
    const name = group.label
      ? pickText(group.label, currentLocale()).text
      : this.shownBy === 'country'
        ? countryName(group.key)
        : group.key;
    return this.shownBy === 'pillar' && group.key !== 'none' ? `${pillarLabel(group.key)} — ${name}` : name;
  }

  private describe(group: ProgressGroup): string {
    if (!group.total) return noCommitments();
    const parts = COMMITMENT_STATUSES.filter((s) => group.byStatus[s]).map(
      (s) => `${withColon(statusLabel(s))} ${number(group.byStatus[s])}`,
    );
    return `${commitmentCount(group.total)} — ${parts.join(', ')}`;
  }

  private indicatorText(group: ProgressGroup): string {
    const avg = group.indicators.averageProgress;
    if (avg === null) return msg('No measured indicators', { id: 'summary.no_indicators' });
    const n = number(group.indicators.measured);
    const measured = byCount(
      group.indicators.measured,
      () =>
        msg(str`${n} measured`, { id: 'summary.measured.one', desc: 'One indicator measured (singular)' }),
      () =>
        msg(str`${n} measured`, {
          id: 'summary.measured',
          desc: 'How many indicators are measured (plural)',
        }),
    );
    return msg(str`Indicators: ${number(Math.round(avg * 100))} % of the way to target (${measured})`, {
      id: 'summary.indicators',
      desc: 'Average progress of the indicators of a group toward their targets',
    });
  }

  private select(group: ProgressGroup): void {
    this.dispatchEvent(new LadGroupSelectEvent({ groupBy: this.shownBy, key: group.key }));
  }

  /** The CSV of what is shown (labels in the reader's language), kept as a download link. */
  private csv?: { summary: ProgressSummary; locale: string; url: string };

  private csvUrl(summary: ProgressSummary): string {
    const locale = currentLocale();
    if (this.csv?.summary === summary && this.csv.locale === locale) return this.csv.url;
    const header = [
      'group',
      'label',
      'total',
      ...COMMITMENT_STATUSES,
      'indicators_measured',
      'indicators_average_progress',
    ];
    // Labels come from the API's data: a text a spreadsheet would run as a formula stays text.
    const quote = (v: unknown) => `"${String(csvCell(v ?? '')).replace(/"/g, '""')}"`;
    const rows = summary.groups.map((g) =>
      [
        g.key,
        this.plainLabel(g),
        g.total,
        ...COMMITMENT_STATUSES.map((s) => g.byStatus[s]),
        g.indicators.measured,
        g.indicators.averageProgress ?? '',
      ]
        .map(quote)
        .join(','),
    );
    // A byte-order mark, so spreadsheet programs read the accents right.
    const blob = new Blob([`\uFEFF${[header.join(','), ...rows].join('\r\n')}\r\n`], {
      type: 'text/csv;charset=utf-8',
    });
    if (this.csv) URL.revokeObjectURL(this.csv.url);
    this.csv = { summary, locale, url: URL.createObjectURL(blob) };
    return this.csv.url;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.csv) URL.revokeObjectURL(this.csv.url);
    this.csv = undefined;
  }

  private setChart(chart: 'bar' | 'table'): void {
    this.chart = chart;
    this.announced = chart;
  }

  private renderBars(summary: ProgressSummary) {
    return html`<ul class="rows" part="chart">
      ${summary.groups.map((g) => {
        let x = 0;
        return html`<li class="row">
          <button class="group" part="group" @click=${() => this.select(g)} aria-describedby=${`i-${g.key}`}>
            <span class="label">${this.label(g)}</span>
            <span class="visually-hidden">${this.describe(g)}</span>
            <span class="total" aria-hidden="true">${g.total ? number(g.total) : '—'}</span>
          </button>
          ${
            g.total
              ? html`<svg class="stack" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                ${COMMITMENT_STATUSES.map((s) => {
                  const w = (g.byStatus[s] / g.total) * 100;
                  const rect = svg`<rect class=${`s-${s}`} x=${x} y="0" width=${w} height="10"></rect>`;
                  x += w;
                  return rect;
                })}
              </svg>`
              : // The group's button already says so to screen readers.
                html`<span class="empty-bar" aria-hidden="true">${noCommitments()}</span>`
          }
          <span class="indicators" id=${`i-${g.key}`}>${this.indicatorText(g)}</span>
        </li>`;
      })}
    </ul>`;
  }

  /** The table; while loading (`summary` undefined), its header over skeleton rows. */
  private renderTable(summary: ProgressSummary | undefined) {
    return html`<div class="table-wrap" part="table">
      <table aria-busy=${summary ? 'false' : 'true'}>
        <caption class="visually-hidden">${msg('Commitments by status and indicator progress', { id: 'summary.caption' })}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Group', { id: 'summary.group' })}</th>
            <th scope="col">${msg('Total', { id: 'summary.total' })}</th>
            ${COMMITMENT_STATUSES.map((s) => html`<th scope="col">${statusLabel(s)}</th>`)}
            <th scope="col">${msg('Indicator progress', { id: 'summary.indicator_progress' })}</th>
          </tr>
        </thead>
        <tbody>
          ${
            summary
              ? summary.groups.map(
                  (g) => html`<tr>
                    <th scope="row"><button class="link" part="group" @click=${() => this.select(g)}>${this.label(g)}</button></th>
                    <td>${number(g.total)}</td>
                    ${COMMITMENT_STATUSES.map((s) => html`<td>${number(g.byStatus[s])}</td>`)}
                    <td>${g.indicators.averageProgress === null ? '—' : `${number(Math.round(g.indicators.averageProgress * 100))} %`}</td>
                  </tr>`,
                )
              : Array.from(
                  { length: this.expectedRows() },
                  () => html`<tr aria-hidden="true"><td colspan="8"><span class="skeleton"></span></td></tr>`,
                )
          }
        </tbody>
      </table>
    </div>`;
  }

  /** How many groups the loaded view will have, so the skeleton reserves their room. */
  private expectedRows(): number {
    if ((this.by === 'country' && this.country) || (this.by === 'mechanism' && this.mechanism)) return 1;
    return EXPECTED_GROUPS[this.by];
  }

  private renderSkeleton() {
    if (this.chart === 'table') return this.renderTable(undefined);
    return html`<ul class="rows" aria-hidden="true">
      ${Array.from({ length: this.expectedRows() }, () => html`<li class="row"><span class="skeleton"></span></li>`)}
    </ul>`;
  }

  protected override render() {
    const summary = this.summary.value as ProgressSummary | undefined;
    const state = this.summary.state;
    const problem =
      state === 'offline'
        ? offlineText()
        : state === 'error'
          ? msg('The progress could not be loaded.', { id: 'summary.error' })
          : '';
    return html`<section part="base" class="base" aria-label=${msg('Progress summary', { id: 'summary.label' })}>
      <div class="toolbar header">
        <div class="view" role="group" aria-label=${msg('View', { id: 'summary.view' })}>
          <button class="button" aria-pressed=${this.chart === 'bar' ? 'true' : 'false'} @click=${() => this.setChart('bar')}>
            ${msg('Chart', { id: 'summary.chart' })}
          </button>
          <button class="button" aria-pressed=${this.chart === 'table' ? 'true' : 'false'} @click=${() => this.setChart('table')}>
            ${msg('Table', { id: 'summary.table' })}
          </button>
          ${
            summary
              ? html`<a class="button" href=${this.csvUrl(summary)} download=${`lad-progress-${this.groupBy}.csv`}
                  >${msg('Download CSV', { id: 'summary.download' })}</a
                >`
              : html`<span class="button" aria-disabled="true">${msg('Download CSV', { id: 'summary.download' })}</span>`
          }
        </div>
        ${languageMenu(this)}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${
        this.announced === 'bar'
          ? msg('Showing the chart', { id: 'summary.showing_chart' })
          : this.announced === 'table'
            ? msg('Showing the table', { id: 'summary.showing_table' })
            : ''
      }</div>
      <div class="body">
        ${summary ? (this.chart === 'table' ? this.renderTable(summary) : this.renderBars(summary)) : this.renderSkeleton()}
        ${
          // Over the foot of the rows, like a snackbar: nothing moves when it comes or goes.
          problem
            ? html`<div class=${`notice problem ${state}`} role="alert">
                ${problem} <button class="button" @click=${() => this.summary.retry()}>${retryText()}</button>
              </div>`
            : nothing
        }
      </div>
      ${
        this.chart === 'bar'
          ? html`<ul class="legend" part="legend" aria-label=${statusText()}>
            ${COMMITMENT_STATUSES.map((s) => html`<li><span class=${`swatch s-${s}`} aria-hidden="true"></span>${statusLabel(s)}</li>`)}
          </ul>`
          : nothing
      }
    </section>`;
  }
}
