import {
  DecisionsResult,
  NotifyResult,
  type Registration,
  type RegistrationStatus,
  SelectionDecisionsInput,
  type SelectionEntry,
  SelectionIdsInput,
  SelectionList,
  SelectionQuery,
  SelectionSettings,
  SelectionSettingsInput,
} from '@lad/sdk';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type * as z from 'zod/mini';
import { toCsv } from '../csv.js';
import type { Database } from '../db/index.js';
import type { Actor, AppEnv } from '../http/env.js';
import { ProblemError, validationProblem } from '../http/problem.js';
import type { Registry } from '../http/registry.js';
import { canTouchEvent, forbidden } from '../http/scope.js';
import { idParam, readJson, readQuery } from '../http/validate.js';
import { audit, auditMany } from '../store/audit.js';
import { type EventRow, eventData, getEventRow } from '../store/events.js';
import { publishedReport } from '../store/participation.js';
import {
  actorKey,
  applyDecision,
  clearProposals,
  type DecisionInput,
  decisionNotices,
  decisionRows,
  eventRegistrations,
  getSelectionSettings,
  notifyDecisions,
  proposeDecision,
  registrationRows,
  setSelectionSettings,
  toEntry,
} from '../store/selection.js';
import { toXlsx, XLSX_TYPE } from '../xlsx.js';
import { actorOf, CURATORS, change, deps } from './shared.js';

// CSO selection (R2), the curators' side: an event's applications filtered and sorted, decisions
// one by one or in bulk (all or nothing), a second person's confirmation when the event asks for
// it, exports, and the e-mail that tells each registrant the decision once the anonymous report
// is published. Everything here is curation: nothing of it reaches a public answer.

/** Roles whose exports carry the representatives' personal data (see SECURITY.md). */
const PERSONAL_EXPORT_ROLES: readonly string[] = ['secretariat'];

const FINAL: readonly string[] = ['selected', 'waitlisted', 'not_selected'];

/** The event in the path, when the caller's scope includes it; 404 or 403 otherwise. */
async function eventInScope(c: Context<AppEnv>): Promise<EventRow> {
  const { db } = deps(c);
  const row = await getEventRow(db.kysely, idParam(c));
  if (!row) throw new ProblemError(404, 'not-found');
  if (!(await canTouchEvent(db.kysely, actorOf(c), row))) throw forbidden('this event');
  return row;
}

const lower = (s: string | null | undefined) => (s ?? '').toLocaleLowerCase('en');
const language = (tag: string) => lower(tag).split('-')[0] ?? '';

/** The applications `q` keeps. */
function filtered(items: readonly SelectionEntry[], q: z.output<typeof SelectionQuery>): SelectionEntry[] {
  const words = lower(q.q).trim();
  return items.filter((r) => {
    const o = r.organization;
    if (q.status && r.status !== q.status) return false;
    if (q.country && o.country !== q.country) return false;
    if (q.level && o.level !== q.level) return false;
    if (q.kind && !o.kinds.includes(q.kind)) return false;
    if (q.ledBy && !o.ledBy.includes(q.ledBy)) return false;
    if (q.language) {
      const wanted = language(q.language);
      const spoken = [...(r.representative?.languages ?? []), ...(r.locale ? [r.locale] : [])];
      if (!spoken.some((l) => language(l) === wanted)) return false;
    }
    if (q.pending === 'true' && !r.pending) return false;
    if (q.pending === 'false' && r.pending) return false;
    if (words) {
      const haystack = [o.name, r.representative?.name, r.representative?.email, r.receipt].map(lower);
      if (!haystack.some((h) => h.includes(words))) return false;
    }
    return true;
  });
}

const STATUS_ORDER: readonly RegistrationStatus[] = [
  'submitted',
  'under_review',
  'selected',
  'waitlisted',
  'not_selected',
  'withdrawn',
];

/** `Demo organisation 2` before `Demo organisation 10`; accents and case ignored. */
const names = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function sorted(items: SelectionEntry[], sort: z.output<typeof SelectionQuery>['sort']): SelectionEntry[] {
  const byCreated = (a: SelectionEntry, b: SelectionEntry) =>
    a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
  const byName = (a: SelectionEntry, b: SelectionEntry) =>
    names.compare(a.organization.name, b.organization.name) || byCreated(a, b);
  const order: Record<string, (a: SelectionEntry, b: SelectionEntry) => number> = {
    created: byCreated,
    '-created': (a, b) => byCreated(b, a),
    name: byName,
    '-name': (a, b) => byName(b, a),
    country: (a, b) => a.organization.country.localeCompare(b.organization.country) || byName(a, b),
    status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || byName(a, b),
  };
  return [...items].sort(order[sort ?? 'created'] ?? byCreated);
}

