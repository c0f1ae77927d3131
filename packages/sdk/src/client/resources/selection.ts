import { SelectionReport } from '../../schemas/registration.js';
import {
  DecisionsResult,
  NotifyResult,
  type SelectionDecisionInput,
  SelectionList,
  type SelectionQuery,
  SelectionSettings,
  type SelectionSettingsInput,
} from '../../schemas/selection.js';
import type { LadTransport, RequestOptions } from '../transport.js';
import { enc } from '../util.js';

// The curators' side of a CSO selection (R2). Every call needs a curation token or a console
// session whose role's scope includes the event.

/**
 * An event's applications for the selection screen — filtered and sorted, with the counts of
 * all, the capacity, the event's settings and its latest published report.
 *
 * @example
 * const list = await listSelection(t, 'evt-1', { status: 'submitted', sort: 'name' });
 */
export const listSelection = (
  t: LadTransport,
  eventId: string,
  query: SelectionQuery = {},
  opts?: RequestOptions,
) =>
  t.get(SelectionList, `events/${enc(eventId)}/registrations`, { ...query }, { cache: 'no-store', ...opts });

/**
 * Decides on applications of one event, all or nothing (one that cannot be taken refuses the
 * batch). When the event asks for a second person's confirmation, the decisions are proposed
 * (`proposed` in the answer) until someone else confirms them with {@link confirmDecisions}.
 *
 * @example
 * await decideRegistrations(t, 'evt-1', [
 *   { registrationId: 'reg-1', decision: 'selected' },
 *   { registrationId: 'reg-2', decision: 'not_selected', reasonCode: 'capacity' },
 * ]);
 */
export const decideRegistrations = (
  t: LadTransport,
  eventId: string,
  decisions: SelectionDecisionInput[],
  opts?: RequestOptions,
) => t.send(DecisionsResult, 'post', `events/${enc(eventId)}/decisions`, { decisions }, opts);

/**
 * Confirms decisions someone else proposed (all or nothing). Confirming one's own proposal is
 * refused: a 409 whose problem carries `reason: 'same-person'`.
 */
export const confirmDecisions = (
  t: LadTransport,
  eventId: string,
  registrationIds: string[],
  opts?: RequestOptions,
) => t.send(DecisionsResult, 'post', `events/${enc(eventId)}/decisions/confirm`, { registrationIds }, opts);

/** Discards proposed decisions (anyone who curates the event may send them back). */
export const discardDecisions = (
  t: LadTransport,
  eventId: string,
  registrationIds: string[],
  opts?: RequestOptions,
) => t.send(DecisionsResult, 'post', `events/${enc(eventId)}/decisions/discard`, { registrationIds }, opts);

/**
 * Turns the second person's confirmation on or off for an event (off: the secretariat only).
 *
 * @example
 * await setSelectionSettings(t, 'evt-1', { requireConfirmation: true });
 */
export const setSelectionSettings = (
  t: LadTransport,
  eventId: string,
  settings: SelectionSettingsInput,
  opts?: RequestOptions,
) => t.send(SelectionSettings, 'put', `events/${enc(eventId)}/selection-settings`, settings, opts);

/**
 * Publishes the event's anonymous selection report once registration has closed (the latest
 * version again when nothing changed; a 409 when a total moved by only 1 or 2 since the last).
 */
export const publishSelectionReport = (t: LadTransport, eventId: string, opts?: RequestOptions) =>
  t.send(SelectionReport, 'post', `events/${enc(eventId)}/selection-report`, undefined, opts);

/**
 * Tells each registrant the decision in force by e-mail, in the language they applied in —
 * only after the selection report is published (a 409 with `reason: 'report-not-published'`
 * before). Someone already told the same decision is not told again.
 */
export const notifyRegistrants = (t: LadTransport, eventId: string, opts?: RequestOptions) =>
  t.send(NotifyResult, 'post', `events/${enc(eventId)}/decisions/notify`, {}, opts);

/**
 * Link to an event's applications as CSV or Excel (`.xlsx`), with the list's filters. Personal
 * columns only for the roles that may see them (the secretariat); every export is audited.
 *
 * @example
 * const href = registrationsExportUrl(t, 'evt-1', 'xlsx', { status: 'selected' });
 */
export const registrationsExportUrl = (
  t: LadTransport,
  eventId: string,
  format: 'csv' | 'xlsx' = 'csv',
  query: Omit<SelectionQuery, 'sort'> & { sort?: SelectionQuery['sort'] } = {},
) => t.url(`events/${enc(eventId)}/registrations.${format}`, { ...query });

/** The curators' side of CSO selection (R2), on one transport. */
export function selectionClient(t: LadTransport) {
  return {
    /** An event's applications, filtered and sorted, with counts, capacity and settings. */
    list: (eventId: string, query?: SelectionQuery, opts?: RequestOptions) =>
      listSelection(t, eventId, query, opts),
    /** Decide in bulk (all or nothing); proposed only when the event asks for confirmation. */
    decide: (eventId: string, decisions: SelectionDecisionInput[], opts?: RequestOptions) =>
      decideRegistrations(t, eventId, decisions, opts),
    /** Confirm decisions another person proposed. */
    confirm: (eventId: string, registrationIds: string[], opts?: RequestOptions) =>
      confirmDecisions(t, eventId, registrationIds, opts),
    /** Send proposed decisions back. */
    discard: (eventId: string, registrationIds: string[], opts?: RequestOptions) =>
      discardDecisions(t, eventId, registrationIds, opts),
    /** The second person's confirmation, on or off. */
    setSettings: (eventId: string, settings: SelectionSettingsInput, opts?: RequestOptions) =>
      setSelectionSettings(t, eventId, settings, opts),
    /** Publish the anonymous selection report. */
    publishReport: (eventId: string, opts?: RequestOptions) => publishSelectionReport(t, eventId, opts),
    /** E-mail each registrant the decision in force, once the report is published. */
    notify: (eventId: string, opts?: RequestOptions) => notifyRegistrants(t, eventId, opts),
    /** Link to the applications as CSV or Excel. */
    exportUrl: (eventId: string, format?: 'csv' | 'xlsx', query?: Omit<SelectionQuery, 'sort'>) =>
      registrationsExportUrl(t, eventId, format, query),
  };
}
