import {
  type Committee,
  EVENT_KINDS,
  type Event,
  type EventKind,
  type EventQuery,
  listCommittees,
  listEvents,
  pickText,
} from '@lad/sdk';
import { msg } from '@lit/localize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { hashOf } from '../../app/routes.js';
import { currentLocale } from '../../internal/locale.js';
import { errorText, loadingText, retryText } from '../../internal/messages.js';
import { ConsolePage } from '../../internal/page.js';
import { baseStyles } from '../../internal/styles.js';
import { eventScope, kindLabel, publishedText, whenText } from './event-words.js';

const DAY = 86_400_000;
/** Past meetings shown: the last year's. */
const PAST_DAYS = 365;

type Load = { kind: 'loading' } | { kind: 'error'; error: unknown } | { kind: 'done'; items: Event[] };

/**
 * The meetings in the scope the person acts in — upcoming first, in start order, or the past
 * year's, newest first — filtered by kind; each opens its editor. "New meeting" creates one.
 */
@customElement('lad-events-page')
export class LadEventsPage extends ConsolePage {
  static override styles = [
    baseStyles,
    css`
      form.filters {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1rem;
        align-items: end;
      }
      .cancelled {
        color: var(--danger);
        font-weight: 600;
      }
      .muted {
        color: var(--muted);
      }
      td.title {
        min-inline-size: 14rem;
      }
    `,
  ];

  @state() private load: Load = { kind: 'loading' };
  private committees: Committee[] | null = null;
  private controller: AbortController | null = null;

  private get kind(): EventKind | '' {
    const k = this.query.get('kind') ?? '';
    return (EVENT_KINDS as readonly string[]).includes(k) ? (k as EventKind) : '';
  }

  private get past(): boolean {
    return this.query.get('when') === 'past';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('query') || changed.has('acting') || changed.has('api')) && this.api) void this.fetch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  private async fetch(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.load = { kind: 'loading' };
    try {
      if (this.acting?.role === 'committee' && !this.committees)
        this.committees = await listCommittees(this.api.transport, { signal: controller.signal });
      const today = new Date().toISOString().slice(0, 10);
      const query: EventQuery = {
        ...eventScope(this.acting, this.committees ?? []),
        ...(this.kind ? { kind: this.kind } : {}),
        ...(this.past
          ? { from: new Date(Date.now() - PAST_DAYS * DAY).toISOString().slice(0, 10), to: today }
          : { from: today }),
        limit: 100,
      };
      const items: Event[] = [];
      let cursor: string | null = null;
      // At most 500 meetings: a year of every committee's sessions fits many times over.
      for (let page = 0; page < 5; page++) {
        const answer = await listEvents(
          this.api.transport,
          { ...query, ...(cursor ? { cursor } : {}) },
          { signal: controller.signal, cache: 'no-cache' },
        );
        items.push(...answer.items);
        cursor = answer.nextCursor;
        if (!cursor) break;
      }
      if (this.controller !== controller) return;
      this.load = { kind: 'done', items: this.past ? items.reverse() : items };
    } catch (error) {
      if (!controller.signal.aborted) this.load = { kind: 'error', error };
    }
  }

  private applyFilters(event: globalThis.Event): void {
    const form = (event.target as HTMLElement).closest('form') as HTMLFormElement;
    const data = new FormData(form);
    location.hash = hashOf('/events', {
      kind: String(data.get('kind') ?? ''),
      when: String(data.get('when') ?? '') === 'past' ? 'past' : undefined,
    });
  }

  protected override render() {
    return html`
      <h1 tabindex="-1">${msg('Meetings', { id: 'events.title' })}</h1>
      <p><a class="button" href="#/events/new">${msg('New meeting', { id: 'events.new' })}</a></p>
      <form class="filters" role="search" @change=${this.applyFilters} @submit=${(e: SubmitEvent) => e.preventDefault()}>
        <div class="field">
          <label for="f-when">${msg('Which meetings', { id: 'events.filter_when' })}</label>
          <select id="f-when" name="when">
            <option value="" ?selected=${!this.past}>${msg('Upcoming', { id: 'events.upcoming' })}</option>
            <option value="past" ?selected=${this.past}>${msg('Past year', { id: 'events.past' })}</option>
          </select>
        </div>
        <div class="field">
          <label for="f-kind">${msg('Kind of meeting', { id: 'events.filter_kind' })}</label>
          <select id="f-kind" name="kind">
            <option value="">${msg('All', { id: 'filter.all', desc: 'Filter option: no filter' })}</option>
            ${EVENT_KINDS.map((k) => html`<option value=${k} ?selected=${this.kind === k}>${kindLabel(k)}</option>`)}
          </select>
        </div>
      </form>
      ${this.renderResults()}
    `;
  }

  private renderResults() {
    const load = this.load;
    if (load.kind === 'loading') return html`<p role="status">${loadingText()}</p>`;
    if (load.kind === 'error')
      return html`<div class="notice error" role="alert">
        <p>${errorText(load.error)}</p>
        <button @click=${() => void this.fetch()}>${retryText()}</button>
      </div>`;
    if (!load.items.length)
      return html`<p role="status">${
        this.past
          ? msg('No meeting in the past year in your scope.', { id: 'events.empty_past' })
          : msg('No upcoming meeting in your scope. Create one with “New meeting”.', { id: 'events.empty' })
      }</p>`;
    const locale = currentLocale();
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="events-caption">
      <table>
        <caption id="events-caption">
          ${this.past ? msg('Past meetings in your scope', { id: 'events.caption_past' }) : msg('Upcoming meetings in your scope', { id: 'events.caption' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Meeting', { id: 'events.col_title' })}</th>
            <th scope="col">${msg('When (local time)', { id: 'events.col_when' })}</th>
            <th scope="col">${msg('Agenda', { id: 'events.col_agenda' })}</th>
            <th scope="col">${msg('Registration', { id: 'events.col_registration' })}</th>
          </tr>
        </thead>
        <tbody>
          ${load.items.map((e) => {
            const title = pickText(e.title, locale);
            return html`<tr>
              <td class="title">
                <a href="#/events/${encodeURIComponent(e.id)}" lang=${title.lang}>${title.text}</a>
                <div class="muted">${kindLabel(e.kind)}</div>
                ${e.status === 'cancelled' ? html`<div class="cancelled">${msg('Cancelled', { id: 'events.cancelled' })}</div>` : nothing}
              </td>
              <td>${whenText(e)}</td>
              <td>
                <a href="#/events/${encodeURIComponent(e.id)}/agenda"
                  >${
                    e.agendaPublishedDaysBefore !== null
                      ? publishedText(e.agendaPublishedDaysBefore)
                      : msg('Not published', { id: 'agenda.not_published' })
                  }</a
                >
              </td>
              <td>${this.registrationText(e)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private registrationText(e: Event): string {
    const r = e.registration;
    if (!r) return msg('No registration', { id: 'events.no_registration' });
    switch (r.state) {
      case 'not_yet_open':
        return msg('Not yet open', { id: 'events.reg.not_yet_open', desc: 'Registration state' });
      case 'open':
        return msg('Open', { id: 'events.reg.open', desc: 'Registration state' });
      case 'full':
        return msg('Full', { id: 'events.reg.full', desc: 'Registration state' });
      case 'closed':
        return msg('Closed', { id: 'events.reg.closed', desc: 'Registration state' });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lad-events-page': LadEventsPage;
  }
}