/** Every application of the event as the selection screen shows it to `actor`. */
async function entries(db: Kysely<Database>, eventId: string, actor: Actor): Promise<SelectionEntry[]> {
  const registrations = await eventRegistrations(db, eventId);
  const decisions = await decisionRows(db, eventId);
  const notices = await decisionNotices(db, decisions);
  const viewer = actorKey(actor);
  return registrations.map((r) => toEntry(r, decisions.get(r.id), notices.get(r.id), viewer));
}

function counts(items: readonly SelectionEntry[]) {
  const of = (status: RegistrationStatus) => items.filter((r) => r.status === status).length;
  return {
    applied: items.filter((r) => r.status !== 'withdrawn').length,
    submitted: of('submitted'),
    underReview: of('under_review'),
    selected: of('selected'),
    waitlisted: of('waitlisted'),
    notSelected: of('not_selected'),
    withdrawn: of('withdrawn'),
    pending: items.filter((r) => r.pending).length,
    pendingSelected: items.filter((r) => r.pending?.decision === 'selected').length,
  };
}

/** The entries of `ids`, as they stand now. */
async function entriesOf(c: Context<AppEnv>, eventId: string, ids: readonly string[]) {
  const wanted = new Set(ids);
  return (await entries(deps(c).db.kysely, eventId, actorOf(c))).filter((r) => wanted.has(r.id));
}

// ——— Exports ——————————————————————————————————————————————————————————————————————————

const ORGANISATION_COLUMNS = [
  'receipt',
  'status',
  'reasonCode',
  'reason',
  'pendingDecision',
  'createdAt',
  'organization',
  'country',
  'level',
  'kinds',
  'ledBy',
  'website',
  'listPublicly',
  'locale',
] as const;
/** Only for the roles in {@link PERSONAL_EXPORT_ROLES}. */
const PERSONAL_COLUMNS = ['name', 'email', 'role', 'languages', 'needs'] as const;

/** The columns and rows of an export: one column per criterion's answer; personal ones if allowed. */
function exportTable(event: EventRow, items: readonly SelectionEntry[], personal: boolean) {
  const criteria = eventData(event).registration?.criteria.map((k) => k.id) ?? [];
  for (const r of items)
    for (const a of r.answers) if (!criteria.includes(a.criterionId)) criteria.push(a.criterionId);
  const answerColumn = (id: string) => `answer:${id}`;
  const columns = [
    ...ORGANISATION_COLUMNS,
    ...criteria.map(answerColumn),
    ...(personal ? PERSONAL_COLUMNS : []),
  ];
  const rows = items.map((r) => {
    const row: Record<string, unknown> = {
      receipt: r.receipt,
      status: r.status,
      reasonCode: r.reasonCode ?? '',
      reason: FINAL.includes(r.status) ? (r.reason ?? '') : '',
      pendingDecision: r.pending?.decision ?? '',
      createdAt: r.createdAt,
      organization: r.organization.name,
      country: r.organization.country,
      level: r.organization.level,
      kinds: r.organization.kinds.join(';'),
      ledBy: r.organization.ledBy.join(';'),
      website: r.organization.website ?? '',
      listPublicly: r.organization.listedPublicly,
      locale: r.locale ?? '',
    };
    for (const a of r.answers) row[answerColumn(a.criterionId)] = a.answer;
    if (personal) {
      const p = r.representative;
      Object.assign(row, {
        name: p?.name ?? '',
        email: p?.email ?? '',
        role: p?.role ?? '',
        languages: p?.languages.join(';') ?? '',
        needs: p?.needs ?? '',
      });
    }
    return row;
  });
  return { columns, rows };
}

/** The list's filters and order. */
const ExportQuery = SelectionQuery;

