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
} from '@lad/sdk';
import type { Context } from 'hono';
import * as z from 'zod/mini';
import { toCsv } from '../csv.js';
import { bumpRevision, isUniqueViolation } from '../db/index.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError, validationProblem } from '../http/problem.js';
import { idempotentWrite, rateLimit, type Seal, screenSignals } from '../http/public-write.js';
import type { Registry } from '../http/registry.js';
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
import {
  decideProposal,
  getProposalRow,
  getRegistrationRow,
  hasApplied,
  insertProposal,
  insertRegistration,
  listProposals,
  listRegistrations,
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

/**
 * A public proposal — an agenda topic or a written proposal — once it is known to go to an
 * existing event or committee: counted against the limits first, screened, checked (`open`
 * throws when the target takes none now), then stored once. A request that fell into the
 * honeypot gets exactly the answer a person would, only nothing is stored.
 */
async function writeProposal(
  c: Context<AppEnv>,
  seal: Seal,
  kind: 'agenda_topic' | 'policy',
  targetId: string,
  input: AgendaTopicProposalInput | PolicyProposalInput,
  open: () => void,
): Promise<{ status: number; body: unknown }> {
  const { db, now, config } = deps(c);
  await rateLimit(c, 'proposal', input.contact.email);
  const trapped = screenSignals(c, input.signals) === 'bot';
  open();
  if (trapped) {
    const receipt = {
      ...decoy(now()),
      id: newId(kind === 'policy' ? 'pol' : 'top'),
      status: 'received' as const,
    };
    await db.kysely.transaction().execute((trx) => seal(trx, 201, receipt));
    return { status: 201, body: receipt };
  }
  const receipt = await db.kysely.transaction().execute(async (trx) => {
    const receipt = await insertProposal(trx, kind, targetId, input, {
      now: now(),
      retentionDays: config.proposalRetentionDays,
    });
    await seal(trx, 201, receipt);
    await bumpRevision(trx);
    return receipt;
  });
  return { status: 201, body: receipt };
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
        const requiredMissing = window.criteria
          .map((criterion, i) => ({ criterion, i }))
          .filter(
            ({ criterion }) =>
              criterion.required &&
              !input.answers.some((a) => a.criterionId === criterion.id && a.answer.trim()),
          );
        const unknown = input.answers.flatMap((a, i) =>
          window.criteria.some((k) => k.id === a.criterionId) ? [] : [i],
        );
        if (requiredMissing.length || unknown.length) {
          throw validationProblem([
            ...requiredMissing.map(({ criterion }) => ({
              path: ['answers', criterion.id],
              code: 'required',
              message: 'Answer this selection criterion.',
            })),
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

  // ——— Agenda topics (R5) ——————————————————————————————————————————————————————————
  r.add(
    {
      method: 'post',
      path: '/v1/events/{id}/agenda-topics',
      operationId: 'submitAgendaTopic',
      summary: "Propose a topic for an event's agenda, before the agenda freezes",
      tag: 'Participation',
      access: 'public-write',
      body: { schema: AgendaTopicProposalInput, contentType: 'application/json' },
      response: { status: 201, description: 'Received.', schema: ProposalReceipt },
      errors: WRITE_ERRORS,
      cache: 'none',
    },
    (c) =>
      idempotentWrite(c, async (body, seal) => {
        const { db, now } = deps(c);
        const input = check(AgendaTopicProposalInput, body);
        const row = await getEventRow(db.kysely, idParam(c));
        if (!row) throw new ProblemError(404, 'not-found');
        return writeProposal(c, seal, 'agenda_topic', row.id, input, () => {
          const closesAt = eventData(row).topicProposalsCloseAt;
          if (!closesAt || Date.parse(closesAt) <= now().getTime()) {
            throw new ProblemError(
              409,
              'proposals-closed',
              closesAt ? { closedAt: closesAt } : { detail: 'This event does not take topic proposals.' },
            );
          }
        });
      }),
  );

  r.add(
    {
      method: 'get',
      path: '/v1/events/{id}/agenda-topics',
      operationId: 'listAgendaTopics',
      summary: 'Topics proposed for an event, with their status and public response',
      description:
        "A topic appears once a committee has taken it up (any status but `received`; `LAD_PROPOSALS_PUBLIC=on_receipt` lists it at once). The organisation's name appears only when it agreed to be listed; contact details and the sender's receipt never do.",
      tag: 'Participation',
      access: 'public',
      query: Cursor,
      response: { status: 200, description: 'One page.', schema: Page(AgendaTopicProposal) },
      errors: [400, 404],
      cache: 'revision',
    },
    async (c) => {
      const { db } = deps(c);
      const q = readQuery(c, Cursor);
      const row = await getEventRow(db.kysely, idParam(c));
      if (!row) throw new ProblemError(404, 'not-found');
      const page = await listProposals(db.kysely, 'agenda_topic', [row.id], q, publicOnly(c));
      if (!page) throw badCursor();
      return c.json({ items: page.items.map(toAgendaTopic), nextCursor: page.nextCursor });
    },
  );

  // ——— Policy proposals (R5) ———————————————————————————————————————————————————————
  r.add(
    {
      method: 'post',
      path: '/v1/committees/{id}/proposals',
      operationId: 'submitPolicyProposal',
      summary: 'Send a written policy or technical proposal to an action-package committee',
      tag: 'Participation',
      access: 'public-write',
      body: { schema: PolicyProposalInput, contentType: 'application/json' },
      response: { status: 201, description: 'Received.', schema: ProposalReceipt },
      errors: WRITE_ERRORS,
      cache: 'none',
    },
    (c) =>
      idempotentWrite(c, async (body, seal) => {
        const { db } = deps(c);
        const input = check(PolicyProposalInput, body);
        const committee = await getReference<Committee>(db.kysely, 'committee', idParam(c));
        if (!committee) throw new ProblemError(404, 'not-found');
        return writeProposal(c, seal, 'policy', committee.id, input, () => {
          if (!committee.acceptsProposals) {
            throw new ProblemError(409, 'proposals-closed', {
              detail: 'This committee does not take written proposals now.',
            });
          }
        });
      }),
  );

  r.add(
    {
      method: 'get',
      path: '/v1/committees/{id}/proposals',
      operationId: 'listPolicyProposals',
      summary: 'Written proposals to a committee, with their status and public response',
      description:
        "A proposal appears once the committee has taken it up (any status but `received`; `LAD_PROPOSALS_PUBLIC=on_receipt` lists it at once). Contact details and the sender's receipt never appear.",
      tag: 'Participation',
      access: 'public',
      query: Cursor,
      response: { status: 200, description: 'One page.', schema: Page(PolicyProposal) },
      errors: [400, 404],
      cache: 'revision',
    },
    async (c) => {
      const { db } = deps(c);
      const q = readQuery(c, Cursor);
      const id = idParam(c);
      if (!(await getReference(db.kysely, 'committee', id))) throw new ProblemError(404, 'not-found');
      const page = await listProposals(db.kysely, 'policy', [id], q, publicOnly(c));
      if (!page) throw badCursor();
      return c.json({ items: page.items.map(toPolicy), nextCursor: page.nextCursor });
    },
  );

  // ——— Curation of proposals ——————————————————————————————————————————————————————
  const curationList = (kind: 'agenda_topic' | 'policy') => async (c: Context<AppEnv>) => {
    const { db } = deps(c);
    const q = readQuery(
      c,
      z.object({
        ...cursorEntries,
        event: z.optional(z.string()),
        committee: z.optional(z.string()),
      }),
    );
    const actor = actorOf(c);
    let scope =
      kind === 'agenda_topic'
        ? await eventsInScope(db.kysely, actor)
        : await committeesInScope(db.kysely, actor);
    const only = kind === 'agenda_topic' ? q.event : q.committee;
    if (only) scope = scope === 'all' || scope.includes(only) ? [only] : [];
    const page = await listProposals(db.kysely, kind, scope, q);
    if (!page) throw badCursor();
    const items = kind === 'policy' ? page.items.map(toPolicyRecord) : page.items.map(toAgendaTopicRecord);
    return c.json({ items, nextCursor: page.nextCursor });
  };
  const decide = (kind: 'agenda_topic' | 'policy') => async (c: Context<AppEnv>) => {
    const { db, now } = deps(c);
    const decision = await readJson(c, ProposalDecision);
    const row = await getProposalRow(db.kysely, kind, idParam(c));
    if (!row) throw new ProblemError(404, 'not-found');
    const actor = actorOf(c);
    if (kind === 'policy') {
      if (!(await canTouchCommittee(db.kysely, actor, row.target_id))) throw forbidden('this committee');
    } else {
      const event = await getEventRow(db.kysely, row.target_id);
      if (!event || !(await canTouchEvent(db.kysely, actor, event))) throw forbidden('this event');
    }
    const next = await change(c, async (trx) => {
      const next = await decideProposal(trx, row, decision, now());
      await audit(
        trx,
        actor,
        `${kind}.decide`,
        { type: kind, id: row.id },
        {
          status: { from: row.status, to: next.status },
          response: { from: row.response ? 'set' : null, to: next.response ? 'set' : null },
        },
        now(),
      );
      return next;
    });
    return c.json(kind === 'policy' ? toPolicyRecord(next) : toAgendaTopicRecord(next));
  };

  r.add(
    {
      method: 'get',
      path: '/v1/agenda-topics',
      operationId: 'listAgendaTopicRecords',
      summary: "Agenda-topic proposals in the token's scope, with senders (curation only)",
      tag: 'Curation',
      access: CURATORS,
      query: z.object({
        ...cursorEntries,
        event: z.optional(z.string()),
      }),
      response: { status: 200, description: 'One page.', schema: Page(AgendaTopicProposalRecord) },
      errors: [400, 401, 403],
      cache: 'none',
    },
    curationList('agenda_topic'),
  );
  r.add(
    {
      method: 'patch',
      path: '/v1/agenda-topics/{id}',
      operationId: 'decideAgendaTopic',
      summary: 'Accept, decline or answer an agenda-topic proposal; the response is published',
      tag: 'Curation',
      access: CURATORS,
      body: { schema: ProposalDecision, contentType: 'application/json' },
      response: { status: 200, description: 'The proposal.', schema: AgendaTopicProposalRecord },
      errors: [400, 401, 403, 404, 415, 422],
      cache: 'none',
    },
    decide('agenda_topic'),
  );
  r.add(
    {
      method: 'get',
      path: '/v1/proposals',
      operationId: 'listPolicyProposalRecords',
      summary: "Policy proposals in the token's scope, with senders (curation only)",
      tag: 'Curation',
      access: ['secretariat', 'committee'],
      query: z.object({
        ...cursorEntries,
        committee: z.optional(z.string()),
      }),
      response: { status: 200, description: 'One page.', schema: Page(PolicyProposalRecord) },
      errors: [400, 401, 403],
      cache: 'none',
    },
    curationList('policy'),
  );
  r.add(
    {
      method: 'patch',
      path: '/v1/proposals/{id}',
      operationId: 'decidePolicyProposal',
      summary: 'Answer a policy proposal; the response is published',
      tag: 'Curation',
      access: ['secretariat', 'committee'],
      body: { schema: ProposalDecision, contentType: 'application/json' },
      response: { status: 200, description: 'The proposal.', schema: PolicyProposalRecord },
      errors: [400, 401, 403, 404, 415, 422],
      cache: 'none',
    },
    decide('policy'),
  );
}
