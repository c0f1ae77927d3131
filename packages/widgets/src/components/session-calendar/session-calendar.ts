import {
  type Committee,
  calendarDaysBetween,
  type Event,
  type EventKind,
  type EventQuery,
  formatDate,
  iterateEvents,
  listCommittees,
  monthNames,
  pickText,
  weekdayNames,
} from '@lad/sdk';
import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LadElement } from '../../internal/base-element.js';
import { countryName } from '../../internal/country-name.js';
import { eventPlace, eventTime, languageList } from '../../internal/event-info.js';
import { languageMenu } from '../../internal/language-menu.js';
import { currentLocale, needMessages } from '../../internal/locale.js';
import {
  byCount,
  dayCount,
  eventKindLabel,
  loadingText,
  offlineText,
  retryText,
  sessionCount,
  viewerZone,
  zoneCity,
} from '../../internal/messages.js';
import { loadReference, type Reference } from '../../internal/reference.js';
import { Resource } from '../../internal/resource.js';
import { date, number, safeHref, localized as text } from '../../internal/text.js';
import { addDays, addMonths, dayIn, dayKey, monthGrid, parts, today, weekday } from './days.js';
import { LadEventSelectEvent, LadRegistrationOpenEvent } from './events.js';
import { styles } from './session-calendar.styles.js';

// Its words are a module of their own per language (the forms it opens bring theirs).
needMessages('meetings');

interface Data {
  events: Event[];
  committees: Committee[];
  reference: Reference;
}

/** How far back sessions are loaded: enough for "last session" and a year of history. */
const HISTORY_DAYS = 400;
/** A quarter, with a little slack: no session for longer than this is a gap (R5, R7). */
const QUARTER_DAYS = 92;
const MAX_SHOWN_PER_DAY = 2;

/**
 * The meetings of the Declaration (R5–R8): quarterly information sessions of each committee,
 * national meetings with special coordinators, coordinators' meetings with observer seats, the
 * regional and the high-level meetings — as a month grid (keyboard: arrows, Home/End,
 * PageUp/PageDown) or a list (the default on narrow screens). Each event shows its time in the
 * reader's zone and its own, place, languages, seats, registration (opened in place), its
 * agenda with how many days in advance it was published, a way to propose topics while that
 * is open, and the outcome afterwards. Per committee and country, the quarterly cadence, with a
 * notice when a quarter passed without a session. Add one event, or subscribe to the filter.
 *
 * @tagname lad-session-calendar
 * @summary Meetings, agendas in advance, observer seats, calendar feeds.
 *
 * @event lad-event-select - A reader chose an event. `detail`: `{ id }`.
 * @event lad-registration-open - A reader opened an event's registration form. `detail`: `{ eventId }`.
 * @event lad-locale-change - The reader chose another language (all LAD widgets follow).
 *
 * @csspart base - The whole widget.
 * @csspart grid - The month grid.
 * @csspart list - The list of events.
 * @csspart event - One event.
 * @csspart agenda - An event's agenda.
 * @csspart cancelled - The notice on a cancelled event, with its reason.
 * @csspart cadence - The quarterly cadence table.
 * @csspart subscribe - The calendar feed section.
 * @csspart language-menu - The language menu.
 *
 * @cssproperty --lad-calendar-cell-height - Height of a day in the month grid. Default 6.5rem.
 */
@localized()
export class LadSessionCalendar extends LadElement {
  static override styles = styles;

  /** Only this kind of event: `information_session`, `national_consultation`, … */
  @property({ reflect: true }) kind = '';
  /** Only this country's events (ISO code). */
  @property({ reflect: true }) country = '';
  /** Only this committee's events. */
  @property({ reflect: true }) committee = '';
  /** `month` or `list`; by default the month grid, and the list on narrow screens. */
  @property({ reflect: true }) view: '' | 'month' | 'list' = '';
  /** The month shown first, `YYYY-MM` (or a day, `YYYY-MM-DD`); default: this month. */
  @property({ reflect: true }) from = '';
  /** IANA time zone times are shown in; default: the reader's. */
  @property({ attribute: 'time-zone', reflect: true }) timeZone = '';