function exportRoute(r: Registry, format: 'csv' | 'xlsx'): void {
  r.add(
    {
      method: 'get',
      path: `/v1/events/{id}/registrations.${format}`,
      operationId: format === 'csv' ? 'exportEventRegistrationsCsv' : 'exportEventRegistrationsXlsx',
      summary: `An event's applications as ${format === 'csv' ? 'CSV' : 'an Excel workbook'}, with the list's filters`,
      description:
        "One row per application: the organisation's profile, its answer to each criterion (`answer:<criterion>`), the decision and its reason. The representatives' personal data (name, email, role, languages, access needs) only for the secretariat. Every export is audited (`registration.export`).",
      tag: 'Curation',
      access: CURATORS,
      query: ExportQuery,
      response: {
        status: 200,
        description: format === 'csv' ? 'CSV (UTF-8 with BOM).' : 'An Excel workbook of one sheet.',
        contentType: format === 'csv' ? 'text/csv' : XLSX_TYPE,
      },
      errors: [400, 401, 403, 404],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const q = readQuery(c, ExportQuery);
      const event = await eventInScope(c);
      const actor = actorOf(c);
      const personal = PERSONAL_EXPORT_ROLES.includes(actor.role);
      const items = sorted(filtered(await entries(db.kysely, event.id, actor), q), q.sort);
      const { columns, rows } = exportTable(event, items, personal);
      await change(c, (trx) =>
        audit(
          trx,
          actor,
          'registration.export',
          { type: 'event', id: event.id },
          {
            format: { from: null, to: format },
            rows: { from: null, to: rows.length },
            personal: { from: null, to: personal },
          },
          now(),
        ),
      );
      const file = `lad-registrations-${event.id.replace(/[^A-Za-z0-9_-]/g, '-')}.${format}`;
      const headers = {
        'content-disposition': `attachment; filename="${file}"`,
        'cache-control': 'no-store',
      };
      if (format === 'csv')
        return c.body(toCsv(columns, rows), 200, { ...headers, 'content-type': 'text/csv; charset=utf-8' });
      const workbook = new Uint8Array(await toXlsx(columns, rows, 'Registrations'));
      return c.body(workbook, 200, { ...headers, 'content-type': XLSX_TYPE });
    },
  );
}

// ——— Decisions ——————————————————————————————————————————————————————————————————————

/** A 409 whose `reason` says what to do; the problem code stays the generic `conflict`. */
const refused = (reason: string, detail: string, extra: Record<string, unknown> = {}) =>
  new ProblemError(409, 'conflict', { reason, detail, ...extra });

const DECISION_ERRORS = [400, 401, 403, 404, 409, 415, 422];

/** The applications named in a body, each checked to be one of the event's, in the body's order. */
async function rowsOf(
  c: Context<AppEnv>,
  event: EventRow,
  ids: readonly string[],
  path: (i: number) => (string | number)[],
) {
  const rows = await registrationRows(deps(c).db.kysely, ids);
  const problems = ids.flatMap((id, i) => {
    const row = rows.get(id);
    if (!row || row.event_id !== event.id)
      return [{ path: path(i), code: 'unknown_reference', message: 'Not an application to this event.' }];
    if (row.status === 'withdrawn')
      return [{ path: path(i), code: 'withdrawn', message: 'This application was withdrawn.' }];
    return [];
  });
  if (problems.length) throw validationProblem(problems);
  return ids.map((id) => rows.get(id)!);
}

