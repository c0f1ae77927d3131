import {
  AgendaTopicProposal,
  AgendaTopicProposalInput,
  AgendaTopicProposalRecord,
  type Committee,
  Page,
  PageLimit,
  PolicyProposal,
  PolicyProposalInput,
  PolicyProposalRecord,
  ProposalDecision,
  ProposalReceipt,
  Registration,
  RegistrationInput,
  RegistrationReceipt,
  RegistrationReview,
  RegistrationStatus,
  registrationStateAt,
  unansweredCriteria,
} from '@lad/sdk';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import * as z from 'zod/mini';
import { toCsv } from '../csv.js';
import { bumpRevision, type Database, isUniqueViolation } from '../db/index.js';
import type { Actor, AppEnv } from '../http/env.js';
import { ProblemError, validationProblem } from '../http/problem.js';
import { idempotentWrite, rateLimit, type Seal, screenSignals } from '../http/public-write.js';
import type { Access, Registry } from '../http/registry.js';
import {
  canTouchCommittee,
  canTouchEvent,
  committeesInScope,
  eventsInScope,
  forbidden,
} from '../http/scope.js';
import { check, idParam, readJson, readQuery } from '../http/validate.js';
import { audit } from '../store/audit.js';
import { mailbox } from '../store/email.js';
import { eventData, getEventRow } from '../store/events.js';
import { committeeFacts, coreLocaleOf, enqueueMessages, eventFacts } from '../store/outbox.js';
import {
  decideProposal,
  getProposalRow,
  getRegistrationRow,
  hasApplied,
  insertProposal,
  insertRegistration,
  listProposals,
  listRegistrations,
  newProposalId,
  type ProposalKind,
  type ProposalRow,
  reviewRegistration,
  takeSeat,
  toAgendaTopic,
  toAgendaTopicRecord,
  toPolicy,
  toPolicyRecord,
} from '../store/participation.js';
import { getReference } from '../store/reference.js';
import { addDays, hmac, iso, newId, newReceipt } from '../store/util.js';
import { actorOf, CURATORS, change, deps } from './shared.js';

const cursorEntries = {
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(PageLimit),
};
const Cursor = z.object(cursorEntries);
/** The curation lists of proposals: a page, narrowed to one event or one committee. */
const RecordsQuery = {
  event: z.object({ ...cursorEntries, event: z.optional(z.string()) }),
  committee: z.object({ ...cursorEntries, committee: z.optional(z.string()) }),
};
const RegistrationQuery = z.object({
  ...cursorEntries,
  event: z.optional(z.string()),
  status: z.optional(RegistrationStatus),
});
const badCursor = () =>
  validationProblem(
    [{ path: ['cursor'], code: 'invalid_cursor', message: 'Not a cursor from this list.' }],
    400,
  );

const WRITE_ERRORS = [400, 404, 409, 413, 415, 422, 429];

/**
 * One application per person and event, whatever the spelling of the address. The answer says
 * only that: nothing of the other application (who, when, its status or receipt).
 */
const alreadyRegistered = () =>
  new ProblemError(409, 'already-registered', {
    detail:
      'An application with this email address was already sent for this event. If it was yours, your receipt confirms it; if not, write to the secretariat.',
  });

/** A bot that filled the honeypot is answered like a person, and nothing is stored. */
const decoy = (now: Date) => ({
  id: newId('reg'),
  receipt: newReceipt(),
  status: 'submitted' as const,
  createdAt: iso(now),
});

/** What a public list of proposals shows, by the moderation setting (`LAD_PROPOSALS_PUBLIC`). */
const publicOnly = (c: Context<AppEnv>) => ({
  reviewedOnly: deps(c).config.proposalsPublic === 'after_review',
});

/** The event or committee a proposal goes to, found by the id in the path. */
interface ProposalTarget {
  id: string;
  /** Throws 409 when the target takes no proposals at `now`. */
  open(now: Date): void;
}

/**
 * What tells agenda topics (to an event) and written policy proposals (to a committee) apart;
 * the rest of their routes is one code, below.
 */
