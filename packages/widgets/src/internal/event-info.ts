import { type Event, formatDateRange, formatList, languageNameIn } from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { countryName } from './country-name.js';
import { currentLocale, localeNames } from './locale.js';
import { byCount, eventKindLabel, viewerZone, zoneCity } from './messages.js';
import type { Reference } from './reference.js';
import { number, safeHref, localized as text } from './text.js';

/** When an event happens, in `zone`. */
export const eventTime = (event: Pick<Event, 'startsAt' | 'endsAt'>, zone: string) =>
  formatDateRange(event.startsAt, event.endsAt, currentLocale(), {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: zone,
  });

/** Languages named in the page's language: "Spanish, English". */
/** "3 of 20 left": seats still free, with the verb agreeing with the first number. */
const seatsLeft = (left: number, capacity: number) =>
  byCount(
    left,
    () =>
      msg(str`${number(left)} of ${number(capacity)} left`, {
        id: 'event.seats_left.one',
        desc: 'One seat left',
      }),
    () =>
      msg(str`${number(left)} of ${number(capacity)} left`, {
        id: 'event.seats_left',
        desc: 'Seats left (plural)',
      }),
  );

export const languageList = (tags: readonly string[]) =>
  formatList(
    tags.map((t) => languageNameIn(t, currentLocale(), localeNames())),
    currentLocale(),
  );

/** Where an event happens, in words: "Online", or venue, city and country. */
export const eventPlace = (event: Event, reference?: Reference) =>
  event.format === 'online'
    ? msg('Online', { id: 'event.online' })
    : [
        event.venue?.name,
        event.venue?.city,
        event.venue?.country ? countryName(event.venue.country, reference) : '',
      ]
        .filter(Boolean)
        .join(', ');

/**
 * What a person needs to know about an event before taking part: kind, when (in their time
 * zone, and the event's own when different), where, languages, seats.
 */
export function eventFacts(event: Event, zone = viewerZone()) {
  const own = event.timeZone;
  const place = eventPlace(event);
  const online = safeHref(event.onlineUrl);
  const window = event.registration;
  return html`<dl class="facts" part="facts">
    <dt>${msg('Kind', { id: 'event.kind' })}</dt>
    <dd>${eventKindLabel(event.kind)}</dd>
    <dt>${msg(str`When (your time, ${zoneCity(zone)})`, { id: 'event.when', desc: 'Label; the city of the reader’s time zone' })}</dt>
    <dd>${eventTime(event, zone)}</dd>
    ${
      own !== zone
        ? html`<dt>${msg(str`When (local time, ${zoneCity(own)})`, { id: 'event.when_local', desc: 'Label; the city of the event’s time zone' })}</dt>
          <dd>${eventTime(event, own)}</dd>`
        : nothing
    }
    <dt>${msg('Where', { id: 'event.where' })}</dt>
    <dd>
      ${event.format === 'hybrid' ? html`${place} — ${msg('and online', { id: 'event.and_online' })}` : place}
      ${online ? html`<br /><a href=${online} rel="noopener noreferrer" target="_blank">${msg('Online link', { id: 'event.online_link' })}</a>` : nothing}
    </dd>
    <dt>${msg('Languages', { id: 'event.languages' })}</dt>
    <dd>
      ${languageList(event.languages)}${
        event.interpretation.length
          ? html`; ${msg(str`interpretation into ${languageList(event.interpretation)}`, { id: 'event.interpretation' })}`
          : nothing
      }
    </dd>
    ${
      window
        ? html`<dt>${window.role === 'observer' ? msg('Observer seats', { id: 'event.observer_seats' }) : msg('Seats for civil society', { id: 'event.seats' })}</dt>
          <dd>${
            window.capacity === null
              ? msg('No limit', { id: 'event.no_limit' })
              : seatsLeft(Math.max(0, window.capacity - window.seatsTaken), window.capacity)
          }</dd>`
        : nothing
    }
  </dl>
  ${event.description ? html`<p class="description">${text(event.description)}</p>` : nothing}`;
}