export function registerSelection(r: Registry): void {
  r.add(
    {
      method: 'get',
      path: '/v1/events/{id}/registrations',
      operationId: 'listEventRegistrations',
      summary:
        "An event's applications for selection: filtered, sorted, with counts and capacity (curation only)",
      description:
        "Every application of the event the filters keep (all in one answer), with the counts of all of them, the seats, the event's selection settings, pending decisions and the decision e-mails queued. Personal data as `GET /v1/registrations` gives it to the caller's role.",
      tag: 'Curation',
      access: CURATORS,
      query: SelectionQuery,
      response: { status: 200, description: 'The applications.', schema: SelectionList },
      errors: [400, 401, 403, 404],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const q = readQuery(c, SelectionQuery);
      const event = await eventInScope(c);
      const all = await entries(db.kysely, event.id, actorOf(c));
      const items = sorted(filtered(all, q), q.sort);
      const window = eventData(event).registration;
      const report = await publishedReport(db.kysely, event.id);
      const body: SelectionList = {
        eventId: event.id,
        settings: await getSelectionSettings(db.kysely, event.id),
        capacity: event.capacity,
        role: window?.role ?? 'participant',
        registrationClosed: !!window && Date.parse(window.closesAt) <= now().getTime(),
        report: report ? { version: report.version, publishedAt: report.publishedAt } : null,
        personalExports: PERSONAL_EXPORT_ROLES.includes(actorOf(c).role),
        counts: counts(all),
        total: items.length,
        items,
      };
      return c.json(body);
    },
  );

  exportRoute(r, 'csv');
  exportRoute(r, 'xlsx');

  r.add(
    {
      method: 'put',
      path: '/v1/events/{id}/selection-settings',
      operationId: 'putSelectionSettings',
      summary: "An event's selection settings: a second person's confirmation of each decision",
      description:
        'Anyone who curates the event may turn the confirmation on; only the secretariat may turn it off. Audited (`selection.settings`).',
      tag: 'Curation',
      access: CURATORS,
      body: { schema: SelectionSettingsInput, contentType: 'application/json' },
      response: { status: 200, description: 'The settings.', schema: SelectionSettings },
      errors: [400, 401, 403, 404, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const input = await readJson(c, SelectionSettingsInput);
      const event = await eventInScope(c);
      const actor = actorOf(c);
      const before = await getSelectionSettings(db.kysely, event.id);
      if (before.requireConfirmation && !input.requireConfirmation && actor.role !== 'secretariat')
        throw new ProblemError(403, 'forbidden', {
          detail: "Only the secretariat may turn off the second person's confirmation.",
        });
      if (before.requireConfirmation !== input.requireConfirmation) {
        await change(c, async (trx) => {
          await setSelectionSettings(trx, event.id, input, now());
          await audit(
            trx,
            actor,
            'selection.settings',
            { type: 'event', id: event.id },
            { requireConfirmation: { from: before.requireConfirmation, to: input.requireConfirmation } },
            now(),
          );
        });
      }
      return c.json({ requireConfirmation: input.requireConfirmation });
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/events/{id}/decisions',
      operationId: 'decideRegistrations',
      summary: 'Decide on applications in bulk: selected, wait-listed or not selected (with a reason)',
      description:
        "All or nothing: an application of another event, an unknown or a withdrawn one refuses the whole batch (422, with the path of each). When the event asks for a second person's confirmation (`PUT …/selection-settings`), the decisions are proposed and the applications keep their status until someone else confirms them. Each application's change is audited (`registration.decide`, or `registration.propose`).",
      tag: 'Curation',
      access: CURATORS,
      body: { schema: SelectionDecisionsInput, contentType: 'application/json' },
      response: { status: 200, description: 'What was decided.', schema: DecisionsResult },
      errors: DECISION_ERRORS,
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const { decisions } = await readJson(c, SelectionDecisionsInput);
      const event = await eventInScope(c);
      const actor = actorOf(c);
      const rows = await rowsOf(
        c,
        event,
        decisions.map((d) => d.registrationId),
        (i) => ['decisions', i, 'registrationId'],
      );
      const { requireConfirmation } = await getSelectionSettings(db.kysely, event.id);
      const before = await decisionRows(db.kysely, event.id);
      await change(c, async (trx) => {
        const entries: Parameters<typeof auditMany>[2] = [];
        for (const [i, d] of decisions.entries()) {
          const row = rows[i]!;
          const was = before.get(row.id);
          const input: DecisionInput = d;
          if (requireConfirmation) {
            await proposeDecision(trx, row, input, actor, now());
            entries.push({
              action: 'registration.propose',
              entity: { type: 'registration', id: row.id },
              changes: {
                proposedDecision: { from: was?.proposed_decision ?? null, to: d.decision },
                reasonCode: { from: was?.proposed_reason_code ?? null, to: d.reasonCode ?? null },
              },
            });
          } else {
            await applyDecision(trx, row, input, actor.label, now());
            entries.push({
              action: 'registration.decide',
              entity: { type: 'registration', id: row.id },
              changes: {
                status: { from: row.status, to: d.decision },
                reasonCode: { from: was?.reason_code ?? null, to: d.reasonCode ?? null },
                reason: { from: row.reason, to: d.reasonText?.trim() || null },
              },
            });
          }
        }
        await auditMany(trx, actor, entries, now());
      });
      const items = await entriesOf(
        c,
        event.id,
        rows.map((r) => r.id),
      );
      return c.json({
        applied: requireConfirmation ? 0 : decisions.length,
        proposed: requireConfirmation ? decisions.length : 0,
        items,
      });
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/events/{id}/decisions/confirm',
      operationId: 'confirmDecisions',
      summary: 'Confirm decisions another person proposed; they take effect',
      description:
        "All or nothing. An application with no proposed decision is a 422; a decision the caller proposed is a 409 with `reason: 'same-person'` (a second person must confirm it). Audited per application (`registration.confirm`, naming the proposer).",
      tag: 'Curation',
      access: CURATORS,
      body: { schema: SelectionIdsInput, contentType: 'application/json' },
      response: { status: 200, description: 'What was confirmed.', schema: DecisionsResult },
      errors: DECISION_ERRORS,
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const { registrationIds } = await readJson(c, SelectionIdsInput);
      const event = await eventInScope(c);
      const actor = actorOf(c);
      const rows = await rowsOf(c, event, registrationIds, (i) => ['registrationIds', i]);
      const decisions = await decisionRows(db.kysely, event.id);
      const missing = registrationIds.flatMap((id, i) =>
        decisions.get(id)?.proposed_decision
          ? []
          : [
              {
                path: ['registrationIds', i],
                code: 'nothing_to_confirm',
                message: 'No decision waits for confirmation.',
              },
            ],
      );
      if (missing.length) throw validationProblem(missing);
      const me = actorKey(actor);
      const own = registrationIds.filter((id) => decisions.get(id)?.proposed_by === me);
      if (own.length)
        throw refused('same-person', 'You proposed these decisions: a second person must confirm them.', {
          registrationIds: own,
        });
      await change(c, async (trx) => {
        const entries: Parameters<typeof auditMany>[2] = [];
        for (const row of rows) {
          const p = decisions.get(row.id)!;
          const decision = p.proposed_decision as DecisionInput['decision'];
          await applyDecision(
            trx,
            row,
            {
              registrationId: row.id,
              decision,
              reasonCode: p.proposed_reason_code as DecisionInput['reasonCode'],
              reasonText: p.proposed_reason_text,
            },
            actor.label,
            now(),
          );
          entries.push({
            action: 'registration.confirm',
            entity: { type: 'registration', id: row.id },
            changes: {
              status: { from: row.status, to: decision },
              reasonCode: { from: p.reason_code, to: p.proposed_reason_code },
              proposedBy: { from: null, to: p.proposed_label },
            },
          });
        }
        await auditMany(trx, actor, entries, now());
      });
      return c.json({
        applied: rows.length,
        proposed: 0,
        items: await entriesOf(c, event.id, registrationIds),
      });
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/events/{id}/decisions/discard',
      operationId: 'discardDecisions',
      summary: 'Send proposed decisions back: the applications keep the status they had',
      tag: 'Curation',
      access: CURATORS,
      body: { schema: SelectionIdsInput, contentType: 'application/json' },
      response: { status: 200, description: 'The applications.', schema: DecisionsResult },
      errors: DECISION_ERRORS,
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const { registrationIds } = await readJson(c, SelectionIdsInput);
      const event = await eventInScope(c);
      const actor = actorOf(c);
      await rowsOf(c, event, registrationIds, (i) => ['registrationIds', i]);
      const decisions = await decisionRows(db.kysely, event.id);
      const pending = registrationIds.filter((id) => decisions.get(id)?.proposed_decision);
      await change(c, async (trx) => {
        await clearProposals(trx, pending);
        await auditMany(
          trx,
          actor,
          pending.map((id) => ({
            action: 'registration.discard',
            entity: { type: 'registration', id },
            changes: { proposedDecision: { from: decisions.get(id)?.proposed_decision ?? null, to: null } },
          })),
          now(),
        );
      });
      return c.json({ applied: 0, proposed: 0, items: await entriesOf(c, event.id, registrationIds) });
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/events/{id}/decisions/notify',
      operationId: 'notifyRegistrants',
      summary: 'E-mail each registrant the decision in force, once the selection report is published',
      description:
        "Each decided application's representative gets one message (outbox kind `registration.decision`), in the language they applied in (else the event's first): the event's title, the decision, its reason and their receipt — nobody else's data. A registrant already told the same decision is not told again; one whose decision changed is told the new one. Applications without a decision, or with one waiting for confirmation, are left for a later call. Refused (409, `reason: 'report-not-published'`) before the anonymous report is published, so people hear once the outcome is public. Audited (`selection.notify`).",
      tag: 'Curation',
      access: CURATORS,
      response: { status: 200, description: 'What was queued.', schema: NotifyResult },
      errors: [401, 403, 404, 409],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const event = await eventInScope(c);
      const report = await publishedReport(db.kysely, event.id);
      if (!report)
        throw refused(
          'report-not-published',
          'Publish the selection report first: registrants are told once the outcome is public.',
        );
      const result = await change(c, async (trx) => {
        const registrations: Registration[] = await eventRegistrations(trx, event.id);
        const { queued, alreadyTold, undecided, erased } = await notifyDecisions(
          trx,
          event,
          registrations,
          now(),
        );
        await audit(
          trx,
          actorOf(c),
          'selection.notify',
          { type: 'event', id: event.id },
          { queued: { from: null, to: queued }, reportVersion: { from: null, to: report.version } },
          now(),
        );
        return { reportVersion: report.version, queued, alreadyTold, undecided, erased };
      });
      return c.json(result);
    },
  );
}