interface ProposalKindSpec {
  kind: ProposalKind;
  /** The target's path, where proposals are sent and listed publicly. */
  targetPath: string;
  /** The curation list's path; one proposal is `{recordsPath}/{id}`. */
  recordsPath: string;
  input: typeof AgendaTopicProposalInput | typeof PolicyProposalInput;
  view: typeof AgendaTopicProposal | typeof PolicyProposal;
  record: typeof AgendaTopicProposalRecord | typeof PolicyProposalRecord;
  toView(row: ProposalRow): AgendaTopicProposal | PolicyProposal;
  toRecord(row: ProposalRow): AgendaTopicProposalRecord | PolicyProposalRecord;
  findTarget(db: Kysely<Database>, id: string): Promise<ProposalTarget | undefined>;
  /** Who curates them. */
  access: Access;
  /** The curation list's filter (see `RecordsQuery`), narrowing the token's scope to one target. */
  filter: keyof typeof RecordsQuery;
  inScope(db: Kysely<Database>, actor: Actor): Promise<string[] | 'all'>;
  /** Whether `actor` may decide on proposals to `targetId`; else 403 names `scopeName`. */
  mayDecide(db: Kysely<Database>, actor: Actor, targetId: string): Promise<boolean>;
  scopeName: string;
  /** The OpenAPI words of its four routes. */
  docs: Record<'submit' | 'records' | 'decide', Doc> & { list: Doc & { description: string } };
}
type Doc = { operationId: string; summary: string };

const TOPICS: ProposalKindSpec = {
  kind: 'agenda_topic',
  targetPath: '/v1/events/{id}/agenda-topics',
  recordsPath: '/v1/agenda-topics',
  input: AgendaTopicProposalInput,
  view: AgendaTopicProposal,
  record: AgendaTopicProposalRecord,
  toView: toAgendaTopic,
  toRecord: toAgendaTopicRecord,
  async findTarget(db, id) {
    const row = await getEventRow(db, id);
    return (
      row && {
        id: row.id,
        open(now) {
          // Topics close when the agenda freezes (or when the meeting is cancelled).
          const data = eventData(row);
          const closesAt =
            data.cancelledAt && (!data.topicProposalsCloseAt || data.cancelledAt < data.topicProposalsCloseAt)
              ? data.cancelledAt
              : data.topicProposalsCloseAt;
          if (!closesAt || Date.parse(closesAt) <= now.getTime()) {
            throw new ProblemError(
              409,
              'proposals-closed',
              closesAt ? { closedAt: closesAt } : { detail: 'This event does not take topic proposals.' },
            );
          }
        },
      }
    );
  },
  access: CURATORS,
  filter: 'event',
  inScope: eventsInScope,
  async mayDecide(db, actor, targetId) {
    const event = await getEventRow(db, targetId);
    return !!event && (await canTouchEvent(db, actor, event));
  },
  scopeName: 'this event',
  docs: {
    submit: {
      operationId: 'submitAgendaTopic',
      summary: "Propose a topic for an event's agenda, before the agenda freezes",
    },
    list: {
      operationId: 'listAgendaTopics',
      summary: 'Topics proposed for an event, with their status and public response',
      description:
        "A topic appears once a committee has taken it up (any status but `received`; `LAD_PROPOSALS_PUBLIC=on_receipt` lists it at once). The organisation's name appears only when it agreed to be listed; contact details and the sender's receipt never do.",
    },
    records: {
      operationId: 'listAgendaTopicRecords',
      summary: "Agenda-topic proposals in the token's scope, with senders (curation only)",
    },
    decide: {
      operationId: 'decideAgendaTopic',
      summary: 'Accept, decline or answer an agenda-topic proposal; the response is published',
    },
  },
};

const POLICIES: ProposalKindSpec = {
  kind: 'policy',
  targetPath: '/v1/committees/{id}/proposals',
  recordsPath: '/v1/proposals',
  input: PolicyProposalInput,
  view: PolicyProposal,
  record: PolicyProposalRecord,
  toView: toPolicy,
  toRecord: toPolicyRecord,
  async findTarget(db, id) {
    const committee = await getReference<Committee>(db, 'committee', id);
    return (
      committee && {
        id: committee.id,
        open() {
          if (!committee.acceptsProposals) {
            throw new ProblemError(409, 'proposals-closed', {
              detail: 'This committee does not take written proposals now.',
            });
          }
        },
      }
    );
  },
  access: ['secretariat', 'committee'],
  filter: 'committee',
  inScope: committeesInScope,
  mayDecide: canTouchCommittee,
  scopeName: 'this committee',
  docs: {
    submit: {
      operationId: 'submitPolicyProposal',
      summary: 'Send a written policy or technical proposal to an action-package committee',
    },
    list: {
      operationId: 'listPolicyProposals',
      summary: 'Written proposals to a committee, with their status and public response',
      description:
        "A proposal appears once the committee has taken it up (any status but `received`; `LAD_PROPOSALS_PUBLIC=on_receipt` lists it at once). Contact details and the sender's receipt never appear.",
    },
    records: {
      operationId: 'listPolicyProposalRecords',
      summary: "Policy proposals in the token's scope, with senders (curation only)",
    },
    decide: {
      operationId: 'decidePolicyProposal',
      summary: 'Answer a policy proposal; the response is published',
    },
  },
};

