import {
  type AccountRole,
  CORE_LOCALES,
  type Committee,
  type CriteriaHistory,
  confirmDecisions,
  decideRegistrations,
  discardDecisions,
  formatDate,
  getCriteriaHistory,
  getEvent,
  isLadApiError,
  iterateEvents,
  type Event as LadEvent,
  LedBy,
  listCommittees,
  listSelection,
  notifyRegistrants,
  OrganizationKind,
  OrganizationLevel,
  pickText,
  publishSelectionReport,
  type RegistrationStatus,
  RegistrationStatus as RegistrationStatuses,
  registrationsExportUrl,
  SELECTION_REASON_CODES,
  type SelectionDecisionKind,
  type SelectionEntry,
  type SelectionList,
  type SelectionQuery,
  type SelectionReasonCode,
  SIGNATORIES,
  setSelectionSettings,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { hashOf } from '../../app/routes.js';
import { currentLocale } from '../../internal/locale.js';
import {
  byCount,
  countryName,
  errorText,
  languageName,
  loadingText,
  number,
  retryText,
  withColon,
} from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { baseStyles } from '../../internal/styles.js';
import { criteriaHistoryText } from '../events/event-words.js';
import {
  decisionLabel,
  kindLabel,
  ledByLabel,
  levelLabel,
  noticeStatusLabel,
  reasonLabel,
  registrationStatusLabel,
} from './selection-text.js';

/** The list's filters, as the address names them. */
const FILTERS = ['status', 'country', 'level', 'kind', 'ledBy', 'language', 'pending', 'q', 'sort'] as const;
type Filter = (typeof FILTERS)[number];

const DECISIONS: readonly SelectionDecisionKind[] = ['selected', 'waitlisted', 'not_selected'];

type Load = { kind: 'loading' } | { kind: 'error'; error: unknown } | { kind: 'done'; list: SelectionList };

type EventsLoad =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'done'; events: LadEvent[] };

/** What the last action said, shown in a notice that takes the focus. */
type Outcome = { tone: 'ok' | 'error'; text: string; detail?: string | undefined } | null;

/**
 * CSO selection (R2). At `#/selection`, the meetings that take applications in the scope the
 * person acts in; at `#/events/<id>/registrations`, one meeting's applications: each with its
 * organisation's profile, its answer to each criterion, the representative's languages and
 * access needs (personal data as the API gives them to the role), filtered and sorted, with a
 * capacity meter. Applications are chosen with checkboxes ("select all shown") and decided in
 * bulk or one by one — selected, waiting list, not selected, with a reason from the list and a
 * note; when the meeting asks for it, a decision waits for a second person, who confirms it
 * here. Exports (CSV, Excel), publishing the anonymous selection report, and telling the
 * registrants by email.
 */