  /** The focused day of the grid; its month is the month shown. */
  @state() private focusDay = '';
  @state() private selected = '';
  /** Forms open in place: `register:<id>` or `propose:<id>`. */
  @state() private opened = new Set<string>();
  private moveFocus = false;
  private readonly narrow = typeof matchMedia === 'function' && matchMedia('(max-width: 40rem)').matches;

  private get zone(): string {
    return this.timeZone || viewerZone();
  }

  private get shownView(): 'month' | 'list' {
    return this.view === 'month' || this.view === 'list' ? this.view : this.narrow ? 'list' : 'month';
  }

  private readonly data = new Resource(this, {
    args: () => [this.apiBase, this.fetch, this.kind, this.country, this.committee] as const,
    transport: () => this.transport,
    load: async (_args, transport, signal): Promise<Data> => {
      const query: EventQuery = {
        from: new Date(Date.now() - HISTORY_DAYS * 86_400_000).toISOString(),
        limit: 100,
        ...(this.kind ? { kind: this.kind as EventKind } : {}),
        ...(this.country ? { country: this.country.toUpperCase() } : {}),
        ...(this.committee ? { committee: this.committee } : {}),
      };
      const [events, committees, reference] = await Promise.all([
        (async () => {
          // At most 20 pages of 100: the API fills every page but the last, so stopping at
          // 2,000 events asks for no 21st page.
          const all: Event[] = [];
          for await (const e of iterateEvents(transport, query, { signal })) {
            if (all.push(e) >= 2_000) break;
          }
          return all.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
        })(),
        listCommittees(transport, { signal }),
        loadReference(transport, signal),
      ]);
      return { events, committees, reference };
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('from') || !this.focusDay) {
      const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(this.from);
      this.focusDay = m ? dayKey(Number(m[1]), Number(m[2]), Number(m[3] ?? 1)) : today(this.zone);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.moveFocus) {
      this.moveFocus = false;
      this.renderRoot.querySelector<HTMLElement>(`td[data-day="${this.focusDay}"]`)?.focus();
    }
  }

  private get value(): Data | undefined {
    return this.data.value as Data | undefined;
  }

  private committeeName(id: string | null): string {
    const c = id ? this.value?.committees.find((x) => x.id === id) : undefined;
    return c ? pickText(c.name, currentLocale()).text : '';
  }

  /** Events by day in the shown time zone, made once per data and zone. */
  private byDay?: { data: Data; zone: string; days: Map<string, Event[]> };

  private eventsOn(day: string): Event[] {
    const data = this.value;
    if (!data) return [];
    if (this.byDay?.data !== data || this.byDay.zone !== this.zone) {
      const days = new Map<string, Event[]>();
      for (const e of data.events) {
        const key = dayIn(e.startsAt, this.zone);
        days.set(key, [...(days.get(key) ?? []), e]);
      }
      this.byDay = { data, zone: this.zone, days };
    }
    return this.byDay.days.get(day) ?? [];
  }

  private select(event: Event): void {
    this.selected = this.selected === event.id && this.shownView === 'list' ? '' : event.id;
    if (this.selected) this.dispatchEvent(new LadEventSelectEvent({ id: event.id }));
  }

  private async openForm(kind: 'register' | 'propose', event: Event) {
    const key = `${kind}:${event.id}`;
    if (kind === 'register') {
      await import('../registration-form/lad-registration-form.js');
      if (!this.opened.has(key)) this.dispatchEvent(new LadRegistrationOpenEvent({ eventId: event.id }));
    } else await import('../proposal-form/lad-proposal-form.js');
    const next = new Set(this.opened);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this.opened = next;
  }

  private goMonth(n: number): void {
    this.focusDay = addMonths(this.focusDay, n);
  }

  private onGridKey(event: KeyboardEvent): void {
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(this.focusDay, -1),
      ArrowRight: () => addDays(this.focusDay, 1),
      ArrowUp: () => addDays(this.focusDay, -7),
      ArrowDown: () => addDays(this.focusDay, 7),
      Home: () => addDays(this.focusDay, -weekday(this.focusDay)),
      End: () => addDays(this.focusDay, 6 - weekday(this.focusDay)),
      PageUp: () => addMonths(this.focusDay, event.shiftKey ? -12 : -1),
      PageDown: () => addMonths(this.focusDay, event.shiftKey ? 12 : 1),
    };
    if (event.key === 'Enter' || event.key === ' ') {
      const first = this.eventsOn(this.focusDay)[0];
      if (first) {
        event.preventDefault();
        this.select(first);
      }
      return;
    }
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    this.focusDay = move();
    this.moveFocus = true;
  }

