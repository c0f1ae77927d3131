import {
  type Event,
  getCriteriaHistory,
  getEvent,
  getSelectionReport,
  isLadApiError,
  type SelectionCriterion,
  type SelectionReport,
  type SelectionReportRow,
} from '@lad/sdk';
import { localized, msg, str } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LadElement } from '../../internal/base-element.js';
import { countryName } from '../../internal/country-name.js';
import { languageMenu } from '../../internal/language-menu.js';
import { needMessages } from '../../internal/locale.js';
import { loadingText, offlineText, retryText, withColon } from '../../internal/messages.js';
import { kindLabel, ledByLabel, levelLabel } from '../../internal/org-labels.js';
import { Resource } from '../../internal/resource.js';
import { setStyle } from '../../internal/set-style.js';
import { base, titledLayout } from '../../internal/styles.js';
import { date, number, localized as text } from '../../internal/text.js';

needMessages('registration');

type Dimension = 'byKind' | 'byLevel' | 'byLedBy' | 'byCountry';
type Loaded = { ev: Event; report: SelectionReport | null };

/**
 * The anonymous outcome of an event's selection (R2: transparent mechanisms): how many
 * organisations applied and were selected, by kind of work, level, who leads them and country,
 * with the criteria used — the version in force when registration closed, even if they changed
 * since. Counts too small to publish without singling someone out are shown as such. Shown only
 * once the organisers published it.
 *
 * @tagname lad-selection-report
 * @summary The anonymous selection report of an event.
 *
 * @event lad-locale-change - The reader chose another language (all LAD widgets follow).
 *
 * @csspart base - The whole widget.
 * @csspart totals - The totals: applied, selected, waiting list, not selected.
 * @csspart criteria - The criteria used.
 * @csspart table - Each table (one per dimension).
 * @csspart bar - The bars in the tables.
 * @csspart language-menu - The language menu.
 */
@localized()
export class LadSelectionReport extends LadElement {
  static override styles = [
    base,
    titledLayout,
    css`
      h2 {
        font-size: 1.3em;
        overflow-wrap: normal;
      }
      h3 {
        margin: 0;
        font-size: 1.1em;
      }
      .totals {
        margin: 0;
        font-size: 1.05em;
      }
      .tables {
        display: grid;
        gap: calc(var(--_space) * 2);
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
      }
      table {
        inline-size: 100%;
        border-collapse: collapse;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding-block-end: var(--_space);
      }
      th,
      td {
        padding: 0.3rem 0.4rem;
        border-block-end: 1px solid var(--_border);
        text-align: start;
        vertical-align: top;
      }
      td.n {
        text-align: end;
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      .bars {
        display: grid;
        gap: 2px;
        min-inline-size: 5rem;
      }
      .bar {
        block-size: 0.5rem;
        border-radius: 2px;
        background: var(--_border);
      }
      .bar.selected {
        background: var(--_accent);
      }
      .legend {
        display: flex;
        gap: calc(var(--_space) * 2);
        margin: 0;
        padding: 0;
        list-style: none;
        color: var(--_muted);
        font-size: 0.9em;
      }
      .legend .bar {
        display: inline-block;
        inline-size: 1.5rem;
        margin-inline-end: 0.4em;
      }
      .criteria {
        margin: 0;
        padding-inline-start: 1.5em;
      }
      @media (forced-colors: active) {
        .bar {
          background: GrayText;
        }
        .bar.selected {
          background: CanvasText;
        }
      }
    `,
  ];

  /** The event's id. */
  @property({ reflect: true }) event = '';

  private readonly data = new Resource(this, {
    args: () => [this.apiBase, this.fetch, this.event] as const,
    transport: () => this.transport,
    enabled: () => !!this.event,
    load: async (_args, transport, signal) => {
      const ev = await getEvent(transport, this.event, { signal });
      if (!ev.registration?.selectionReportPublishedAt) return { ev, report: null };
      try {
        return { ev, report: await getSelectionReport(transport, this.event, { signal }) };
      } catch (error) {
        if (isLadApiError(error) && error.status === 404) return { ev, report: null };
        throw error;
      }
    },
  });

  /**
   * The version of the criteria the report was made with, when it is not the one in force now:
   * its criteria are then loaded from the event's criteria history.
   */
  private get earlierVersion(): number | undefined {
    const value = this.data.value as Loaded | undefined;
    const version = value?.report?.criteriaVersion;
    return version && version !== value.ev.registration?.criteriaVersion ? version : undefined;
  }

  private readonly history = new Resource(this, {
    args: () => [this.apiBase, this.fetch, this.event, this.earlierVersion] as const,
    transport: () => this.transport,
    enabled: () => !!this.earlierVersion,
    load: async ([, , event, version], transport, signal) => {
      const found = (await getCriteriaHistory(transport, event, { signal })).versions.find(
        (v) => v.version === version,
      );
      if (!found) throw new Error(`No version ${version} in the criteria history of ${event}`);
      return found.criteria;
    },
  });

  private count(value: number | null) {
    return value === null
      ? msg('not shown', {
          id: 'report.hidden',
          desc: 'A count hidden to protect privacy (small, or one that could be worked out from the others)',
        })
      : number(value);
  }

  private label(dimension: Dimension, key: string): string {
    if (dimension === 'byKind') return kindLabel(key);
    if (dimension === 'byLevel') return levelLabel(key);
    if (dimension === 'byLedBy') return ledByLabel(key);
    return countryName(key);
  }