/**
 * A public proposal — an agenda topic or a written proposal — once it is known to go to an
 * existing event or committee: counted against the limits first, screened, checked (`open`
 * throws when the target takes none now), then stored once. A request that fell into the
 * honeypot gets exactly the answer a person would, only nothing is stored.
 */
async function writeProposal(
  c: Context<AppEnv>,
  seal: Seal,
  kind: ProposalKind,
  target: ProposalTarget,
  input: AgendaTopicProposalInput | PolicyProposalInput,
): Promise<{ status: number; body: unknown }> {
  const { db, now, config } = deps(c);
  await rateLimit(c, 'proposal', input.contact.email);
  const trapped = screenSignals(c, input.signals) === 'bot';
  target.open(now());
  if (trapped) {
    const receipt = {
      ...decoy(now()),
      id: newProposalId(kind),
      status: 'received' as const,
    };
    await db.kysely.transaction().execute((trx) => seal(trx, 201, receipt));
    return { status: 201, body: receipt };
  }
  // The receipt by e-mail, in the language the proposal is written in (sent with the change).
  const event = kind === 'agenda_topic' ? await getEventRow(db.kysely, target.id) : undefined;
  const committee = event ? undefined : await getReference<Committee>(db.kysely, 'committee', target.id);
  const receipt = await db.kysely.transaction().execute(async (trx) => {
    const receipt = await insertProposal(trx, kind, target.id, input, {
      now: now(),
      retentionDays: config.proposalRetentionDays,
    });
    const facts = event
      ? ({ type: 'event', event: eventFacts(event) } as const)
      : committee && ({ type: 'committee', committee: committeeFacts(committee) } as const);
    if (facts)
      await enqueueMessages(
        trx,
        [
          {
            kind: 'proposal.receipt',
            key: `proposal.receipt:${receipt.id}`,
            to: input.contact.email,
            locale: coreLocaleOf(input.locale),
            data: {
              proposalId: receipt.id,
              receipt: receipt.receipt,
              kind,
              title: input.title,
              target: facts,
            },
          },
        ],
        now(),
      );
    await seal(trx, 201, receipt);
    await bumpRevision(trx);
    return receipt;
  });
  return { status: 201, body: receipt };
}

/** The public route that takes proposals of kind `k` for its target. */
function submitProposalRoute(r: Registry, k: ProposalKindSpec): void {
  r.add(
    {
      method: 'post',
      path: k.targetPath,
      ...k.docs.submit,
      tag: 'Participation',
      access: 'public-write',
      body: { schema: k.input, contentType: 'application/json' },
      response: { status: 201, description: 'Received.', schema: ProposalReceipt },
      errors: WRITE_ERRORS,
      cache: 'none',
    },
    (c) =>
      idempotentWrite(c, async (body, seal) => {
        const { db } = deps(c);
        const input = check(k.input, body);
        const target = await k.findTarget(db.kysely, idParam(c));
        if (!target) throw new ProblemError(404, 'not-found');
        return writeProposal(c, seal, k.kind, target, input);
      }),
  );
}

/** The public list of a target's proposals of kind `k`, as moderation allows. */
function publicProposalsRoute(r: Registry, k: ProposalKindSpec): void {
  r.add(
    {
      method: 'get',
      path: k.targetPath,
      ...k.docs.list,
      tag: 'Participation',
      access: 'public',
      query: Cursor,
      response: { status: 200, description: 'One page.', schema: Page(k.view) },
      errors: [400, 404],
      cache: 'revision',
    },
    async (c) => {
      const { db } = deps(c);
      const q = readQuery(c, Cursor);
      const target = await k.findTarget(db.kysely, idParam(c));
      if (!target) throw new ProblemError(404, 'not-found');
      const page = await listProposals(db.kysely, k.kind, [target.id], q, publicOnly(c));
      if (!page) throw badCursor();
      return c.json({ items: page.items.map(k.toView), nextCursor: page.nextCursor });
    },
  );
}