  private monthTitle(): string {
    const { y, m } = parts(this.focusDay);
    const name = monthNames(currentLocale(), 'long')[m - 1] ?? '';
    return `${currentLocale() === 'en' || currentLocale() === 'ht' ? name : name.charAt(0).toUpperCase() + name.slice(1)} ${y}`;
  }

  private fullDay(day: string): string {
    return formatDate(day, currentLocale(), { dateStyle: 'full' });
  }

  private renderGrid() {
    const { y, m } = parts(this.focusDay);
    const days = monthGrid(y, m);
    const short = weekdayNames(currentLocale(), 'short');
    const long = weekdayNames(currentLocale(), 'long');
    const now = today(this.zone);
    const loaded = !!this.value;
    return html`<table role="grid" class="grid" part="grid" aria-labelledby="month-title" aria-busy=${loaded ? 'false' : 'true'}
      @keydown=${this.onGridKey}>
      <thead>
        <tr>${short.map((d, i) => html`<th scope="col" abbr=${long[i] ?? d}><span aria-hidden="true">${d}</span><span class="visually-hidden">${long[i]}</span></th>`)}</tr>
      </thead>
      <tbody>
        ${Array.from({ length: 6 }, (_, w) => {
          const week = days.slice(w * 7, w * 7 + 7);
          return html`<tr>
            ${week.map((day) => {
              const events = loaded ? this.eventsOn(day) : [];
              const inMonth = parts(day).m === m;
              const more = events.length - MAX_SHOWN_PER_DAY;
              return html`<td role="gridcell" data-day=${day} tabindex=${day === this.focusDay ? '0' : '-1'}
                class=${`${inMonth ? '' : 'outside'} ${day === now ? 'today' : ''}`}
                aria-current=${day === now ? 'date' : nothing}
                aria-selected=${events.some((e) => e.id === this.selected) ? 'true' : 'false'}
                @click=${() => {
                  this.focusDay = day;
                }}>
                <span class="visually-hidden">${this.fullDay(day)}${events.length ? html` — ${sessionCount(events.length)}` : nothing}</span>
                <span class="day" aria-hidden="true">${parts(day).d}</span>
                ${
                  events.length
                    ? html`<ul class="day-events">
                      ${events.slice(0, MAX_SHOWN_PER_DAY).map(
                        (
                          e,
                        ) => html`<li><button type="button" tabindex="-1" class=${`chip kind-${e.kind}`} ?data-selected=${e.id === this.selected}
                          @click=${(ev: MouseEvent) => {
                            ev.stopPropagation();
                            this.focusDay = day;
                            this.select(e);
                          }}>${text(e.title, { compact: true })}</button></li>`,
                      )}
                      ${
                        more > 0
                          ? html`<li class="more">${byCount(
                              more,
                              () => msg(str`+${number(more)} more`, { id: 'cal.more.one' }),
                              () => msg(str`+${number(more)} more`, { id: 'cal.more' }),
                            )}</li>`
                          : nothing
                      }
                    </ul>`
                    : nothing
                }
              </td>`;
            })}
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private registrationLine(event: Event) {
    const w = event.registration;
    if (!w) return nothing;
    const at = (d: string) => date(d, { dateStyle: 'medium' });
    const left = w.capacity === null ? null : Math.max(0, w.capacity - w.seatsTaken);
    const line =
      w.state === 'not_yet_open'
        ? msg(str`Registration opens on ${at(w.opensAt)}`, { id: 'cal.reg.opens' })
        : w.state === 'open'
          ? msg(str`Registration open until ${at(w.closesAt)}`, { id: 'cal.reg.open' })
          : w.state === 'full'
            ? w.waitlist
              ? msg('Full — waiting list open', { id: 'cal.reg.full_waitlist' })
              : msg('Full', { id: 'cal.reg.full' })
            : msg('Registration closed', { id: 'cal.reg.closed' });
    const canApply = w.state === 'open' || (w.state === 'full' && w.waitlist);
    const key = `register:${event.id}`;
    return html`<p class="registration" data-state=${w.state}>
        <span class="state">${line}</span>
        ${
          w.role === 'observer' && left !== null
            ? html` · ${byCount(
                left,
                () => msg(str`${number(left)} observer seat left`, { id: 'cal.observer_left.one' }),
                () => msg(str`${number(left)} observer seats left`, { id: 'cal.observer_left' }),
              )}`
            : left !== null
              ? html` · ${byCount(
                  left,
                  () => msg(str`${number(left)} seat left`, { id: 'cal.seats_left.one' }),
                  () => msg(str`${number(left)} seats left`, { id: 'cal.seats_left' }),
                )}`
              : nothing
        }
        ${
          canApply
            ? html`<button type="button" class="button" aria-expanded=${this.opened.has(key) ? 'true' : 'false'}
                @click=${() => this.openForm('register', event)}>${
                  w.role === 'observer'
                    ? msg('Apply for an observer seat', { id: 'cal.apply_observer' })
                    : msg('Register', { id: 'cal.register' })
                }</button>`
            : nothing
        }
      </p>
      ${this.opened.has(key) ? html`<lad-registration-form event=${event.id} api-base=${this.apiBase || nothing} .fetch=${this.fetch}></lad-registration-form>` : nothing}`;
  }

  private renderAgenda(event: Event) {
    const agenda = event.agenda;
    const published = agenda?.publishedAt;
    const key = `propose:${event.id}`;
    const proposing =
      event.status !== 'cancelled' &&
      !!event.topicProposalsCloseAt &&
      Date.parse(event.topicProposalsCloseAt) > Date.now();
    return html`<section class="agenda" part="agenda">
      <h5>${msg('Agenda', { id: 'cal.agenda' })}</h5>
      ${
        published && agenda
          ? html`<p class="muted">${msg(
              str`Published on ${date(published, { dateStyle: 'long' })} — ${dayCount(calendarDaysBetween(published, event.startsAt, event.timeZone))} before the session.`,
              { id: 'cal.agenda_published' },
            )}</p>
            <ol>
              ${agenda.items.map(
                (item) =>
                  html`<li>${text(item.title)}${
                    item.presenters.length
                      ? html`<span class="muted"> — ${item.presenters.map((p) => [p.name, p.organization].filter(Boolean).join(', ')).join('; ')}</span>`
                      : nothing
                  }</li>`,
              )}
            </ol>`
          : html`<p class="notice unpublished">${msg('Agenda not yet published.', { id: 'cal.agenda_unpublished' })}</p>`
      }
      ${
        proposing
          ? html`<p>
              <button type="button" class="button" aria-expanded=${this.opened.has(key) ? 'true' : 'false'} @click=${() => this.openForm('propose', event)}>
                ${msg('Propose a topic', { id: 'cal.propose' })}
              </button>
              <span class="muted">${msg(str`until ${date(event.topicProposalsCloseAt as string, { dateStyle: 'medium' })}`, { id: 'cal.propose_until' })}</span>
            </p>
            ${this.opened.has(key) ? html`<lad-proposal-form kind="agenda-topic" event=${event.id} api-base=${this.apiBase || nothing} .fetch=${this.fetch}></lad-proposal-form>` : nothing}`
          : nothing
      }
    </section>`;
  }

  private calendarLinks(event: Event) {
    const t = this.transport;
    const ics = t.url(`events/${encodeURIComponent(event.id)}.ics`, { locale: currentLocale() });
    const title = pickText(event.title, currentLocale()).text;
    const place = event.venue
      ? [event.venue.name, event.venue.city].filter(Boolean).join(', ')
      : (event.onlineUrl ?? '');
    const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const google = `https://calendar.google.com/calendar/render?${new URLSearchParams({
      action: 'TEMPLATE',
      text: title,
      dates: `${stamp(event.startsAt)}/${stamp(event.endsAt)}`,
      location: place,
      ctz: event.timeZone,
    })}`;
    const outlook = `https://outlook.live.com/calendar/0/deeplink/compose?${new URLSearchParams({
      path: '/calendar/action/compose',
      rru: 'addevent',
      subject: title,
      startdt: event.startsAt,
      enddt: event.endsAt,
      location: place,
    })}`;
    return html`<p class="add">
      <span>${msg('Add to calendar:', { id: 'cal.add' })}</span>
      <a href=${ics} download=${`lad-${event.id}.ics`}>${msg('.ics file', { id: 'cal.ics' })}</a>
      <a href=${google} target="_blank" rel="noopener noreferrer">Google</a>
      <a href=${outlook} target="_blank" rel="noopener noreferrer">Outlook</a>
    </p>`;
  }

  private renderEvent(event: Event, full: boolean) {
    const zone = this.zone;
    const who = event.committeeId
      ? this.committeeName(event.committeeId)
      : event.country
        ? countryName(event.country, this.value?.reference)
        : '';
    const online = safeHref(event.onlineUrl);
    const place = eventPlace(event, this.value?.reference);
    return html`<article class="event panel" part="event" data-id=${event.id} aria-labelledby=${`e-${event.id}`}>
      <p class="kind">${eventKindLabel(event.kind)}${who ? html` · <span>${who}</span>` : nothing}</p>
      ${
        event.status === 'cancelled'
          ? html`<p class="notice error" part="cancelled">
              <strong>${msg('This meeting is cancelled.', { id: 'cal.cancelled' })}</strong>
              ${event.cancellationReason ? html` <span>${event.cancellationReason}</span>` : nothing}
            </p>`
          : nothing
      }
      <h4 id=${`e-${event.id}`}>${
        this.shownView === 'list'
          ? html`<button type="button" class="link" aria-expanded=${full ? 'true' : 'false'} @click=${() => this.select(event)}>${text(event.title)}</button>`
          : text(event.title)
      }</h4>
      <p class="when">
        <span>${eventTime(event, zone)}</span>
        ${
          event.timeZone !== zone
            ? html`<br /><span class="muted">${msg(str`${eventTime(event, event.timeZone)} (local time, ${zoneCity(event.timeZone)})`, { id: 'cal.local_time' })}</span>`
            : nothing
        }
      </p>
      <p class="where">
        ${event.format === 'hybrid' ? html`${place} — ${msg('and online', { id: 'event.and_online' })}` : place}
        ${online ? html` · <a href=${online} target="_blank" rel="noopener noreferrer">${msg('Online link', { id: 'event.online_link' })}</a>` : nothing}
      </p>
      <p class="languages muted">
        ${languageList(event.languages)}${event.interpretation.length ? html`; ${msg(str`interpretation into ${languageList(event.interpretation)}`, { id: 'event.interpretation' })}` : nothing}
      </p>
      ${this.registrationLine(event)}
      ${
        full
          ? html`${this.renderAgenda(event)}
            ${
              event.outcome
                ? html`<section class="outcome">
                  <h5>${msg('Outcome', { id: 'cal.outcome' })}</h5>
                  <p>${text(event.outcome.summary)}</p>
                  ${safeHref(event.outcome.minutesUrl) ? html`<p><a href=${safeHref(event.outcome.minutesUrl) as string} target="_blank" rel="noopener noreferrer">${msg('Minutes', { id: 'cal.minutes' })}</a></p>` : nothing}
                </section>`
                : nothing
            }
            ${this.calendarLinks(event)}`
          : nothing
      }
    </article>`;
  }

  private renderList() {
    const events = this.value?.events ?? [];
    const { y, m } = parts(this.focusDay);
    const start = dayKey(y, m, 1);
    const end = dayKey(y, m + 6, 1);
    const shown = events.filter((e) => {
      const day = dayIn(e.startsAt, this.zone);
      return day >= start && day < end;
    });
    if (!shown.length)
      return html`<p class="notice empty">${msg('No sessions in these months.', { id: 'cal.empty' })}</p>`;
    const groups = new Map<string, Event[]>();
    for (const e of shown) {
      const key = dayIn(e.startsAt, this.zone).slice(0, 7);
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    return html`<div class="list" part="list">
      ${[...groups].map(([key, list]) => {
        const [gy, gm] = key.split('-').map(Number) as [number, number];
        return html`<section aria-labelledby=${`m-${key}`}>
          <h3 id=${`m-${key}`}>${monthNames(currentLocale(), 'long')[gm - 1]} ${gy}</h3>
          <ul class="events">${list.map((e) => html`<li>${this.renderEvent(e, e.id === this.selected)}</li>`)}</ul>
        </section>`;
      })}
    </div>`;
  }

  /** Whether the filters can include quarterly sessions at all (known before data comes). */
  private get hasCadence(): boolean {
    return !this.kind || this.kind === 'information_session' || this.kind === 'national_consultation';
  }

  /**
   * Last and next quarterly session per committee and per country, with gaps said. Its box has
   * the same height loading and loaded (the table scrolls inside), so nothing below moves.
   */
  private renderCadence() {
    if (!this.hasCadence) return nothing;
    const data = this.value;
    const now = new Date().toISOString();
    const groups = new Map<string, { label: string; events: Event[] }>();
    for (const e of data?.events ?? []) {
      const key =
        e.kind === 'information_session' && e.committeeId
          ? `c:${e.committeeId}`
          : e.kind === 'national_consultation' && e.country
            ? `n:${e.country}`
            : '';
      if (!key || !data) continue;
      const label = key.startsWith('c:')
        ? this.committeeName(e.committeeId)
        : countryName(e.country as string, data.reference);
      const group = groups.get(key) ?? { label, events: [] };
      group.events.push(e);
      groups.set(key, group);
    }
    const rows = [...groups.values()].map(({ label, events }) => {
      const last = events.filter((e) => e.startsAt < now).at(-1);
      const next = events.find((e) => e.startsAt >= now);
      const gap = !last || Date.parse(now) - Date.parse(last.startsAt) > QUARTER_DAYS * 86_400_000;
      return { label, last, next, gap };
    });
    const single = !!(this.committee || this.country);
    return html`<section class="cadence" part="cadence" aria-labelledby="cadence-title">
      <h3 id="cadence-title">${msg('Quarterly sessions', { id: 'cal.cadence' })}</h3>
      <div class=${`table-wrap ${single ? 'single' : ''}`} tabindex="0" role="region" aria-labelledby="cadence-title">
        ${
          !data
            ? html`<div class="skeleton fill" aria-hidden="true"></div>`
            : !rows.length
              ? html`<p class="muted">${msg('No quarterly sessions for these filters.', { id: 'cal.no_cadence' })}</p>`
              : html`<table>
                <thead>
                  <tr>
                    <th scope="col">${msg('Committee or country', { id: 'cal.cadence_group' })}</th>
                    <th scope="col">${msg('Last session', { id: 'cal.last' })}</th>
                    <th scope="col">${msg('Next session', { id: 'dir.next' })}</th>
                  </tr>
                </thead>
                <tbody>
                  ${rows.map(
                    (r) => html`<tr ?data-gap=${r.gap}>
                      <th scope="row">${r.label}</th>
                      <td>
                        ${r.last ? date(r.last.startsAt, { dateStyle: 'medium' }) : '—'}
                        ${r.gap ? html`<span class="gap"><span aria-hidden="true">⚠ </span>${msg('No session in the last quarter', { id: 'cal.gap' })}</span>` : nothing}
                      </td>
                      <td>${r.next ? date(r.next.startsAt, { dateStyle: 'medium' }) : msg('not scheduled yet', { id: 'dir.no_next' })}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>`
        }
      </div>
    </section>`;
  }

  private renderSubscribe() {
    const query = {
      ...(this.kind ? { kind: this.kind } : {}),
      ...(this.country ? { country: this.country.toUpperCase() } : {}),
      ...(this.committee ? { committee: this.committee } : {}),
      locale: currentLocale(),
    };
    const https = this.transport.url('events.ics', query);
    const webcal = https.replace(/^https?:/, 'webcal:');
    return html`<section class="subscribe" part="subscribe" aria-labelledby="subscribe-title">
      <h3 id="subscribe-title">${msg('Subscribe', { id: 'cal.subscribe' })}</h3>
      <p>${msg('Subscribing adds these sessions to your calendar app and keeps them up to date: new sessions, changed dates and agendas appear by themselves. Nothing about you is sent.', { id: 'cal.subscribe_what' })}</p>
      <p class="add">
        <a href=${webcal}>${msg('Subscribe in your calendar app', { id: 'cal.subscribe_webcal' })}</a>
        <a href=${`https://calendar.google.com/calendar/r?${new URLSearchParams({ cid: webcal })}`} target="_blank" rel="noopener noreferrer">Google</a>
        <a href=${`https://outlook.live.com/calendar/0/addfromweb?${new URLSearchParams({ url: webcal, name: 'LAD' })}`} target="_blank" rel="noopener noreferrer">Outlook</a>
      </p>
      <label for="feed">${msg('Or copy the feed address:', { id: 'cal.feed' })}</label>
      <input id="feed" class="feed" readonly .value=${https} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
    </section>`;
  }

  protected override render() {
    const data = this.value;
    const status = this.data.state;
    const selected = data?.events.find((e) => e.id === this.selected);
    const problem =
      status === 'offline'
        ? offlineText()
        : status === 'error'
          ? msg('The calendar could not be loaded.', { id: 'cal.error' })
          : '';
    const month = this.shownView === 'month';
    return html`<section part="base" class="base" aria-labelledby="title">
      <div class="toolbar header">
        <h2 id="title">${msg('Sessions and meetings', { id: 'cal.title' })}</h2>
        ${languageMenu(this)}
      </div>
      <div class="toolbar nav">
        <button type="button" class="button" @click=${() => this.goMonth(-1)} aria-label=${msg('Previous month', { id: 'cal.prev' })}>‹</button>
        <h3 id="month-title" aria-live="polite">${this.monthTitle()}</h3>
        <button type="button" class="button" @click=${() => this.goMonth(1)} aria-label=${msg('Next month', { id: 'cal.next' })}>›</button>
        <button type="button" class="button" @click=${() => {
          this.focusDay = today(this.zone);
        }}>${msg('Today', { id: 'cal.today' })}</button>
        <p class="zone muted">${msg(str`Times in ${zoneCity(this.zone)} time`, { id: 'cal.zone' })}</p>
      </div>
      <div class="body">
        ${month ? this.renderGrid() : data ? this.renderList() : html`<p role="status">${loadingText()}</p><div class="skeleton block" aria-hidden="true"></div>`}
        ${problem ? html`<div class=${`notice problem ${status}`} role="alert">${problem} <button class="button" @click=${() => this.data.retry()}>${retryText()}</button></div>` : nothing}
      </div>
      ${
        month
          ? html`<div class="details" aria-live="polite">${
              selected
                ? this.renderEvent(selected, true)
                : html`<p class="muted hint">${
                    data && !data.events.length
                      ? msg('No sessions match.', { id: 'cal.none' })
                      : msg('Choose a day with a session (Enter), or click a session, to see its details.', {
                          id: 'cal.hint',
                        })
                  }</p>`
            }</div>`
          : nothing
      }
      ${this.renderCadence()} ${this.renderSubscribe()}
    </section>`;
  }
}