  private table(report: SelectionReport, dimension: Dimension, caption: string) {
    const rows = report[dimension] as SelectionReportRow[];
    if (!rows.length)
      return report.totals.applied
        ? html`<p class="hint" part="too-few">${msg(str`${caption}: too few applications to show without singling out an organisation.`, { id: 'report.too_few', desc: 'Instead of a breakdown table when showing it would identify someone; the placeholder is the table caption' })}</p>`
        : nothing;
    const max = Math.max(1, ...rows.map((r) => r.applied ?? 0));
    const width = (n: number | null) => `${((n ?? 0) / max) * 100}%`;
    return html`<table part="table">
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Group', { id: 'summary.group' })}</th>
          <th scope="col">${msg('Applied', { id: 'report.applied' })}</th>
          <th scope="col">${msg('Selected', { id: 'report.selected' })}</th>
          <th scope="col"><span class="visually-hidden">${msg('Chart', { id: 'summary.chart' })}</span></th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr>
            <th scope="row">${this.label(dimension, r.key)}</th>
            <td class="n">${this.count(r.applied)}</td>
            <td class="n">${this.count(r.selected)}</td>
            <td>
              <div class="bars" part="bar" aria-hidden="true">
                <span class="bar" ${setStyle({ 'inline-size': width(r.applied) })}></span>
                <span class="bar selected" ${setStyle({ 'inline-size': width(r.selected) })}></span>
              </div>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** The criteria used: those of the report's version, never the current ones in their place. */
  private renderCriteria(ev: Event, report: SelectionReport) {
    const w = ev.registration;
    const earlier = this.earlierVersion;
    const history = this.history;
    if (!w || !(earlier || w.criteria.length)) return nothing;
    // The registration form's message, written alike so it is one to translate.
    const version = report.criteriaVersion ?? w.criteriaVersion;
    const list = (criteria: SelectionCriterion[]) =>
      html`<ol class="criteria" part="criteria">${criteria.map((c) => html`<li>${text(c.text)}</li>`)}</ol>`;
    return html`<section aria-labelledby="criteria-title">
      <h3 id="criteria-title">${msg('Criteria used', { id: 'report.criteria' })}</h3>
      <p class="hint">${msg(str`Version ${number(version)} of the criteria.`, {
        id: 'reg.criteria_version',
        desc: 'Which version of the selection criteria applications answer (or answered): a change after registration opens makes a new version',
      })}</p>
      ${
        !earlier
          ? list(w.criteria)
          : history.pending
            ? html`<p role="status">${loadingText()}</p>`
            : history.state === 'ready'
              ? list(history.value as SelectionCriterion[])
              : html`<p class="notice error" role="alert">${msg(str`The criteria of version ${number(earlier)} could not be loaded.`, { id: 'report.criteria_error', desc: 'Instead of the list of an earlier version of the selection criteria, when it could not be loaded' })}
                <button class="button" @click=${() => history.retry()}>${retryText()}</button></p>`
      }
    </section>`;
  }

  private renderReport(ev: Event, report: SelectionReport) {
    const t = report.totals;
    // Labelled counts rather than a sentence: a sentence's nouns and verbs would have to agree
    // with each number ("1 organisation applied") in every language.
    const totals: [string, number][] = [
      [msg('Applied', { id: 'report.applied' }), t.applied],
      [msg('Selected', { id: 'report.selected' }), t.selected],
      [
        msg('Waiting list', {
          id: 'report.waitlisted',
          desc: 'Label of how many were put on the waiting list',
        }),
        t.waitlisted,
      ],
      [
        msg('Not selected', { id: 'report.not_selected', desc: 'Label of how many were not selected' }),
        t.notSelected,
      ],
    ];
    return html`<p class="totals" part="totals">
        ${totals.map(([label, n], i) => html`${i ? ' · ' : nothing}<span class="total">${withColon(label)} <strong>${number(n)}</strong></span>`)}
      </p>
      <p class="hint">${msg(str`Published on ${date(report.publishedAt, { dateStyle: 'long' })}. No names are published; counts under ${number(report.suppressedBelow)} are not shown, nor any count that could be worked out from the others, so that no organisation can be singled out.`, { id: 'report.published' })}</p>
      ${this.renderCriteria(ev, report)}
      <ul class="legend" aria-hidden="true">
        <li><span class="bar"></span>${msg('Applied', { id: 'report.applied' })}</li>
        <li><span class="bar selected"></span>${msg('Selected', { id: 'report.selected' })}</li>
      </ul>
      <div class="tables">
        ${this.table(report, 'byKind', msg('By kind of work', { id: 'report.by_kind' }))}
        ${this.table(report, 'byLevel', msg('By level', { id: 'report.by_level' }))}
        ${this.table(report, 'byLedBy', msg('By who leads the organisation', { id: 'report.by_led_by' }))}
        ${this.table(report, 'byCountry', msg('By country', { id: 'report.by_country' }))}
      </div>`;
  }

  protected override render() {
    const value = this.data.value as Loaded | undefined;
    const status = this.data.state;
    return html`<section part="base" class="base" aria-labelledby="title" aria-busy=${value ? 'false' : 'true'}>
      <div class="toolbar header">
        <h2 id="title">${msg('Selection report', { id: 'reg.report' })}${value ? html` — ${text(value.ev.title)}` : nothing}</h2>
        ${languageMenu(this)}
      </div>
      ${
        value
          ? value.report
            ? this.renderReport(value.ev, value.report)
            : html`<p class="notice">${msg('The selection report is not published yet.', { id: 'reg.report_pending' })}</p>`
          : status === 'offline' || status === 'error'
            ? html`<div class="notice error" role="alert">
                ${status === 'offline' ? offlineText() : msg('The selection report could not be loaded.', { id: 'report.error' })}
                <button class="button" @click=${() => this.data.retry()}>${retryText()}</button>
              </div>`
            : html`<p role="status">${loadingText()}</p>`
      }
    </section>`;
  }
}