/** Curation: proposals of kind `k` in the token's scope, with their senders. */
function proposalRecordsRoute(r: Registry, k: ProposalKindSpec): void {
  r.add(
    {
      method: 'get',
      path: k.recordsPath,
      ...k.docs.records,
      tag: 'Curation',
      access: k.access,
      query: RecordsQuery[k.filter],
      response: { status: 200, description: 'One page.', schema: Page(k.record) },
      errors: [400, 401, 403],
      cache: 'none',
    },
    async (c) => {
      const { db } = deps(c);
      const q: z.output<typeof Cursor> & { event?: string; committee?: string } = readQuery(
        c,
        RecordsQuery[k.filter],
      );
      let scope = await k.inScope(db.kysely, actorOf(c));
      const only = q[k.filter];
      if (only) scope = scope === 'all' || scope.includes(only) ? [only] : [];
      const page = await listProposals(db.kysely, k.kind, scope, q);
      if (!page) throw badCursor();
      return c.json({ items: page.items.map(k.toRecord), nextCursor: page.nextCursor });
    },
  );
}

/** Curation: a decision on one proposal of kind `k`, audited; the response is published. */
function decideProposalRoute(r: Registry, k: ProposalKindSpec): void {
  r.add(
    {
      method: 'patch',
      path: `${k.recordsPath}/{id}`,
      ...k.docs.decide,
      tag: 'Curation',
      access: k.access,
      body: { schema: ProposalDecision, contentType: 'application/json' },
      response: { status: 200, description: 'The proposal.', schema: k.record },
      errors: [400, 401, 403, 404, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const decision = await readJson(c, ProposalDecision);
      const row = await getProposalRow(db.kysely, k.kind, idParam(c));
      if (!row) throw new ProblemError(404, 'not-found');
      const actor = actorOf(c);
      if (!(await k.mayDecide(db.kysely, actor, row.target_id))) throw forbidden(k.scopeName);
      const next = await change(c, async (trx) => {
        const next = await decideProposal(trx, row, decision, now());
        await audit(
          trx,
          actor,
          `${k.kind}.decide`,
          { type: k.kind, id: row.id },
          {
            status: { from: row.status, to: next.status },
            response: { from: row.response ? 'set' : null, to: next.response ? 'set' : null },
          },
          now(),
        );
        return next;
      });
      return c.json(k.toRecord(next));
    },
  );
}

export function registerParticipation(r: Registry): void {
  // ——— Registrations (R2) ———————————————————————————————————————————————————————————
  r.add(
    {
      method: 'post',
      path: '/v1/events/{id}/registrations',
      operationId: 'submitRegistration',
      summary: "Apply to take part in an event (a CSO's registration)",
      description:
        'Accepted only inside the registration window and within capacity; when seats are taken and the event has a waiting list, `joinWaitlist: true` puts the application on it. The answer is a receipt: personal data is never sent back.',
      tag: 'Participation',
      access: 'public-write',
      body: { schema: RegistrationInput, contentType: 'application/json' },
      response: { status: 201, description: 'Received (or wait-listed).', schema: RegistrationReceipt },
      errors: WRITE_ERRORS,
      cache: 'none',
    },
    (c) =>
      idempotentWrite(c, async (body, seal) => {
        const { db, now, secret } = deps(c);
        const input = check(RegistrationInput, body);
        const row = await getEventRow(db.kysely, idParam(c));
        if (!row) throw new ProblemError(404, 'not-found');
        // Every request counts against the limits, the honeypot's too; a request that fell
        // into the honeypot then gets exactly the answer a person would (closed, full, too
        // fast, already registered… or a receipt), only nothing is stored.
        await rateLimit(c, 'registration', input.representative.email);
        const trapped = screenSignals(c, input.signals) === 'bot';
        const window = eventData(row).registration;
        if (!window)
          throw new ProblemError(409, 'registration-closed', {
            detail: 'This event takes no registrations.',
          });
        const cancelledAt = eventData(row).cancelledAt;
        if (cancelledAt)
          throw new ProblemError(409, 'registration-closed', {
            closedAt: cancelledAt,
            detail: 'This event was cancelled.',
          });
        const state = registrationStateAt(
          { ...window, capacity: row.capacity, seatsTaken: row.seats_taken },
          now(),
        );
        if (state === 'not_yet_open') {
          throw new ProblemError(409, 'registration-not-open', {
            opensAt: window.opensAt,
            detail: `Registration opens at ${window.opensAt}.`,
          });
        }
        if (state === 'closed')
          throw new ProblemError(409, 'registration-closed', { closedAt: window.closesAt });
        // The same rule the registration form checks before sending (one copy, in the SDK).
        const unanswered = unansweredCriteria(window.criteria, input.answers);
        const unknown = input.answers.flatMap((a, i) =>
          window.criteria.some((k) => k.id === a.criterionId) ? [] : [i],
        );
        if (unanswered.length || unknown.length) {
          throw validationProblem([
            ...unanswered,
            ...unknown.map((i) => ({
              path: ['answers', i, 'criterionId'],
              code: 'unknown_reference',
              message: 'Not a criterion of this event.',
            })),
          ]);
        }
        const emailKey = hmac(secret, mailbox(input.representative.email));
        if (await hasApplied(db.kysely, row.id, emailKey)) throw alreadyRegistered();
        const full = (seated: boolean) => {
          if (!seated && !(window.waitlist && input.joinWaitlist)) {
            throw new ProblemError(409, 'event-full', {
              waitlist: window.waitlist,
              detail: window.waitlist
                ? 'All seats are taken. Send again with joinWaitlist: true to join the waiting list.'
                : 'All seats are taken.',
            });
          }
        };
        if (trapped) {
          const seated = row.capacity === null || row.seats_taken < row.capacity;
          full(seated);
          const receipt = {
            ...decoy(now()),
            eventId: row.id,
            status: seated ? ('submitted' as const) : ('waitlisted' as const),
          };
          await db.kysely.transaction().execute((trx) => seal(trx, 201, receipt));
          return { status: 201, body: receipt };
        }
        const purgeAfter = addDays(row.ends_at, window.retentionDays);
        const receipt = await db.kysely
          .transaction()
          .execute(async (trx) => {
            const seated = await takeSeat(trx, row.id);
            full(seated);
            const receipt = await insertRegistration(trx, row.id, input, {
              waitlisted: !seated,
              now: now(),
              purgeAfter,
              emailKey,
            });
            // The receipt by e-mail, in the language of the form, written with the registration.
            await enqueueMessages(
              trx,
              [
                {
                  kind: 'registration.receipt',
                  key: `registration.receipt:${receipt.id}`,
                  to: input.representative.email,
                  locale: coreLocaleOf(input.locale, input.representative.languages ?? []),
                  data: {
                    registrationId: receipt.id,
                    receipt: receipt.receipt,
                    status: seated ? 'submitted' : 'waitlisted',
                    organization: input.organization.name,
                    event: eventFacts(row),
                  },
                },
              ],
              now(),
            );
            await seal(trx, 201, receipt);
            await bumpRevision(trx);
            return receipt;
          })
          .catch((error: unknown) => {
            // The same person, sent twice at once from two devices: one gets in.
            if (isUniqueViolation(error)) throw alreadyRegistered();
            throw error;
          });
        return { status: 201, body: receipt };
      }),
  );

  r.add(
    {
      method: 'get',
      path: '/v1/registrations',
      operationId: 'listRegistrations',
      summary: "Applications in the token's scope, with personal data (curation only)",
      tag: 'Curation',
      access: CURATORS,
      query: RegistrationQuery,
      response: { status: 200, description: 'One page.', schema: Page(Registration) },
      errors: [400, 401, 403],
      cache: 'none',
    },
    async (c) => {
      const { db } = deps(c);
      const q = readQuery(c, RegistrationQuery);
      let scope = await eventsInScope(db.kysely, actorOf(c));
      if (q.event) scope = scope === 'all' || scope.includes(q.event) ? [q.event] : [];
      const page = await listRegistrations(db.kysely, {
        eventIds: scope,
        status: q.status,
        cursor: q.cursor,
        limit: q.limit,
      });
      if (!page) throw badCursor();
      return c.json(page);
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/registrations.csv',
      operationId: 'exportRegistrationsCsv',
      summary: 'Applications as CSV, with personal data (secretariat only)',
      tag: 'Curation',
      access: ['secretariat'],
      query: z.object({ event: z.optional(z.string()), status: z.optional(RegistrationStatus) }),
      response: { status: 200, description: 'CSV (UTF-8 with BOM).', contentType: 'text/csv' },
      errors: [400, 401, 403],
      cache: 'none',
    },
    async (c) => {
      const { db } = deps(c);
      const q = readQuery(
        c,
        z.object({ event: z.optional(z.string()), status: z.optional(RegistrationStatus) }),
      );
      const rows: Registration[] = [];
      let cursor: string | undefined;
      do {
        const page = await listRegistrations(db.kysely, {
          eventIds: q.event ? [q.event] : 'all',
          status: q.status,
          cursor,
          limit: 100,
        });
        if (!page) break;
        rows.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const columns = [
        'receipt',
        'eventId',
        'status',
        'waitlisted',
        'createdAt',
        'organization',
        'country',
        'level',
        'kinds',
        'ledBy',
        'website',
        'listPublicly',
        'name',
        'email',
        'role',
        'languages',
        'needs',
        'answers',
        'reason',
      ];
      const csv = toCsv(
        columns,
        rows.map((g) => ({
          receipt: g.receipt,
          eventId: g.eventId,
          status: g.status,
          waitlisted: g.waitlisted,
          createdAt: g.createdAt,
          organization: g.organization.name,
          country: g.organization.country,
          level: g.organization.level,
          kinds: g.organization.kinds.join(';'),
          ledBy: g.organization.ledBy.join(';'),
          website: g.organization.website ?? '',
          listPublicly: g.organization.listedPublicly,
          name: g.representative?.name ?? '',
          email: g.representative?.email ?? '',
          role: g.representative?.role ?? '',
          languages: g.representative?.languages.join(';') ?? '',
          needs: g.representative?.needs ?? '',
          answers: g.answers.map((a) => `${a.criterionId}: ${a.answer}`).join('\n'),
          reason: g.reason ?? '',
        })),
      );
      // Every export of personal data is audited (as the per-event ones, routes/selection.ts).
      await change(c, (trx) =>
        audit(
          trx,
          actorOf(c),
          'registration.export',
          { type: 'event', id: q.event ?? '*' },
          {
            format: { from: null, to: 'csv' },
            rows: { from: null, to: rows.length },
            personal: { from: null, to: true },
          },
          deps(c).now(),
        ),
      );
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="lad-registrations.csv"',
      });
    },
  );

  r.add(
    {
      method: 'patch',
      path: '/v1/registrations/{id}',
      operationId: 'reviewRegistration',
      summary: 'Review an application: under review, selected, wait-listed, or not selected (with a reason)',
      tag: 'Curation',
      access: CURATORS,
      body: { schema: RegistrationReview, contentType: 'application/json' },
      response: { status: 200, description: 'The application.', schema: Registration },
      errors: [400, 401, 403, 404, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const review = await readJson(c, RegistrationReview);
      const row = await getRegistrationRow(db.kysely, idParam(c));
      if (!row) throw new ProblemError(404, 'not-found');
      const event = await getEventRow(db.kysely, row.event_id);
      if (!event || !(await canTouchEvent(db.kysely, actorOf(c), event))) throw forbidden('this event');
      const registration = await change(c, async (trx) => {
        const next = await reviewRegistration(trx, row, review, now());
        await audit(
          trx,
          actorOf(c),
          'registration.review',
          { type: 'registration', id: row.id },
          {
            status: { from: row.status, to: review.status },
            reason: { from: row.reason, to: review.reason ?? null },
          },
          now(),
        );
        return next;
      });
      return c.json(registration);
    },
  );

  // ——— Agenda topics and policy proposals (R5) ————————————————————————————————————————
  // Registered in this order, as the OpenAPI document lists them.
  submitProposalRoute(r, TOPICS);
  publicProposalsRoute(r, TOPICS);
  submitProposalRoute(r, POLICIES);
  publicProposalsRoute(r, POLICIES);

  // ——— Curation of proposals ——————————————————————————————————————————————————————
  proposalRecordsRoute(r, TOPICS);
  decideProposalRoute(r, TOPICS);
  proposalRecordsRoute(r, POLICIES);
  decideProposalRoute(r, POLICIES);
}