@customElement('lad-selection-page')
export class LadSelectionPage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      .meta {
        color: var(--muted);
        margin-block: 0 1rem;
      }
      .capacity {
        margin-block: 1rem;
        min-block-size: 4.5rem;
      }
      meter {
        inline-size: min(100%, 28rem);
        block-size: 1.25rem;
      }
      .over {
        color: var(--danger);
        font-weight: 600;
      }
      dl.counts {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 2rem;
        margin-block: 0.5rem 1rem;
      }
      dl.counts dt {
        font-weight: 600;
      }
      dl.counts dd {
        margin: 0;
        font-size: 1.3rem;
        font-variant-numeric: tabular-nums;
      }
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1rem;
        align-items: end;
      }
      .filters .field {
        min-inline-size: 10rem;
      }
      fieldset {
        border: 1px solid var(--line);
        border-radius: 4px;
        padding: 0.5rem 1rem 0.75rem;
        margin: 0 0 1rem;
      }
      legend {
        font-weight: 600;
        padding-inline: 0.25rem;
      }
      label.choice {
        display: inline-flex;
        align-items: center;
        gap: 0.5rem;
        font-weight: 400;
        min-block-size: 2.5rem;
        margin-inline-end: 1.25rem;
      }
      label.choice input,
      td.pick input,
      .pick-all input {
        min-block-size: auto;
        inline-size: 1.25rem;
        block-size: 1.25rem;
        margin: 0;
      }
      .decide {
        border: 2px solid var(--line);
        border-radius: 4px;
        padding: 0.75rem 1rem;
        margin-block: 1rem;
      }
      .decide h2 {
        margin-block-start: 0;
      }
      .pick-all {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        margin-block-end: 0.75rem;
      }
      .pick-all label {
        display: inline-flex;
        align-items: center;
        gap: 0.5rem;
        margin: 0;
        min-block-size: 2.5rem;
      }
      .decide-fields {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: 0 1rem;
      }
      .decide-fields select {
        inline-size: 100%;
      }
      td.pick {
        inline-size: 2.5rem;
      }
      tr.chosen {
        background: var(--soft);
      }
      th[scope='row'] {
        font-weight: 600;
        min-inline-size: 12rem;
      }
      .org-meta,
      .small {
        display: block;
        font-weight: 400;
        color: var(--muted);
        font-size: 0.9rem;
      }
      dl.answers {
        margin: 0;
        min-inline-size: 14rem;
      }
      dl.answers dt {
        font-size: 0.9rem;
        color: var(--muted);
      }
      dl.answers dd {
        margin: 0 0 0.4rem;
      }
      td,
      th {
        overflow-wrap: anywhere;
      }
      .pending {
        border-inline-start: 4px solid var(--focus);
        padding-inline-start: 0.4rem;
        margin-block-start: 0.3rem;
      }
      .notice:focus {
        outline: 3px solid var(--focus);
        outline-offset: 2px;
      }
      .exports ul {
        margin: 0.25rem 0 0;
        padding-inline-start: 1.25rem;
      }
      .exports li {
        margin-block: 0.25rem;
      }
      @media (forced-colors: active) {
        tr.chosen {
          outline: 2px solid Highlight;
        }
        .pending {
          border-color: Highlight;
        }
      }
    `,
  ];

  @state() private event: LadEvent | null = null;
  @state() private eventError: unknown = null;
  /** Every version of the criteria, read once they changed: older applications show the texts they answered. */
  @state() private history: CriteriaHistory | null = null;
  @state() private historyError: unknown = null;
  @state() private load: Load = { kind: 'loading' };
  @state() private events: EventsLoad = { kind: 'loading' };
  /** Applications chosen with the checkboxes. */
  @state() private chosen: ReadonlySet<string> = new Set();
  @state() private decision: SelectionDecisionKind | '' = '';
  @state() private reason: SelectionReasonCode | '' = '';
  @state() private note = '';
  /** A field of the decision panel that needs something, and what. */
  @state() private panelError: { field: 'decision' | 'reason' | 'note' | 'chosen'; text: string } | null =
    null;
  @state() private busy: '' | 'decide' | 'confirm' | 'settings' | 'publish' | 'notify' = '';
  @state() private outcome: Outcome = null;
  /** The list is asked for again while the one on screen stays. */
  @state() private reloading = false;

  private eventId: string | null = null;
  private controller: AbortController | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.api) return;
    const id = this.params[0] ?? null;
    // The shell hands new `params` and `query` objects on every change of the address: what
    // they hold decides what to load again.
    if (id !== this.eventId || changed.has('acting') || changed.has('api')) {
      this.eventId = id;
      this.chosen = new Set();
      this.outcome = null;
      if (id) {
        void this.fetchEvent(id);
        void this.fetchList();
      } else void this.fetchEvents();
    } else if (id && changed.has('query')) {
      // Other filters: the table stays on screen (and the focus in the filters) while it reloads.
      void this.fetchList(true);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  // ——— Loading ——————————————————————————————————————————————————————————————————————

  private get filters(): SelectionQuery {
    const query: Record<string, string> = {};
    for (const f of FILTERS) {
      const value = this.query.get(f);
      if (value) query[f] = value;
    }
    return query as SelectionQuery;
  }

  private async fetchEvent(id: string): Promise<void> {
    this.event = null;
    this.eventError = null;
    this.history = null;
    this.historyError = null;
    try {
      const event = await getEvent(this.api.transport, id, { cache: 'no-cache' });
      if (this.eventId !== id) return;
      this.event = event;
      if ((event.registration?.criteriaVersion ?? 1) > 1) void this.fetchHistory(id);
    } catch (error) {
      if (this.eventId === id) this.eventError = error;
    }
  }

  /** The earlier versions of the criteria, for the applications that answered one of them. */
  private async fetchHistory(id: string): Promise<void> {
    this.historyError = null;
    try {
      const history = await getCriteriaHistory(this.api.transport, id, { cache: 'no-cache' });
      if (this.eventId === id) this.history = history;
    } catch (error) {
      if (this.eventId === id) this.historyError = error;
    }
  }

  /** The applications as they stand now; `keep` leaves the table on screen while it reloads. */
  private async fetchList(keep = false): Promise<void> {
    const id = this.eventId;
    if (!id) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    if (!keep || this.load.kind !== 'done') this.load = { kind: 'loading' };
    else this.reloading = true;
    try {
      const list = await listSelection(this.api.transport, id, this.filters, { signal: controller.signal });
      if (this.controller !== controller) return;
      this.load = { kind: 'done', list };
      this.reloading = false;
      // What is no longer shown is no longer chosen: an action applies only to what is seen.
      const shown = new Set(list.items.map((r) => r.id));
      if ([...this.chosen].some((c) => !shown.has(c)))
        this.chosen = new Set([...this.chosen].filter((c) => shown.has(c)));
    } catch (error) {
      if (!controller.signal.aborted && this.controller === controller) {
        this.load = { kind: 'error', error };
        this.reloading = false;
      }
    }
  }

  /** The meetings with a registration window, in the scope of the role acted in. */
  private async fetchEvents(): Promise<void> {
    this.events = { kind: 'loading' };
    const role = this.acting;
    try {
      const from = new Date(Date.now() - 365 * 86_400_000).toISOString();
      const committees = role?.role === 'committee' ? await listCommittees(this.api.transport) : [];
      const found: LadEvent[] = [];
      for await (const e of iterateEvents(this.api.transport, { from, limit: 100 }))
        if (e.registration && inScope(e, role, committees)) found.push(e);
      if (this.eventId === null) this.events = { kind: 'done', events: found };
    } catch (error) {
      if (this.eventId === null) this.events = { kind: 'error', error };
    }
  }

  private focusLater(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private say(outcome: Outcome): void {
    this.outcome = outcome;
    this.focusLater('#outcome');
  }

  // ——— Actions ——————————————————————————————————————————————————————————————————————

  private applyFilters(): void {
    const form = this.renderRoot.querySelector<HTMLFormElement>('form.filters');
    if (!form || !this.eventId) return;
    const data = new FormData(form);
    const query: Record<string, string | undefined> = {};
    for (const f of FILTERS) {
      const value = data.get(f);
      if (typeof value === 'string' && value.trim()) query[f] = value.trim();
    }
    location.replace(hashOf(`/events/${encodeURIComponent(this.eventId)}/registrations`, query));
  }

  private handleFilterSubmit(e: SubmitEvent): void {
    e.preventDefault();
    this.applyFilters();
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.chosen);
    if (on) next.add(id);
    else next.delete(id);
    this.chosen = next;
    if (this.panelError?.field === 'chosen') this.panelError = null;
  }

  private toggleAll(on: boolean, items: readonly SelectionEntry[]): void {
    const choosable = items.filter((r) => r.status !== 'withdrawn').map((r) => r.id);
    this.chosen = on ? new Set(choosable) : new Set();
    if (this.panelError?.field === 'chosen') this.panelError = null;
  }

  /** "Decide" on one row: that application alone is chosen, and the decision takes the focus. */
  private decideOne(id: string): void {
    this.chosen = new Set([id]);
    this.panelError = null;
    this.focusLater('#decision-group input');
  }

  private async handleDecide(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const id = this.eventId;
    if (!id || this.load.kind !== 'done' || this.busy) return;
    const ids = [...this.chosen];
    const need = (field: 'decision' | 'reason' | 'note' | 'chosen', text: string, focus: string) => {
      this.panelError = { field, text };
      this.focusLater(focus);
    };
    if (!ids.length)
      return need(
        'chosen',
        msg('Choose at least one application in the table first.', { id: 'selection.need_chosen' }),
        '#pick-all',
      );
    if (!this.decision)
      return need(
        'decision',
        msg('Choose a decision.', { id: 'selection.need_decision' }),
        '#decision-group input',
      );
    if (this.decision === 'not_selected' && !this.reason)
      return need(
        'reason',
        msg('Choose a reason: an application that is not selected needs one.', {
          id: 'selection.need_reason',
        }),
        '#reason',
      );
    if (this.reason === 'other' && !this.note.trim())
      return need(
        'note',
        msg('Say in the note what the other reason is.', { id: 'selection.need_note' }),
        '#note',
      );
    this.panelError = null;
    this.busy = 'decide';
    try {
      const decision = this.decision;
      const result = await decideRegistrations(
        this.api.transport,
        id,
        ids.map((registrationId) => ({
          registrationId,
          decision,
          reasonCode: this.reason || null,
          reasonText: this.note.trim() || null,
        })),
      );
      const n = number(ids.length);
      this.chosen = new Set();
      this.decision = '';
      this.reason = '';
      this.note = '';
      await this.fetchList(true);
      this.say({
        tone: 'ok',
        text: result.proposed
          ? byCount(
              result.proposed,
              () =>
                msg(str`${n} decision proposed: a second person must confirm it.`, {
                  id: 'selection.proposed_one',
                }),
              () =>
                msg(str`${n} decisions proposed: a second person must confirm them.`, {
                  id: 'selection.proposed_many',
                }),
            )
          : byCount(
              result.applied,
              () => msg(str`${n} decision recorded.`, { id: 'selection.decided_one' }),
              () => msg(str`${n} decisions recorded.`, { id: 'selection.decided_many' }),
            ),
      });
    } catch (error) {
      this.say({ tone: 'error', text: this.actionErrorText(error), detail: detailOf(error) });
    } finally {
      this.busy = '';
    }
  }

  private async handleConfirm(ids: string[], confirm: boolean): Promise<void> {
    const id = this.eventId;
    if (!id || !ids.length || this.busy) return;
    this.busy = 'confirm';
    try {
      await (confirm ? confirmDecisions : discardDecisions)(this.api.transport, id, ids);
      await this.fetchList(true);
      const n = number(ids.length);
      this.say({
        tone: 'ok',
        text: confirm
          ? byCount(
              ids.length,
              () => msg(str`${n} decision confirmed.`, { id: 'selection.confirmed_one' }),
              () => msg(str`${n} decisions confirmed.`, { id: 'selection.confirmed_many' }),
            )
          : byCount(
              ids.length,
              () => msg(str`${n} proposed decision sent back.`, { id: 'selection.discarded_one' }),
              () => msg(str`${n} proposed decisions sent back.`, { id: 'selection.discarded_many' }),
            ),
      });
    } catch (error) {
      this.say({ tone: 'error', text: this.actionErrorText(error), detail: detailOf(error) });
    } finally {
      this.busy = '';
    }
  }

  private async handleSetting(e: Event): Promise<void> {
    const id = this.eventId;
    const box = e.target as HTMLInputElement;
    if (!id) return;
    this.busy = 'settings';
    try {
      await setSelectionSettings(this.api.transport, id, { requireConfirmation: box.checked });
      await this.fetchList(true);
    } catch (error) {
      box.checked = !box.checked;
      this.say({ tone: 'error', text: this.actionErrorText(error), detail: detailOf(error) });
    } finally {
      this.busy = '';
    }
  }

  private async handlePublish(): Promise<void> {
    const id = this.eventId;
    if (!id || this.busy) return;
    this.busy = 'publish';
    try {
      const report = await publishSelectionReport(this.api.transport, id);
      await this.fetchList(true);
      const v = number(report.version);
      const when = dayText(report.publishedAt);
      this.say({
        tone: 'ok',
        text: msg(str`The selection report is public: version ${v}, published on ${when}.`, {
          id: 'selection.published',
        }),
      });
    } catch (error) {
      this.say({ tone: 'error', text: this.publishErrorText(error), detail: detailOf(error) });
    } finally {
      this.busy = '';
    }
  }

  private async handleNotify(): Promise<void> {
    const id = this.eventId;
    if (!id || this.busy) return;
    this.busy = 'notify';
    try {
      const result = await notifyRegistrants(this.api.transport, id);
      await this.fetchList(true);
      const n = number(result.queued);
      this.say({
        tone: 'ok',
        text: result.queued
          ? byCount(
              result.queued,
              () =>
                msg(
                  str`${n} registrant will be told the decision by email, in the language they applied in.`,
                  {
                    id: 'selection.notified_one',
                  },
                ),
              () =>
                msg(
                  str`${n} registrants will be told their decision by email, each in the language they applied in.`,
                  {
                    id: 'selection.notified_many',
                  },
                ),
            )
          : msg('No one new to tell: every registrant with a decision already has it by email.', {
              id: 'selection.notified_none',
            }),
      });
    } catch (error) {
      this.say({ tone: 'error', text: this.actionErrorText(error), detail: detailOf(error) });
    } finally {
      this.busy = '';
    }
  }

  private actionErrorText(error: unknown): string {
    if (isLadApiError(error)) {
      const reason = error.problem.reason;
      if (error.status === 409 && reason === 'same-person')
        return msg('You proposed these decisions yourself: someone else must confirm them.', {
          id: 'selection.error.same_person',
        });
      if (error.status === 409 && reason === 'report-not-published')
        return msg('Publish the selection report first: registrants are told once the outcome is public.', {
          id: 'selection.error.report_first',
        });
      if (error.status === 422)
        return msg(
          'The server refused these decisions, and none was recorded: the list may have changed. It is shown again as it stands; try once more.',
          { id: 'selection.error.refused' },
        );
    }
    return errorText(error);
  }

  private publishErrorText(error: unknown): string {
    if (isLadApiError(error) && error.status === 409) {
      if (typeof error.problem.since === 'number')
        return msg(
          'A new version now would show, set against the last one, what happened to one or two organisations. Publish again once at least three decisions have changed.',
          { id: 'selection.error.too_few' },
        );
      return msg('Registration is still open: publish the report after it closes.', {
        id: 'selection.error.still_open',
      });
    }
    return errorText(error);
  }

  // ——— Rendering ————————————————————————————————————————————————————————————————————

  protected override render() {
    return this.eventId ? this.renderEvent() : this.renderEvents();
  }

  private renderEvents() {
    const load = this.events;
    return html`
      <h1 tabindex="-1">${msg('Selection', { id: 'selection.events_title' })}</h1>
      <p>
        ${msg(
          'Meetings that take applications, in the scope you act in. Open one to review its applications.',
          {
            id: 'selection.events_intro',
          },
        )}
      </p>
      ${load.kind === 'loading' ? html`<p role="status">${loadingText()}</p>` : nothing}
      ${
        load.kind === 'error'
          ? html`<div class="notice error" role="alert">
            <p>${errorText(load.error)}</p>
            <button @click=${() => void this.fetchEvents()}>${retryText()}</button>
          </div>`
          : nothing
      }
      ${
        load.kind === 'done' && !load.events.length
          ? html`<p>${msg('No meeting in your scope takes applications.', { id: 'selection.events_none' })}</p>`
          : nothing
      }
      ${load.kind === 'done' && load.events.length ? this.renderEventTable(load.events) : nothing}
    `;
  }

  private renderEventTable(events: LadEvent[]) {
    const locale = currentLocale();
    const caption = msg('Meetings that take applications', { id: 'selection.events_caption' });
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="events-caption">
      <table>
        <caption id="events-caption">${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Meeting', { id: 'selection.col_meeting' })}</th>
            <th scope="col">${msg('Date', { id: 'selection.col_date' })}</th>
            <th scope="col">${msg('Registration', { id: 'selection.col_registration' })}</th>
            <th scope="col">${msg('Selection report', { id: 'selection.col_report' })}</th>
          </tr>
        </thead>
        <tbody>
          ${events.map((e) => {
            const title = pickText(e.title, locale);
            const published = e.registration?.selectionReportPublishedAt;
            return html`<tr>
              <td>
                <a href="#/events/${encodeURIComponent(e.id)}/registrations" lang=${title.lang}>${title.text}</a>
              </td>
              <td><time datetime=${e.startsAt}>${dayText(e.startsAt, e.timeZone)}</time></td>
              <td>${e.registration ? windowLabel(e.registration.state) : '—'}</td>
              <td>
                ${
                  published
                    ? html`<time datetime=${published}>${dayText(published)}</time>`
                    : msg('Not published', { id: 'selection.report_not_published' })
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private renderEvent() {
    const load = this.load;
    const event = this.event;
    const title = event ? pickText(event.title, currentLocale()) : null;
    return html`
      <p class="small"><a href="#/selection">${msg('All meetings that take applications', { id: 'selection.back' })}</a></p>
      <h1 tabindex="-1">
        ${
          title
            ? html`${withColon(msg('Applications', { id: 'selection.title' }))} <span lang=${title.lang}>${title.text}</span>`
            : msg('Applications', { id: 'selection.title' })
        }
      </h1>
      ${
        event
          ? html`<p class="meta">
            <time datetime=${event.startsAt}>${dayText(event.startsAt, event.timeZone)}</time>${
              event.registration
                ? html` · ${withColon(msg('Registration', { id: 'selection.col_registration' }))}
                  ${windowLabel(event.registration.state)}`
                : nothing
            }
          </p>
          ${
            event.registration
              ? html`<p>
                <a id="criteria-history" href="#/events/${encodeURIComponent(event.id)}/criteria"
                  >${criteriaHistoryText(event.registration.criteriaVersion)}</a
                >
              </p>`
              : nothing
          }`
          : nothing
      }
      ${
        this.historyError
          ? html`<div class="notice error" role="alert">
            <p>
              ${msg(
                'The earlier versions of the criteria could not be read: answers to them are shown without their criteria.',
                { id: 'selection.history_error' },
              )}
              ${errorText(this.historyError)}
            </p>
            <button @click=${() => this.eventId && void this.fetchHistory(this.eventId)}>${retryText()}</button>
          </div>`
          : nothing
      }
      ${
        this.eventError && !(isLadApiError(this.eventError) && this.eventError.status === 404)
          ? html`<div class="notice error" role="alert"><p>${errorText(this.eventError)}</p></div>`
          : nothing
      }
      ${load.kind === 'loading' ? html`<p role="status">${loadingText()}</p>` : nothing}
      ${load.kind === 'error' ? this.renderLoadError(load.error) : nothing}
      ${load.kind === 'done' ? this.renderSelection(load.list) : nothing}
    `;
  }

  private renderLoadError(error: unknown) {
    const missing = isLadApiError(error) && error.status === 404;
    return html`<div class="notice error" role="alert">
      <p>
        ${
          missing
            ? msg('There is no meeting at this address.', { id: 'selection.not_found' })
            : errorText(error)
        }
      </p>
      <div class="actions">
        ${missing ? nothing : html`<button @click=${() => void this.fetchList()}>${retryText()}</button>`}
        <a class="button secondary" href="#/selection">${msg('All meetings that take applications', { id: 'selection.back' })}</a>
      </div>
    </div>`;
  }

  private renderSelection(list: SelectionList) {
    return html`
      ${this.renderOutcome()} ${this.renderCapacity(list)} ${this.renderSettings(list)}
      ${this.renderPending(list)} ${this.renderReport(list)} ${this.renderFilters(list)}
      ${this.renderDecide(list)} ${this.renderTable(list)}
    `;
  }

  private renderOutcome() {
    const o = this.outcome;
    if (!o) return html`<div id="outcome-slot"></div>`;
    return html`<div
      id="outcome"
      class="notice ${o.tone === 'error' ? 'error' : 'ok'}"
      role=${o.tone === 'error' ? 'alert' : 'status'}
      tabindex="-1"
    >
      <p>${o.text}</p>
      ${o.detail ? html`<p lang="en" class="small">${o.detail}</p>` : nothing}
    </div>`;
  }

  private renderCapacity(list: SelectionList) {
    const c = list.counts;
    const selected = number(c.selected);
    const capacity = list.capacity;
    const seats = capacity === null ? '' : number(capacity);
    const observer = list.role === 'observer';
    const label =
      capacity === null
        ? msg(str`${selected} selected (no limit on seats)`, { id: 'selection.meter_unlimited' })
        : observer
          ? msg(str`${selected} selected of ${seats} observer seats`, {
              id: 'selection.meter_observer',
              desc: 'Capacity meter of a meeting where CSOs attend as observers (R8)',
            })
          : msg(str`${selected} selected of ${seats} seats`, { id: 'selection.meter' });
    const over = capacity !== null && c.selected > capacity ? c.selected - capacity : 0;
    const pending = number(c.pendingSelected);
    const count = (term: string, n: number, id: string) =>
      html`<div id=${id}>
        <dt>${term}</dt>
        <dd>${number(n)}</dd>
      </div>`;
    return html`<section class="capacity" aria-labelledby="capacity-heading">
      <h2 id="capacity-heading" class="visually-hidden">${msg('Seats and counts', { id: 'selection.counts_heading' })}</h2>
      ${
        capacity !== null
          ? html`<label for="capacity-meter">${label}</label>
            <meter id="capacity-meter" min="0" max=${Math.max(capacity, 1)} high=${capacity} value=${c.selected}></meter>`
          : html`<p class="label">${label}</p>`
      }
      ${
        c.pendingSelected
          ? html`<p class="hint">
            ${msg(str`${pending} more proposed for selection, waiting for a second person.`, {
              id: 'selection.meter_pending',
            })}
          </p>`
          : nothing
      }
      ${
        over
          ? html`<p class="over">
            ${msg(str`${number(over)} more selected than there are seats.`, { id: 'selection.over_capacity' })}
          </p>`
          : nothing
      }
      <dl class="counts">
        ${count(msg('Applied', { id: 'selection.count.applied' }), c.applied, 'count-applied')}
        ${count(registrationStatusLabel('submitted'), c.submitted + c.underReview, 'count-undecided')}
        ${count(registrationStatusLabel('selected'), c.selected, 'count-selected')}
        ${count(registrationStatusLabel('waitlisted'), c.waitlisted, 'count-waitlisted')}
        ${count(registrationStatusLabel('not_selected'), c.notSelected, 'count-not-selected')}
        ${count(msg('Waiting for confirmation', { id: 'selection.count.pending' }), c.pending, 'count-pending')}
      </dl>
    </section>`;
  }

  private renderSettings(list: SelectionList) {
    const on = list.settings.requireConfirmation;
    const locked = on && this.acting?.role !== 'secretariat';
    return html`<div class="field">
      <label class="choice">
        <input
          id="require-confirmation"
          type="checkbox"
          .checked=${on}
          ?disabled=${locked || this.busy === 'settings'}
          aria-describedby="confirmation-hint"
          @change=${(e: Event) => void this.handleSetting(e)}
        />
        ${msg('A second person confirms each decision', { id: 'selection.require_confirmation' })}
      </label>
      <p class="hint" id="confirmation-hint">
        ${
          locked
            ? msg('Only the secretariat can turn this off.', { id: 'selection.confirmation_locked' })
            : msg('When this is on, a decision is only proposed until someone else confirms it.', {
                id: 'selection.confirmation_hint',
              })
        }
      </p>
    </div>`;
  }

  private renderPending(list: SelectionList) {
    const pending = list.items.filter((r) => r.pending);
    if (!list.counts.pending) return nothing;
    const others = pending.filter((r) => !r.pending?.mine).map((r) => r.id);
    const total = number(list.counts.pending);
    const caption = msg(str`Waiting for a second person (${total})`, { id: 'selection.pending_heading' });
    return html`<section aria-labelledby="pending-heading">
      <h2 id="pending-heading">${caption}</h2>
      ${
        pending.length < list.counts.pending
          ? html`<p class="hint">
            ${msg('Some are hidden by the filters.', { id: 'selection.pending_hidden' })}
            <a href=${hashOf(`/events/${encodeURIComponent(list.eventId)}/registrations`, { pending: 'true' })}
              >${msg('Show only those waiting for confirmation', { id: 'selection.pending_only' })}</a
            >
          </p>`
          : nothing
      }
      ${
        pending.length
          ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="pending-heading">
            <table id="pending-table">
              <thead>
                <tr>
                  <th scope="col">${msg('Organisation', { id: 'selection.col_org' })}</th>
                  <th scope="col">${msg('Proposed decision', { id: 'selection.col_proposed' })}</th>
                  <th scope="col">${msg('Proposed by', { id: 'selection.col_proposed_by' })}</th>
                  <th scope="col"><span class="visually-hidden">${msg('Actions', { id: 'selection.col_actions' })}</span></th>
                </tr>
              </thead>
              <tbody>
                ${pending.map((r) => {
                  const p = r.pending!;
                  return html`<tr>
                    <th scope="row">${r.organization.name}</th>
                    <td>
                      ${decisionLabel(p.decision)}${p.reasonCode ? html`<span class="small">${reasonLabel(p.reasonCode)}</span>` : nothing}
                      ${p.reasonText ? html`<span class="small">${p.reasonText}</span>` : nothing}
                    </td>
                    <td>
                      ${p.mine ? msg('You', { id: 'selection.you' }) : (p.proposedBy ?? '—')}
                      <span class="small"><time datetime=${p.proposedAt}>${dayText(p.proposedAt)}</time></span>
                    </td>
                    <td>
                      <div class="actions">
                        ${
                          p.mine
                            ? html`<span class="small">${msg('Someone else confirms it.', { id: 'selection.someone_else' })}</span>`
                            : html`<button
                              class="secondary"
                              ?disabled=${!!this.busy}
                              aria-label=${msg(str`Confirm the decision on ${r.organization.name}`, { id: 'selection.confirm_one' })}
                              @click=${() => void this.handleConfirm([r.id], true)}
                            >
                              ${msg('Confirm', { id: 'selection.confirm' })}
                            </button>`
                        }
                        <button
                          class="secondary"
                          ?disabled=${!!this.busy}
                          aria-label=${msg(str`Send back the decision proposed on ${r.organization.name}`, {
                            id: 'selection.discard_one',
                          })}
                          @click=${() => void this.handleConfirm([r.id], false)}
                        >
                          ${msg('Send back', { id: 'selection.discard' })}
                        </button>
                      </div>
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`
          : nothing
      }
      ${
        others.length > 1
          ? html`<div class="actions">
            <button id="confirm-all" ?disabled=${!!this.busy} @click=${() => void this.handleConfirm(others, true)}>
              ${msg(str`Confirm all ${number(others.length)} proposed by others`, { id: 'selection.confirm_all' })}
            </button>
          </div>`
          : nothing
      }
    </section>`;
  }

  private renderReport(list: SelectionList) {
    const report = list.report;
    const changedSince = report
      ? list.items.filter((r) => r.decidedAt && r.decidedAt > report.publishedAt).length
      : 0;
    const untold = list.items.filter(
      (r) =>
        (DECISIONS as readonly string[]).includes(r.status) && !r.pending && r.notice?.decision !== r.status,
    ).length;
    const v = report ? number(report.version) : '';
    const when = report ? dayText(report.publishedAt) : '';
    return html`<section aria-labelledby="report-heading">
      <h2 id="report-heading">${msg('Selection report and emails', { id: 'selection.report_heading' })}</h2>
      <p>
        ${
          report
            ? msg(str`The anonymous report is public: version ${v}, published on ${when}.`, {
                id: 'selection.report_public',
              })
            : msg('The anonymous report is not published yet.', { id: 'selection.report_none' })
        }
      </p>
      ${
        changedSince
          ? html`<p class="over" id="changed-since">
            ${byCount(
              changedSince,
              () =>
                msg(
                  str`${number(changedSince)} decision changed since the report was published: publish it again before telling the registrants.`,
                  { id: 'selection.changed_since_one' },
                ),
              () =>
                msg(
                  str`${number(changedSince)} decisions changed since the report was published: publish it again before telling the registrants.`,
                  { id: 'selection.changed_since' },
                ),
            )}
          </p>`
          : nothing
      }
      <div class="actions">
        <button
          id="publish"
          ?disabled=${!list.registrationClosed || !!this.busy}
          aria-describedby=${ifDefined(list.registrationClosed ? undefined : 'publish-hint')}
          @click=${() => void this.handlePublish()}
        >
          ${msg('Publish the selection report', { id: 'selection.publish' })}
        </button>
        <button
          id="notify"
          class="secondary"
          ?disabled=${!report || !!this.busy}
          aria-describedby="notify-hint"
          @click=${() => void this.handleNotify()}
        >
          ${msg('Tell registrants', { id: 'selection.notify' })}
        </button>
      </div>
      ${
        list.registrationClosed
          ? nothing
          : html`<p class="hint" id="publish-hint">
            ${msg('Registration is still open: publish the report after it closes.', { id: 'selection.error.still_open' })}
          </p>`
      }
      <p class="hint" id="notify-hint">
        ${
          report
            ? msg(
                str`Each registrant with a decision gets one email, in the language they applied in, once the report is public; no one hears the same decision twice. Not told yet: ${number(untold)}.`,
                { id: 'selection.notify_hint' },
              )
            : msg('Registrants are told by email once the report is published.', {
                id: 'selection.notify_after',
              })
        }
      </p>
    </section>`;
  }

  private renderFilters(list: SelectionList) {
    const f = this.filters;
    const locale = currentLocale();
    const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
    const all = msg('All', { id: 'filter.all', desc: 'Filter option: no filter' });
    const select = (
      name: Filter,
      label: string,
      options: readonly { value: string; label: string }[],
      first = all,
    ) =>
      html`<div class="field">
        <label for="f-${name}">${label}</label>
        <select id="f-${name}" name=${name} @change=${this.applyFilters}>
          <option value="">${first}</option>
          ${options.map((o) => html`<option value=${o.value} ?selected=${f[name] === o.value}>${o.label}</option>`)}
        </select>
      </div>`;
    const t = this.api.transport;
    const { sort: _sort, ...exportQuery } = f;
    return html`<section aria-labelledby="filters-heading">
      <h2 id="filters-heading">${msg('Find applications', { id: 'selection.filters_heading' })}</h2>
      <form class="filters" role="search" @submit=${this.handleFilterSubmit}>
        ${select(
          'status',
          msg('Status', { id: 'filter.status' }),
          RegistrationStatuses.options.map((s: RegistrationStatus) => ({
            value: s,
            label: registrationStatusLabel(s),
          })),
        )}
        ${select(
          'country',
          msg('Country', { id: 'filter.country' }),
          SIGNATORIES.map((c) => ({ value: c.code, label: countryName(c.code) })).sort(byLabel),
        )}
        ${select(
          'level',
          msg('Level', { id: 'selection.filter.level' }),
          OrganizationLevel.options.map((l) => ({ value: l, label: levelLabel(l) })),
        )}
        ${select(
          'kind',
          msg('Kind of work', { id: 'selection.filter.kind' }),
          OrganizationKind.options.map((k) => ({ value: k, label: kindLabel(k) })),
        )}
        ${select(
          'ledBy',
          msg('Led by', { id: 'selection.filter.led_by' }),
          LedBy.options.map((l) => ({ value: l, label: ledByLabel(l) })),
        )}
        ${select(
          'language',
          msg('Language', { id: 'selection.filter.language' }),
          CORE_LOCALES.map((l) => ({ value: l, label: languageName(l) })).sort(byLabel),
        )}
        ${select('pending', msg('Confirmation', { id: 'selection.filter.pending' }), [
          { value: 'true', label: msg('Waiting for confirmation', { id: 'selection.count.pending' }) },
          { value: 'false', label: msg('Not waiting', { id: 'selection.filter.not_pending' }) },
        ])}
        ${select(
          'sort',
          msg('Order', { id: 'selection.filter.sort' }),
          [
            { value: '-created', label: msg('Newest first', { id: 'selection.sort.newest' }) },
            { value: 'name', label: msg('Organisation, A to Z', { id: 'selection.sort.name' }) },
            { value: '-name', label: msg('Organisation, Z to A', { id: 'selection.sort.name_desc' }) },
            { value: 'country', label: msg('Country', { id: 'filter.country' }) },
            { value: 'status', label: msg('Status', { id: 'filter.status' }) },
          ],
          msg('Oldest first', { id: 'selection.sort.oldest' }),
        )}
        <div class="field">
          <label for="f-q">${msg('Search names and emails', { id: 'selection.filter.search' })}</label>
          <input id="f-q" name="q" type="search" .value=${f.q ?? ''} maxlength="200" />
        </div>
        <div class="field">
          <button type="submit">${msg('Search', { id: 'filter.search_button' })}</button>
        </div>
      </form>
      <p class="hint" role="status">${this.reloading ? loadingText() : ''}</p>
      <div class="exports">
        <p class="label">${msg('Export what the filters show', { id: 'selection.export' })}</p>
        <ul>
          <li>
            <a id="export-csv" href=${registrationsExportUrl(t, list.eventId, 'csv', exportQuery)} download
              >${msg('CSV', { id: 'selection.export_csv' })}</a
            >
          </li>
          <li>
            <a id="export-xlsx" href=${registrationsExportUrl(t, list.eventId, 'xlsx', exportQuery)} download
              >${msg('Excel (.xlsx)', { id: 'selection.export_xlsx' })}</a
            >
          </li>
        </ul>
        <p class="hint">
          ${
            list.personalExports
              ? msg(
                  'The files hold the representatives’ names, emails and needs: keep them safe. Each export is recorded in the audit log.',
                  {
                    id: 'selection.export_personal',
                  },
                )
              : msg(
                  'For your role, the files leave out the representatives’ personal data. Each export is recorded in the audit log.',
                  {
                    id: 'selection.export_no_personal',
                  },
                )
          }
        </p>
      </div>
    </section>`;
  }

  private renderDecide(list: SelectionList) {
    const items = list.items;
    const choosable = items.filter((r) => r.status !== 'withdrawn');
    const count = this.chosen.size;
    const allOn = choosable.length > 0 && count === choosable.length;
    const some = count > 0 && !allOn;
    const n = number(count);
    const shown = number(choosable.length);
    const confirm = list.settings.requireConfirmation;
    const err = this.panelError;
    const chosenText = byCount(
      count,
      () => msg(str`${n} application chosen`, { id: 'selection.chosen_one' }),
      () => msg(str`${n} applications chosen`, { id: 'selection.chosen_many' }),
    );
    const apply = confirm
      ? byCount(
          count,
          () => msg(str`Propose for ${n} application`, { id: 'selection.propose_button_one' }),
          () => msg(str`Propose for ${n} applications`, { id: 'selection.propose_button' }),
        )
      : byCount(
          count,
          () => msg(str`Decide for ${n} application`, { id: 'selection.decide_button_one' }),
          () => msg(str`Decide for ${n} applications`, { id: 'selection.decide_button' }),
        );
    return html`<section class="decide" aria-labelledby="decide-heading">
      <h2 id="decide-heading">${msg('Decide', { id: 'selection.decide_heading' })}</h2>
      <form novalidate @submit=${(e: SubmitEvent) => void this.handleDecide(e)}>
        <div class="pick-all">
          <label>
            <input
              id="pick-all"
              type="checkbox"
              .checked=${allOn}
              .indeterminate=${some}
              ?disabled=${!choosable.length}
              aria-describedby=${err?.field === 'chosen' ? 'chosen-count panel-error' : 'chosen-count'}
              @change=${(e: Event) => this.toggleAll((e.target as HTMLInputElement).checked, items)}
            />
            ${msg(str`Select all shown (${shown})`, { id: 'selection.select_all' })}
          </label>
          <span id="chosen-count" role="status">${chosenText}</span>
        </div>
        <div class="decide-fields">
          <fieldset
            id="decision-group"
            aria-describedby=${ifDefined(err?.field === 'decision' ? 'panel-error' : undefined)}
          >
            <legend>${msg('Decision', { id: 'selection.decision' })}</legend>
            ${DECISIONS.map(
              (d) => html`<label class="choice">
                <input
                  type="radio"
                  name="decision"
                  value=${d}
                  .checked=${this.decision === d}
                  @change=${() => {
                    this.decision = d;
                    if (err?.field === 'decision') this.panelError = null;
                  }}
                />
                ${decisionLabel(d)}
              </label>`,
            )}
          </fieldset>
          <div class="field">
            <label for="reason">${msg('Reason', { id: 'selection.reason' })}</label>
            <select
              id="reason"
              aria-invalid=${err?.field === 'reason' ? 'true' : 'false'}
              aria-describedby=${err?.field === 'reason' ? 'reason-hint panel-error' : 'reason-hint'}
              @change=${(e: Event) => {
                this.reason = (e.target as HTMLSelectElement).value as SelectionReasonCode | '';
                if (err?.field === 'reason') this.panelError = null;
              }}
            >
              <option value="" ?selected=${!this.reason}>${msg('No reason given', { id: 'selection.no_reason' })}</option>
              ${SELECTION_REASON_CODES.map(
                (code) =>
                  html`<option value=${code} ?selected=${this.reason === code}>${reasonLabel(code)}</option>`,
              )}
            </select>
            <p class="hint" id="reason-hint">
              ${msg(
                'Needed when an application is not selected; the email says it in the registrant’s language.',
                {
                  id: 'selection.reason_hint',
                },
              )}
            </p>
          </div>
          <div class="field">
            <label for="note">${msg('Note for the file', { id: 'selection.note' })}</label>
            <textarea
              id="note"
              rows="2"
              maxlength="2000"
              .value=${this.note}
              aria-invalid=${err?.field === 'note' ? 'true' : 'false'}
              aria-describedby=${err?.field === 'note' ? 'note-hint panel-error' : 'note-hint'}
              @input=${(e: Event) => {
                this.note = (e.target as HTMLTextAreaElement).value;
              }}
            ></textarea>
            <p class="hint" id="note-hint">${msg('Kept with the application; never emailed.', { id: 'selection.note_hint' })}</p>
          </div>
        </div>
        ${err ? html`<p class="field-error" id="panel-error">${err.text}</p>` : nothing}
        ${
          confirm
            ? html`<p class="hint">
              ${msg(
                'This meeting asks for a second person: your decisions wait until someone else confirms them.',
                {
                  id: 'selection.confirm_note',
                },
              )}
            </p>`
            : nothing
        }
        <div class="actions">
          <button id="apply" type="submit" ?disabled=${this.busy === 'decide'}>${apply}</button>
        </div>
      </form>
    </section>`;
  }

  private renderTable(list: SelectionList) {
    const items = list.items;
    if (!list.counts.applied && !list.counts.withdrawn)
      return html`<p>${msg('No one has applied yet.', { id: 'selection.empty' })}</p>`;
    const total = number(list.total);
    if (!items.length)
      return html`<p role="status">
        ${msg('No application matches these filters.', { id: 'selection.none_match' })}
        <a href=${hashOf(`/events/${encodeURIComponent(list.eventId)}/registrations`)}
          >${msg('Show them all', { id: 'selection.clear_filters' })}</a
        >
      </p>`;
    const criteria = this.criteriaTexts();
    const caption = byCount(
      list.total,
      () => msg(str`${total} application`, { id: 'selection.caption_one' }),
      () => msg(str`${total} applications`, { id: 'selection.caption_many' }),
    );
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="list-caption">
      <table id="registrations">
        <caption id="list-caption">${caption}</caption>
        <thead>
          <tr>
            <th scope="col"><span class="visually-hidden">${msg('Chosen', { id: 'selection.col_chosen' })}</span></th>
            <th scope="col">${msg('Organisation', { id: 'selection.col_org' })}</th>
            <th scope="col">${msg('Answers to the criteria', { id: 'selection.col_answers' })}</th>
            <th scope="col">${msg('Representative', { id: 'selection.col_person' })}</th>
            <th scope="col">${msg('Decision', { id: 'selection.decision' })}</th>
            <th scope="col"><span class="visually-hidden">${msg('Actions', { id: 'selection.col_actions' })}</span></th>
          </tr>
        </thead>
        <tbody>
          ${items.map((r, i) => this.renderRow(r, i, criteria))}
        </tbody>
      </table>
    </div>`;
  }

  /**
   * The criteria's texts in the console's language, by version (`0`: the one in force, from the
   * meeting), so each application shows the criteria of the version it answered.
   */
  private criteriaTexts(): CriteriaTexts {
    const locale = currentLocale();
    const texts = (list: readonly { id: string; text: Parameters<typeof pickText>[0] }[]) =>
      new Map(list.map((k) => [k.id, pickText(k.text, locale)]));
    const byVersion = new Map<number, Map<string, { text: string; lang: string }>>();
    for (const v of this.history?.versions ?? []) byVersion.set(v.version, texts(v.criteria));
    const registration = this.event?.registration;
    const current = registration?.criteriaVersion ?? 1;
    byVersion.set(current, texts(registration?.criteria ?? []));
    return { current, byVersion };
  }

  /** Which version of the criteria an application answered. */
  private versionNote(r: SelectionEntry, current: number) {
    // Until the meeting is read, the version in force is not known.
    if (!this.event?.registration) return nothing;
    const v = number(r.criteriaVersion ?? 0);
    const now = number(current);
    return html`<span class="small answered-version">
      ${
        r.criteriaVersion === null
          ? msg('Answered before versions of the criteria were kept.', {
              id: 'selection.answered_unversioned',
            })
          : r.criteriaVersion === current
            ? msg(str`Answered criteria version ${v} (in force).`, { id: 'selection.answered_current' })
            : msg(str`Answered criteria version ${v}, shown below; version ${now} is in force now.`, {
                id: 'selection.answered_earlier',
              })
      }
    </span>`;
  }

  private renderRow(r: SelectionEntry, i: number, criteria: CriteriaTexts) {
    const o = r.organization;
    const chosen = this.chosen.has(r.id);
    const person = r.representative;
    const withdrawn = r.status === 'withdrawn';
    const profile = [
      countryName(o.country),
      levelLabel(o.level),
      ...o.kinds.map(kindLabel),
      ...o.ledBy.filter((l) => l !== 'none').map(ledByLabel),
    ].join(' · ');
    const received = dayText(r.createdAt);
    return html`<tr class=${chosen ? 'chosen' : ''}>
      <td class="pick">
        <input
          type="checkbox"
          id="pick-${i}"
          .checked=${chosen}
          ?disabled=${withdrawn}
          aria-label=${msg(str`Choose ${o.name}`, { id: 'selection.choose_row' })}
          @change=${(e: Event) => this.toggle(r.id, (e.target as HTMLInputElement).checked)}
        />
      </td>
      <th scope="row">
        ${o.name}
        <span class="org-meta">${profile}</span>
        ${o.website ? html`<span class="org-meta"><a href=${o.website} rel="noopener noreferrer" target="_blank">${o.website}</a></span>` : nothing}
        <span class="org-meta">${msg(str`Applied on ${received}`, { id: 'selection.applied_on' })}</span>
      </th>
      <td>
        ${this.versionNote(r, criteria.current)}
        ${
          r.answers.length
            ? html`<dl class="answers">
              ${r.answers.map((a) => {
                const question = questionOf(criteria, r.criteriaVersion, a.criterionId);
                return html`<dt lang=${ifDefined(question?.lang)}>${question?.text ?? a.criterionId}</dt>
                  <dd>${a.answer}</dd>`;
              })}
            </dl>`
            : html`<span class="small">${msg('No answers', { id: 'selection.no_answers' })}</span>`
        }
      </td>
      <td>
        ${
          person
            ? html`${person.name}
              <span class="small">${person.email}</span>
              ${person.role ? html`<span class="small">${person.role}</span>` : nothing}
              ${
                person.languages.length
                  ? html`<span class="small"
                    >${withColon(msg('Languages', { id: 'selection.languages' }))}
                    ${person.languages.map((l) => languageName(l)).join(', ')}</span
                  >`
                  : nothing
              }
              ${
                person.needs
                  ? html`<span class="small"
                    >${withColon(msg('Access needs', { id: 'selection.needs' }))} ${person.needs}</span
                  >`
                  : nothing
              }`
            : html`<span class="small">${msg('Erased after the retention period', { id: 'selection.erased' })}</span>`
        }
      </td>
      <td>
        ${registrationStatusLabel(r.status)}
        ${r.reasonCode ? html`<span class="small">${reasonLabel(r.reasonCode)}</span>` : nothing}
        ${r.reason && (DECISIONS as readonly string[]).includes(r.status) ? html`<span class="small">${r.reason}</span>` : nothing}
        ${r.decidedBy ? html`<span class="small">${msg(str`by ${r.decidedBy}`, { id: 'selection.decided_by' })}</span>` : nothing}
        ${
          r.pending
            ? html`<span class="small pending"
              >${msg(str`Proposed: ${decisionLabel(r.pending.decision)}`, { id: 'selection.proposed' })}</span
            >`
            : nothing
        }
        ${
          r.notice
            ? html`<span class="small"
              >${msg(str`Email: ${decisionLabel(r.notice.decision)}, ${noticeStatusLabel(r.notice.status)}`, {
                id: 'selection.notice',
                desc: 'The decision e-mail: which decision it told, and whether it was sent',
              })}</span
            >`
            : nothing
        }
      </td>
      <td>
        ${
          withdrawn
            ? nothing
            : html`<button
              class="secondary"
              aria-label=${msg(str`Decide on ${o.name}`, { id: 'selection.decide_row' })}
              @click=${() => this.decideOne(r.id)}
            >
              ${msg('Decide', { id: 'selection.decide_one' })}
            </button>`
        }
      </td>
    </tr>`;
  }
}

/** The criteria's texts by version, and the version in force. */
interface CriteriaTexts {
  current: number;
  byVersion: Map<number, Map<string, { text: string; lang: string }>>;
}

/**
 * The text of the criterion an answer answers: that of the version the application answered;
 * from before versions were kept, the newest version that has the criterion.
 */
function questionOf(criteria: CriteriaTexts, version: number | null, id: string) {
  if (version !== null) return criteria.byVersion.get(version)?.get(id);
  const newest = [...criteria.byVersion.keys()].sort((a, b) => b - a);
  for (const v of newest) {
    const found = criteria.byVersion.get(v)?.get(id);
    if (found) return found;
  }
  return undefined;
}

/** Whether `role` may curate `event` (the API checks the same on every call). */
function inScope(event: LadEvent, role: AccountRole | null, committees: readonly Committee[]): boolean {
  if (!role) return false;
  if (role.role === 'secretariat') return true;
  if (role.role === 'country') return event.country === role.scope;
  if (role.role === 'committee')
    return committees.some((c) => c.id === event.committeeId && c.actionPackageId === role.scope);
  const mechanism = (event as { mechanism?: string | null }).mechanism;
  return !!mechanism && mechanism === role.scope;
}

function windowLabel(state: NonNullable<LadEvent['registration']>['state']): string {
  switch (state) {
    case 'not_yet_open':
      return msg('Not open yet', { id: 'selection.window.not_yet_open', desc: 'Registration state' });
    case 'open':
      return msg('Open', { id: 'selection.window.open', desc: 'Registration state' });
    case 'full':
      return msg('Full', { id: 'selection.window.full', desc: 'Registration state' });
    case 'closed':
      return msg('Closed', { id: 'selection.window.closed', desc: 'Registration state' });
  }
}

/** A day in the console's language (in the event's time zone when given). */
const dayText = (iso: string, timeZone?: string) =>
  formatDate(iso, currentLocale(), { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) });

/** The API's own words for a refusal the console has no sentence for (English), if any. */
function detailOf(error: unknown): string | undefined {
  if (!isLadApiError(error) || error.status < 400 || error.status >= 500) return undefined;
  if (error.status === 409 || error.status === 422) return error.problem.detail ?? undefined;
  return undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-selection-page': LadSelectionPage;
  }
}
