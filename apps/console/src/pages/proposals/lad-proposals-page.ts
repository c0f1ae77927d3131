import {
  acceptProposal,
  answerProposal,
  type Committee,
  DECLINE_REASONS,
  type DeclineReason,
  declineProposal,
  formatDate,
  getProposalDetail,
  isLadApiError,
  iterateEvents,
  type Event as LadEvent,
  type LocalizedText,
  listCommittees,
  listProposalQueue,
  mergeProposal,
  type ProposalDetail,
  type ProposalKind,
  type ProposalQueue,
  type ProposalQueueItem,
  type ProposalStatus,
  pickText,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { hashOf } from '../../app/routes.js';
import { currentLocale } from '../../internal/locale.js';
import {
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
import { actionName, kindName, reasonName, statusName } from './proposal-text.js';

const STATUSES: readonly ProposalStatus[] = [
  'received',
  'under_review',
  'accepted',
  'merged',
  'declined',
  'answered',
];
/** Proposals asked for at a time. */
const PAGE = 50;

type QueueLoad =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | {
      kind: 'done';
      items: ProposalQueueItem[];
      counts: ProposalQueue['counts'];
      next: string | null;
      more: boolean;
    };

type DetailLoad =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'ready'; proposal: ProposalDetail };

type Decision = 'answer' | 'accept' | 'decline' | 'merge';

/** What the person is writing, kept in the tab until it is sent (a reload loses nothing). */
interface Draft {
  decision: Decision;
  reason: DeclineReason | '';
  text: string;
  /** The proposal to merge into. */
  into: string;
}

type Field = 'answer' | 'reason' | 'into';

/** The queue's filters, as its hash query names them. */
interface Filters {
  kind: ProposalKind;
  committee: string;
  event: string;
  status: ProposalStatus | '';
}

const emptyDraft = (): Draft => ({ decision: 'answer', reason: '', text: '', into: '' });
const draftKey = (id: string) => `lad-console:proposal:${id}`;
const when = (iso: string) => formatDate(iso, currentLocale(), { dateStyle: 'medium', timeStyle: 'medium' });
const day = (iso: string) => formatDate(iso, currentLocale(), { dateStyle: 'medium' });

/**
 * Proposals (R5). `#/proposals`: the queues of written proposals (to committees) and agenda
 * topics (for events) in the scope the person acts in, filtered by committee, event and status,
 * with how many are in each status. `#/proposals/<id>`: one proposal with its sender and links,
 * the decision — accept, merge into another (found by its title), decline with a reason — and
 * the public answer, written in the console's language (its original), with a preview of what
 * the widgets show and the history of every answer with the time it was given.
 */
@customElement('lad-proposals-page')
export class LadProposalsPage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      .tabs {
        display: flex;
        gap: 0.5rem;
        border-block-end: 2px solid var(--line);
        margin-block-end: 1rem;
      }
      .tabs a {
        padding: 0.5rem 1rem;
        border: 2px solid transparent;
        border-block-end: none;
        border-radius: 4px 4px 0 0;
        text-decoration: none;
      }
      .tabs a[aria-current='page'] {
        border-color: var(--line);
        background: var(--soft);
        color: var(--ink);
        font-weight: 600;
      }
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: end;
        margin-block-end: 1rem;
      }
      .filters select {
        max-inline-size: 22rem;
      }
      .counts {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1.25rem;
        padding: 0;
        list-style: none;
      }
      .facts {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.35rem 1rem;
      }
      .facts dt {
        font-weight: 600;
      }
      .facts dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .text {
        white-space: pre-wrap;
      }
      fieldset {
        border: 1px solid var(--line);
        border-radius: 4px;
        margin-block: 0 1rem;
        padding: 0.75rem 1rem;
      }
      legend {
        font-weight: 600;
        padding-inline: 0.25rem;
      }
      .choice {
        display: flex;
        gap: 0.5rem;
        align-items: baseline;
        font-weight: normal;
        margin-block: 0.35rem;
      }
      .choice input {
        min-block-size: auto;
      }
      .search {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      .preview article {
        border: 1px solid var(--line);
        border-radius: 4px;
        padding: 0.75rem 1rem;
        max-inline-size: 40rem;
      }
      .preview h4 {
        margin-block: 0 0.25rem;
      }
      .meta {
        color: var(--muted);
        font-size: 0.9rem;
      }
      .response {
        border-inline-start: 4px solid var(--accent);
        padding-inline-start: 0.75rem;
        margin-block-start: 0.75rem;
      }
      .layout {
        display: grid;
        gap: 1.5rem;
      }
      @media (min-width: 64rem) {
        .layout {
          grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        }
      }
    `,
  ];

  @state() private queue: QueueLoad = { kind: 'loading' };
  @state() private committees: Committee[] = [];
  @state() private events: LadEvent[] = [];
  @state() private detail: DetailLoad = { kind: 'loading' };
  @state() private draft: Draft = emptyDraft();
  @state() private sending = false;
  @state() private problem: unknown = null;
  @state() private invalid: Partial<Record<Field, string>> = {};
  @state() private saved = false;
  @state() private conflict = false;
  @state() private candidates: ProposalQueueItem[] | null = null;
  private controller: AbortController | null = null;

  /** The proposal of `#/proposals/<id>`; empty on the queues. */
  private get proposalId(): string {
    return this.params[0] ?? '';
  }

  /** Committee coordinators and the secretariat answer proposals. */
  private get mayAnswer(): boolean {
    return this.acting?.role === 'secretariat' || this.acting?.role === 'committee';
  }

  /** The committee a committee coordinator's scope fixes. */
  private get fixedCommittee(): string | null {
    if (this.acting?.role !== 'committee') return null;
    return this.committees.find((c) => c.actionPackageId === this.acting?.scope)?.id ?? null;
  }

  private get filters(): Filters {
    const kind: ProposalKind = this.query.get('kind') === 'agenda_topic' ? 'agenda_topic' : 'policy';
    const status = this.query.get('status') as ProposalStatus | null;
    return {
      kind,
      committee: this.fixedCommittee ?? this.query.get('committee') ?? '',
      event: kind === 'agenda_topic' ? (this.query.get('event') ?? '') : '',
      status: status && STATUSES.includes(status) ? status : '',
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.api || !this.mayAnswer) return;
    const moved = changed.has('acting') || changed.has('api');
    if (this.proposalId) {
      if (moved || changed.has('params')) {
        const kept = sessionStorage.getItem(draftKey(this.proposalId));
        if (kept) this.draft = { ...emptyDraft(), ...(JSON.parse(kept) as Partial<Draft>) };
        void this.fetchDetail();
      }
      return;
    }
    if (moved) void this.fetchCommittees();
    if (moved || changed.has('query')) {
      void this.fetchQueue(false);
      void this.fetchEvents();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  // ——— Reading ————————————————————————————————————————————————————————————————————————

  private async fetchCommittees(): Promise<void> {
    try {
      this.committees = await listCommittees(this.api.transport);
      // A committee coordinator's queue is their committee's: asked again once it is known.
      if (this.acting?.role === 'committee') {
        void this.fetchQueue(false);
        void this.fetchEvents();
      }
    } catch {
      // The filter then offers no committees; the queue says what went wrong, if anything.
    }
  }

  private async fetchEvents(): Promise<void> {
    const f = this.filters;
    if (f.kind !== 'agenda_topic') return;
    const events: LadEvent[] = [];
    try {
      for await (const e of iterateEvents(this.api.transport, {
        limit: 100,
        ...(f.committee ? { committee: f.committee } : {}),
      }))
        events.push(e);
      this.events = events;
    } catch {
      this.events = [];
    }
  }

  private async fetchQueue(more: boolean): Promise<void> {
    if (this.acting?.role === 'committee' && !this.fixedCommittee) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const before = more && this.queue.kind === 'done' ? this.queue : null;
    if (before) this.queue = { ...before, more: true };
    else this.queue = { kind: 'loading' };
    const f = this.filters;
    try {
      const page = await listProposalQueue(
        this.api.transport,
        {
          kind: f.kind,
          ...(f.committee ? { committee: f.committee } : {}),
          ...(f.event ? { event: f.event } : {}),
          ...(f.status ? { status: f.status } : {}),
          limit: PAGE,
          ...(before?.next ? { cursor: before.next } : {}),
        },
        { signal: controller.signal, cache: 'no-cache' },
      );
      if (this.controller !== controller) return;
      this.queue = {
        kind: 'done',
        items: [...(before?.items ?? []), ...page.items],
        counts: page.counts,
        next: page.nextCursor,
        more: false,
      };
    } catch (error) {
      if (!controller.signal.aborted) this.queue = { kind: 'error', error };
    }
  }

  /** Reads the proposal. `quiet`: the page stays as it is (and the focus where it is) meanwhile. */
  private async fetchDetail({ quiet = false } = {}): Promise<void> {
    if (!quiet) this.detail = { kind: 'loading' };
    try {
      const proposal = await getProposalDetail(this.api.transport, this.proposalId, { cache: 'no-cache' });
      this.detail = { kind: 'ready', proposal };
    } catch (error) {
      if (!quiet) this.detail = { kind: 'error', error };
    }
  }

  // ——— Filters ————————————————————————————————————————————————————————————————————————

  private queueHash(change: Partial<Filters> = {}): string {
    const f = { ...this.filters, ...change };
    return hashOf('/proposals', {
      kind: f.kind === 'agenda_topic' ? 'agenda_topic' : undefined,
      committee: this.fixedCommittee ? undefined : f.committee,
      event: f.kind === 'agenda_topic' ? f.event : undefined,
      status: f.status,
    });
  }

  private applyFilters(): void {
    const form = this.renderRoot.querySelector<HTMLFormElement>('form.filters');
    if (!form) return;
    const data = new FormData(form);
    const value = (name: string) => {
      const v = data.get(name);
      return typeof v === 'string' ? v : '';
    };
    const committee = this.fixedCommittee ?? value('committee');
    // Another committee's events are not this one's: the event filter goes with it.
    const event = committee !== this.filters.committee ? '' : value('event');
    location.replace(this.queueHash({ committee, event, status: value('status') as ProposalStatus | '' }));
  }

  // ——— Deciding ———————————————————————————————————————————————————————————————————————

  private edit(change: Partial<Draft>): void {
    this.draft = { ...this.draft, ...change };
    this.saved = false;
    for (const field of Object.keys(change) as (keyof Draft)[]) {
      const at: Field | null =
        field === 'text' ? 'answer' : field === 'reason' || field === 'into' ? field : null;
      if (at && this.invalid[at]) this.invalid = { ...this.invalid, [at]: undefined };
    }
    sessionStorage.setItem(draftKey(this.proposalId), JSON.stringify(this.draft));
  }

  private async searchCandidates(proposal: ProposalDetail): Promise<void> {
    const words = this.renderRoot.querySelector<HTMLInputElement>('#merge-q')?.value.trim() ?? '';
    try {
      const page = await listProposalQueue(
        this.api.transport,
        { kind: proposal.kind, limit: 20, ...(words ? { q: words } : {}) },
        { cache: 'no-cache' },
      );
      this.candidates = page.items.filter((p) => p.id !== proposal.id && p.status !== 'merged');
    } catch (error) {
      this.problem = error;
    }
  }

  /** The field errors of the draft before sending, as a person can fix them. */
  private check(): Partial<Record<Field, string>> {
    const d = this.draft;
    const errors: Partial<Record<Field, string>> = {};
    if ((d.decision === 'answer' || d.decision === 'decline') && !d.text.trim())
      errors.answer = msg('Write the public answer: it is needed to decline or to answer.', {
        id: 'proposals.error.answer',
      });
    if (d.decision === 'decline' && !d.reason)
      errors.reason = msg('Choose the reason.', { id: 'proposals.error.reason' });
    if (d.decision === 'merge' && !d.into)
      errors.into = msg('Choose the proposal to merge this one into.', { id: 'proposals.error.into' });
    return errors;
  }

  private async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    const first = (['reason', 'into', 'answer'] as Field[]).find((f) => this.invalid[f]);
    const target =
      first === 'into'
        ? (this.renderRoot.querySelector<HTMLElement>('input[name=into]') ??
          this.renderRoot.querySelector<HTMLElement>('#merge-q'))
        : first
          ? this.renderRoot.querySelector<HTMLElement>(`#${first}`)
          : null;
    target?.focus();
  }

  private async send(event: Event, proposal: ProposalDetail): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    this.problem = null;
    this.conflict = false;
    this.invalid = this.check();
    if (Object.values(this.invalid).some(Boolean)) return this.focusFirstInvalid();
    this.sending = true;
    const d = this.draft;
    const locale = currentLocale();
    const answer: LocalizedText | undefined = d.text.trim()
      ? { original: locale, text: { [locale]: d.text.trim() } }
      : undefined;
    const basedOn = proposal.answers.at(-1)?.version ?? 0;
    const t = this.api.transport;
    try {
      const next =
        d.decision === 'accept'
          ? await acceptProposal(t, proposal.id, { basedOn, ...(answer ? { answer } : {}) })
          : d.decision === 'decline'
            ? await declineProposal(t, proposal.id, {
                basedOn,
                reason: d.reason as DeclineReason,
                answer: answer as LocalizedText,
              })
            : d.decision === 'merge'
              ? await mergeProposal(t, proposal.id, { basedOn, into: d.into, ...(answer ? { answer } : {}) })
              : await answerProposal(t, proposal.id, { basedOn, answer: answer as LocalizedText });
      sessionStorage.removeItem(draftKey(proposal.id));
      this.draft = emptyDraft();
      this.candidates = null;
      this.detail = { kind: 'ready', proposal: next };
      this.saved = true;
      this.sending = false;
      await this.updateComplete;
      // The person hears that it was published, and goes on from there.
      this.renderRoot.querySelector<HTMLElement>('#saved')?.focus();
    } catch (error) {
      this.sending = false;
      if (
        isLadApiError(error) &&
        error.status === 409 &&
        error.code === 'conflict' &&
        'version' in error.problem
      ) {
        // Someone answered meanwhile: their answer is read in; what this person wrote stays.
        this.conflict = true;
        await this.fetchDetail({ quiet: true });
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#problem')?.focus();
        return;
      }
      if (isLadApiError(error) && error.status === 409 && this.draft.decision === 'merge') {
        this.invalid = {
          into: msg(
            'This merge cannot be made: the chosen proposal was itself merged into another, or other proposals were merged into this one.',
            { id: 'proposals.error.merge' },
          ),
        };
        return this.focusFirstInvalid();
      }
      if (isLadApiError(error) && error.status === 422 && error.fieldErrors.length) {
        const refused = msg('The server refused this value. Check it and send again.', {
          id: 'proposals.error.refused',
        });
        const invalid: Partial<Record<Field, string>> = {};
        for (const e of error.fieldErrors) {
          const at = e.path[0];
          if (at === 'answer' || at === 'reason' || at === 'into') invalid[at] = refused;
        }
        if (Object.keys(invalid).length) {
          this.invalid = invalid;
          return this.focusFirstInvalid();
        }
      }
      this.problem = error;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#problem')?.focus();
    }
  }

  // ——— Rendering ——————————————————————————————————————————————————————————————————————

  protected override render() {
    if (this.proposalId) return this.renderDetailPage();
    const heading = html`<h1 tabindex="-1">${msg('Proposals', { id: 'proposals.title' })}</h1>`;
    if (!this.mayAnswer)
      return html`${heading}
        <div class="notice" role="status">
          <p>
            ${msg(
              'Committee coordinators and the secretariat answer proposals. If you hold one of those roles, choose it in the header.',
              { id: 'proposals.roles_only' },
            )}
          </p>
        </div>`;
    return html`${heading} ${this.renderTabs()} ${this.renderFilters()} ${this.renderQueue()}`;
  }

  private renderTabs() {
    const kind = this.filters.kind;
    const tab = (k: ProposalKind, label: string) =>
      html`<a href=${this.queueHash({ kind: k, event: '', status: '' })} aria-current=${k === kind ? 'page' : 'false'}
        >${label}</a
      >`;
    return html`<nav class="tabs" aria-label=${msg('Queues', { id: 'proposals.queues', desc: 'Label of the two queue tabs' })}>
      ${tab('policy', msg('Written proposals', { id: 'proposals.tab.policy', desc: 'Queue tab' }))}
      ${tab('agenda_topic', msg('Agenda topics', { id: 'proposals.tab.topics', desc: 'Queue tab' }))}
    </nav>`;
  }

  private renderFilters() {
    const f = this.filters;
    const counts = this.queue.kind === 'done' ? this.queue.counts : null;
    const total = counts ? Object.values(counts).reduce((s, n) => s + n, 0) : null;
    const counted = (label: string, n: number | null | undefined) =>
      n === null || n === undefined ? label : `${label} (${number(n)})`;
    const fixed = this.fixedCommittee ? this.committees.find((c) => c.id === this.fixedCommittee) : null;
    return html`<form class="filters" @change=${() => this.applyFilters()} @submit=${(e: Event) => e.preventDefault()}>
      ${
        fixed
          ? html`<p>
            <span class="label">${msg('Committee', { id: 'proposals.filter.committee' })}</span>
            ${pickText(fixed.name, currentLocale()).text}
          </p>`
          : html`<div>
            <label for="f-committee">${msg('Committee', { id: 'proposals.filter.committee' })}</label>
            <select id="f-committee" name="committee">
              <option value="">${msg('All committees', { id: 'proposals.filter.all_committees' })}</option>
              ${this.committees.map(
                (c) =>
                  html`<option value=${c.id} ?selected=${c.id === f.committee}>${pickText(c.name, currentLocale()).text}</option>`,
              )}
            </select>
          </div>`
      }
      ${
        f.kind === 'agenda_topic'
          ? html`<div>
            <label for="f-event">${msg('Event', { id: 'proposals.filter.event' })}</label>
            <select id="f-event" name="event">
              <option value="">${msg('All events', { id: 'proposals.filter.all_events' })}</option>
              ${this.events.map(
                (e) =>
                  html`<option value=${e.id} ?selected=${e.id === f.event}>
                    ${pickText(e.title, currentLocale()).text} — ${day(e.startsAt)}
                  </option>`,
              )}
            </select>
          </div>`
          : nothing
      }
      <div>
        <label for="f-status">${msg('Status', { id: 'proposals.filter.status' })}</label>
        <select id="f-status" name="status">
          <option value="">${counted(msg('All statuses', { id: 'proposals.filter.all_statuses' }), total)}</option>
          ${STATUSES.map(
            (s) =>
              html`<option value=${s} ?selected=${s === f.status}>${counted(statusName(s), counts?.[s])}</option>`,
          )}
        </select>
      </div>
    </form>`;
  }

  private renderQueue() {
    const load = this.queue;
    if (load.kind === 'loading') return html`<p role="status">${loadingText()}</p>`;
    if (load.kind === 'error')
      return html`<div class="notice error" role="alert">
        <p>${errorText(load.error)}</p>
        <button @click=${() => void this.fetchQueue(false)}>${retryText()}</button>
      </div>`;
    const total = Object.values(load.counts).reduce((s, n) => s + n, 0);
    return html`
      <h2 id="counts-h">${msg(str`In this queue: ${number(total)}`, { id: 'proposals.in_queue', desc: 'A label and a count' })}</h2>
      <ul class="counts" aria-labelledby="counts-h">
        ${STATUSES.map((s) => html`<li>${withColon(statusName(s))} ${number(load.counts[s])}</li>`)}
      </ul>
      ${
        !load.items.length
          ? html`<p role="status">${msg('No proposal matches these filters.', { id: 'proposals.none' })}</p>`
          : html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="queue-caption">
            <table>
              <caption id="queue-caption">
                ${this.filters.kind === 'policy' ? msg('Written proposals', { id: 'proposals.tab.policy', desc: 'Queue tab' }) : msg('Agenda topics', { id: 'proposals.tab.topics', desc: 'Queue tab' })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Title', { id: 'proposals.col.title' })}</th>
                  <th scope="col">${msg('Sent to', { id: 'proposals.col.target' })}</th>
                  <th scope="col">${msg('Organisation', { id: 'proposals.col.organization' })}</th>
                  <th scope="col">${msg('Received', { id: 'proposals.col.received' })}</th>
                  <th scope="col">${msg('Status', { id: 'proposals.filter.status' })}</th>
                  <th scope="col">${msg('Answered', { id: 'proposals.col.answered' })}</th>
                </tr>
              </thead>
              <tbody>
                ${load.items.map((p) => {
                  const target = pickText(p.target.name, currentLocale());
                  return html`<tr>
                    <td><a href="#/proposals/${encodeURIComponent(p.id)}" lang=${p.locale}>${p.title}</a></td>
                    <td lang=${target.lang}>${target.text}</td>
                    <td>${p.organization.name} (${countryName(p.organization.country)})</td>
                    <td>${day(p.createdAt)}</td>
                    <td>${statusName(p.status)}</td>
                    <td>${p.answeredAt ? day(p.answeredAt) : '—'}</td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`
      }
      ${
        load.next
          ? html`<p>
            <button class="secondary" aria-disabled=${load.more ? 'true' : 'false'} @click=${() => !load.more && void this.fetchQueue(true)}>
              ${msg('Show more proposals', { id: 'proposals.more' })}
            </button>
          </p>`
          : nothing
      }
    `;
  }

  private renderDetailPage() {
    const back = html`<p><a href=${this.queueHash()}>${msg('Back to the proposals', { id: 'proposals.back' })}</a></p>`;
    const heading = (title = msg('Proposal', { id: 'proposals.detail_title' }), lang?: string) =>
      html`<h1 tabindex="-1" lang=${lang ?? nothing}>${title}</h1>`;
    if (!this.mayAnswer)
      return html`${back}${heading()}
        <div class="notice" role="status">
          <p>${msg('Committee coordinators and the secretariat answer proposals. If you hold one of those roles, choose it in the header.', { id: 'proposals.roles_only' })}</p>
        </div>`;
    const load = this.detail;
    if (load.kind === 'loading') return html`${back}${heading()}<p role="status">${loadingText()}</p>`;
    if (load.kind === 'error')
      return html`${back}${heading()}
        <div class="notice error" role="alert">
          <p>${errorText(load.error)}</p>
          <button @click=${() => void this.fetchDetail()}>${retryText()}</button>
        </div>`;
    const p = load.proposal;
    return html`${back}${heading(p.title, p.locale)}
      <div class="layout">
        <div>${this.renderFacts(p)} ${this.renderText(p)}</div>
        <div>${this.renderMerges(p)}</div>
      </div>
      ${this.renderDecision(p)} ${this.renderHistory(p)}`;
  }

  private renderFacts(p: ProposalDetail) {
    const target = pickText(p.target.name, currentLocale());
    const yes = msg('Yes: the organisation’s name is shown with the proposal', {
      id: 'proposals.listed_yes',
    });
    const no = msg('No: the proposal is shown without the organisation’s name', {
      id: 'proposals.listed_no',
    });
    return html`<dl class="facts">
      <dt>${msg('Kind', { id: 'proposals.fact.kind' })}</dt>
      <dd>${kindName(p.kind)}</dd>
      <dt>${msg('Sent to', { id: 'proposals.col.target' })}</dt>
      <dd lang=${target.lang}>${target.text}</dd>
      <dt>${msg('Status', { id: 'proposals.filter.status' })}</dt>
      <dd>${statusName(p.status)}</dd>
      <dt>${msg('Received', { id: 'proposals.col.received' })}</dt>
      <dd><time datetime=${p.createdAt}>${when(p.createdAt)}</time></dd>
      <dt>${msg('Written in', { id: 'proposals.fact.language' })}</dt>
      <dd>${languageName(p.locale)}</dd>
      <dt>${msg('Organisation', { id: 'proposals.col.organization' })}</dt>
      <dd>${p.organization.name} (${countryName(p.organization.country)})</dd>
      <dt>${msg('Listed publicly', { id: 'proposals.fact.listed' })}</dt>
      <dd>${p.listPublicly ? yes : no}</dd>
      <dt>${msg('Contact', { id: 'proposals.fact.contact' })}</dt>
      <dd>
        ${
          p.contact
            ? html`${p.contact.name}, <a href="mailto:${p.contact.email}">${p.contact.email}</a>`
            : msg('Erased after the retention period', { id: 'proposals.fact.erased' })
        }
      </dd>
      <dt>${msg('Receipt', { id: 'proposals.fact.receipt' })}</dt>
      <dd>${p.receipt}</dd>
    </dl>`;
  }

  private renderText(p: ProposalDetail) {
    return html`<h2>${msg('What was proposed', { id: 'proposals.text' })}</h2>
      <p class="text" lang=${p.locale}>${p.body}</p>
      ${
        p.links.length
          ? html`<h3>${msg('Links', { id: 'proposals.links' })}</h3>
            <ul>
              ${p.links.map((l) => html`<li><a href=${l} rel="noopener noreferrer" target="_blank">${l}</a></li>`)}
            </ul>`
          : nothing
      }`;
  }

  private renderMerges(p: ProposalDetail) {
    return html`
      ${
        p.mergedInto
          ? html`<div class="notice">
            <p>
              ${withColon(msg('Merged into', { id: 'proposals.merged_into' }))}
              <a href="#/proposals/${encodeURIComponent(p.mergedInto.id)}" lang=${p.mergedInto.locale}>${p.mergedInto.title}</a>
            </p>
          </div>`
          : nothing
      }
      ${
        p.mergedFrom.length
          ? html`<h2>${msg('Merged into this one', { id: 'proposals.merged_from' })}</h2>
            <ul>
              ${p.mergedFrom.map(
                (m) =>
                  html`<li><a href="#/proposals/${encodeURIComponent(m.id)}" lang=${m.locale}>${m.title}</a></li>`,
              )}
            </ul>`
          : nothing
      }
    `;
  }

  private renderDecision(p: ProposalDetail) {
    const d = this.draft;
    const locale = currentLocale();
    const undecided = p.status === 'received' || p.status === 'under_review';
    const option = (value: Decision, label: string) =>
      html`<label class="choice"
        ><input
          type="radio"
          name="decision"
          value=${value}
          .checked=${d.decision === value}
          @change=${() => this.edit({ decision: value })}
        />
        ${label}</label
      >`;
    const invalid = this.invalid;
    const error = (field: Field) =>
      invalid[field] ? html`<p class="field-error" id="${field}-error">${invalid[field]}</p>` : nothing;
    const send =
      d.decision === 'accept'
        ? msg('Accept', { id: 'proposals.send.accept' })
        : d.decision === 'decline'
          ? msg('Decline', { id: 'proposals.send.decline' })
          : d.decision === 'merge'
            ? msg('Merge', { id: 'proposals.send.merge' })
            : msg('Publish the answer', { id: 'proposals.send.answer' });
    return html`<section aria-labelledby="decide-h">
      <h2 id="decide-h">${msg('Decision and public answer', { id: 'proposals.decide' })}</h2>
      ${
        this.saved
          ? html`<div class="notice ok" role="status" id="saved" tabindex="-1">
            <p>${msg('Published. The widgets show it now, and the sender is told by email.', { id: 'proposals.saved' })}</p>
          </div>`
          : nothing
      }
      ${
        this.conflict
          ? html`<div class="notice error" role="alert" id="problem" tabindex="-1">
            <p>${msg('Someone else answered this proposal meanwhile. Their answer is now in the history below; what you wrote is kept. Check it and send again.', { id: 'proposals.conflict' })}</p>
          </div>`
          : this.problem
            ? html`<div class="notice error" role="alert" id="problem" tabindex="-1"><p>${errorText(this.problem)}</p></div>`
            : nothing
      }
      <div class="layout">
        <form @submit=${(e: Event) => void this.send(e, p)} novalidate>
          <fieldset>
            <legend>${msg('Decision', { id: 'proposals.decision' })}</legend>
            ${option(
              'answer',
              undecided
                ? msg('Answer only: the status becomes “Answered”', { id: 'proposals.decision.answer_new' })
                : msg(str`Answer only: the status stays “${statusName(p.status)}”`, {
                    id: 'proposals.decision.answer_keep',
                  }),
            )}
            ${option('accept', msg('Accept', { id: 'proposals.decision.accept' }))}
            ${option('decline', msg('Decline, with a reason', { id: 'proposals.decision.decline' }))}
            ${option('merge', msg('Merge into another proposal', { id: 'proposals.decision.merge' }))}
          </fieldset>
          ${d.decision === 'decline' ? this.renderReason(error) : nothing}
          ${d.decision === 'merge' ? this.renderMergeSearch(p, error) : nothing}
          <div class="field">
            <label for="answer"
              >${msg(str`Public answer, in ${languageName(locale)}`, { id: 'proposals.answer_label' })}</label
            >
            <textarea
              id="answer"
              lang=${locale}
              maxlength="20000"
              aria-describedby="answer-hint${invalid.answer ? ' answer-error' : ''}"
              aria-invalid=${invalid.answer ? 'true' : 'false'}
              .value=${d.text}
              @input=${(e: Event) => this.edit({ text: (e.target as HTMLTextAreaElement).value })}
            ></textarea>
            <p class="hint" id="answer-hint">
              ${msg(str`Written in ${languageName(locale)}, the language of the console: it is the answer’s original. Needed to decline or to answer; optional to accept or to merge. A new answer does not erase the earlier one.`, { id: 'proposals.answer_hint' })}
            </p>
            ${error('answer')}
          </div>
          <p>
            <!-- aria-disabled, not disabled: a disabled button would drop the focus while sending. -->
            <button type="submit" aria-disabled=${this.sending ? 'true' : 'false'}>${send}</button>
          </p>
        </form>
        ${this.renderPreview(p)}
      </div>
    </section>`;
  }

  private renderReason(error: (field: Field) => unknown) {
    const d = this.draft;
    return html`<div class="field">
      <label for="reason">${msg('Reason', { id: 'proposals.reason' })}</label>
      <select
        id="reason"
        aria-invalid=${this.invalid.reason ? 'true' : 'false'}
        aria-describedby=${this.invalid.reason ? 'reason-error' : nothing}
        @change=${(e: Event) => this.edit({ reason: (e.target as HTMLSelectElement).value as DeclineReason })}
      >
        <option value="" ?selected=${!d.reason}>${msg('Choose a reason', { id: 'proposals.reason_choose' })}</option>
        ${DECLINE_REASONS.map((r) => html`<option value=${r} ?selected=${r === d.reason}>${reasonName(r)}</option>`)}
      </select>
      ${error('reason')}
    </div>`;
  }

  private renderMergeSearch(p: ProposalDetail, error: (field: Field) => unknown) {
    const d = this.draft;
    const found = this.candidates;
    return html`<div class="field">
      <label for="merge-q">${msg('Find the proposal to merge into, by words of its title', { id: 'proposals.merge_search' })}</label>
      <div class="search">
        <input
          id="merge-q"
          type="search"
          aria-describedby=${this.invalid.into && !found?.length ? 'into-error' : nothing}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void this.searchCandidates(p);
            }
          }}
        />
        <button type="button" class="secondary" @click=${() => void this.searchCandidates(p)}>
          ${msg('Search', { id: 'proposals.search' })}
        </button>
      </div>
      ${
        found === null
          ? nothing
          : !found.length
            ? html`<p role="status">${msg('No other proposal matches.', { id: 'proposals.merge_none' })}</p>`
            : html`<fieldset aria-describedby=${this.invalid.into ? 'into-error' : nothing}>
              <legend>${msg('Proposal to merge into', { id: 'proposals.merge_into' })}</legend>
              ${found.map(
                (c) => html`<label class="choice"
                  ><input
                    type="radio"
                    name="into"
                    value=${c.id}
                    .checked=${d.into === c.id}
                    @change=${() => this.edit({ into: c.id })}
                  />
                  <span><span lang=${c.locale}>${c.title}</span> <span class="meta">— ${statusName(c.status)}, ${day(c.createdAt)}</span></span></label
                >`,
              )}
            </fieldset>`
      }
      ${error('into')}
    </div>`;
  }

  /** What the widgets will show once this is sent: the status, and the answer with its date. */
  private renderPreview(p: ProposalDetail) {
    const d = this.draft;
    const locale = currentLocale();
    const undecided = p.status === 'received' || p.status === 'under_review';
    const status: ProposalStatus =
      d.decision === 'accept'
        ? 'accepted'
        : d.decision === 'decline'
          ? 'declined'
          : d.decision === 'merge'
            ? 'merged'
            : undecided
              ? 'answered'
              : p.status;
    const typed = d.text.trim();
    const shown = typed
      ? { text: typed, lang: locale, at: new Date().toISOString() }
      : p.response
        ? { ...pickText(p.response.text, locale), at: p.response.respondedAt }
        : null;
    return html`<section class="preview" aria-labelledby="preview-h">
      <h3 id="preview-h">${msg('Preview: what the widgets show', { id: 'proposals.preview' })}</h3>
      <article aria-labelledby="preview-title">
        <h4 id="preview-title" lang=${p.locale}>${p.title}</h4>
        <p class="meta">
          ${statusName(status)} ·
          ${p.listPublicly ? p.organization.name : msg('organisation not named', { id: 'proposals.preview.anonymous' })}
          · ${day(p.createdAt)}
        </p>
        ${
          shown
            ? html`<div class="response">
              <strong>${msg(str`Response of ${day(shown.at)}:`, { id: 'proposals.preview.response' })}</strong>
              <span class="text" lang=${shown.lang}>${shown.text}</span>
            </div>`
            : html`<p class="meta">${msg('No public answer yet.', { id: 'proposals.preview.none' })}</p>`
        }
      </article>
    </section>`;
  }

  private renderHistory(p: ProposalDetail) {
    return html`<section aria-labelledby="history-h">
      <h2 id="history-h">${msg('Answers given', { id: 'proposals.history' })}</h2>
      <p class="hint">
        ${msg('Every answer is kept, with the time the server recorded it. The public lists show the latest; each version stays public.', { id: 'proposals.history_hint' })}
      </p>
      ${
        !p.answers.length
          ? html`<p>${msg('No answer yet.', { id: 'proposals.history_none' })}</p>`
          : html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="history-h">
            <table>
              <thead>
                <tr>
                  <th scope="col">${msg('Version', { id: 'proposals.col.version' })}</th>
                  <th scope="col">${msg('Answered at', { id: 'proposals.col.answered_at' })}</th>
                  <th scope="col">${msg('Step', { id: 'proposals.col.step' })}</th>
                  <th scope="col">${msg('Status', { id: 'proposals.filter.status' })}</th>
                  <th scope="col">${msg('Public answer', { id: 'proposals.col.answer' })}</th>
                  <th scope="col">${msg('By', { id: 'proposals.col.by' })}</th>
                </tr>
              </thead>
              <tbody>
                ${[...p.answers].reverse().map((a) => {
                  const text = a.text ? pickText(a.text, currentLocale()) : null;
                  return html`<tr>
                    <td>${number(a.version)}</td>
                    <td><time datetime=${a.answeredAt}>${when(a.answeredAt)}</time></td>
                    <td>
                      ${actionName(a.action)}${a.reason ? html`<br /><span class="meta">${reasonName(a.reason)}</span>` : nothing}
                    </td>
                    <td>${statusName(a.status)}</td>
                    <td class="text">${text ? html`<span lang=${text.lang}>${text.text}</span>` : '—'}</td>
                    <td>${a.answeredBy ?? '—'}</td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-proposals-page': LadProposalsPage;
  }
}
