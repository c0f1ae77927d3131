import {
  AcceptProposalInput,
  AnswerProposalInput,
  DeclineProposalInput,
  type LocalizedText,
  MergeProposalInput,
  ProposalDetail,
  ProposalQueue,
  ProposalQueueQuery,
  type ProposalStatus,
  PublicProposalAnswers,
} from '@lad/sdk';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type * as z from 'zod/mini';
import { type Database, isUniqueViolation } from '../db/index.js';
import type { Actor, AppEnv } from '../http/env.js';
import { ProblemError, validationProblem } from '../http/problem.js';
import type { Registry } from '../http/registry.js';
import {
  canTouchCommittee,
  canTouchEvent,
  committeesInScope,
  eventsInScope,
  forbidden,
} from '../http/scope.js';
import { idParam, readJson, readQuery } from '../http/validate.js';
import { audit } from '../store/audit.js';
import { getEventRow } from '../store/events.js';
import { enqueueMessages, type OutgoingMessage } from '../store/outbox.js';
import {
  type AnswerEntry,
  answerMessage,
  applyAnswer,
  getAnyProposalRow,
  latestAnswerVersion,
  listAnswerRows,
  mergeTargetsOf,
  proposalDetail,
  type QueueScope,
  queuePage,
  refOf,
  targetsOf,
  toAnswer,
  toQueueItem,
} from '../store/proposals-admin.js';
import { actorOf, change, deps } from './shared.js';

// The committees' work on proposals (R5): one queue over agenda topics and written proposals,
// and the decisions — accept, merge, decline with a reason, answer — each a new version of the
// public answer (the earlier ones kept, with their times), audited, and told to the sender by
// e-mail through the outbox in the same transaction.

type Row = NonNullable<Awaited<ReturnType<typeof getAnyProposalRow>>>;

/** Committee coordinators for their committee's proposals and their events' topics; the secretariat all. */
const ACCESS = ['secretariat', 'committee'] as const;
const ACTION_ERRORS = [400, 401, 403, 404, 409, 415, 422];

/** Whether `actor` may decide on `row`: its committee's, or its committee's event's. */
async function mayDecide(db: Kysely<Database>, actor: Actor, row: Row): Promise<boolean> {
  if (row.kind === 'policy') return canTouchCommittee(db, actor, row.target_id);
  const event = await getEventRow(db, row.target_id);
  return !!event && (await canTouchEvent(db, actor, event));
}

/** The proposal of the path, 404 when there is none, 403 outside the actor's scope. */
async function proposalInScope(c: Context<AppEnv>, id = idParam(c)): Promise<Row> {
  const { db } = deps(c);
  const row = await getAnyProposalRow(db.kysely, id);
  if (!row) throw new ProblemError(404, 'not-found');
  if (!(await mayDecide(db.kysely, actorOf(c), row)))
    throw forbidden(row.kind === 'policy' ? 'this committee' : 'this event');
  return row;
}

/** The queue's scope: the actor's, narrowed to the kind, committee and event asked for. */
async function queueScope(
  db: Kysely<Database>,
  actor: Actor,
  q: { kind?: string | undefined; committee?: string | undefined; event?: string | undefined },
): Promise<QueueScope> {
  const narrow = (all: string[] | 'all', only: string[]) =>
    all === 'all' ? only : only.filter((id) => all.includes(id));
  let committees: string[] | 'all' =
    q.kind === 'agenda_topic' || q.event ? [] : await committeesInScope(db, actor);
  let events: string[] | 'all' = q.kind === 'policy' ? [] : await eventsInScope(db, actor);
  if (q.committee) {
    committees = narrow(committees, [q.committee]);
    if (events.length || events === 'all') {
      const ofCommittee = await db
        .selectFrom('events')
        .select('id')
        .where('committee_id', '=', q.committee)
        .execute();
      events = narrow(
        events,
        ofCommittee.map((e) => e.id),
      );
    }
  }
  if (q.event) events = narrow(events, [q.event]);
  return { committees, events };
}

/** 409 when someone answered since the version the curator saw. */
async function checkBasedOn(db: Kysely<Database>, row: Row, basedOn: number | undefined): Promise<void> {
  if (basedOn === undefined) return;
  const latest = await latestAnswerVersion(db, row.id);
  if (latest !== basedOn)
    throw new ProblemError(409, 'conflict', {
      detail: `Someone answered this proposal since the version you saw (${basedOn}); it is at version ${latest}. Read it again.`,
      version: latest,
    });
}

/**
 * Runs one decision on `row` in a transaction: the new version of the answer, the audit entry,
 * and the e-mails of `messages` (given the proposal after the change and the version's number).
 */
async function decide(
  c: Context<AppEnv>,
  row: Row,
  basedOn: number | undefined,
  entry: Omit<AnswerEntry, 'answeredBy'>,
  messages: (next: Row, version: number, trx: Kysely<Database>) => Promise<(OutgoingMessage | null)[]>,
) {
  const { now } = deps(c);
  const actor = actorOf(c);
  try {
    const next = await change(c, async (trx) => {
      await checkBasedOn(trx, row, basedOn);
      const { row: next, version } = await applyAnswer(
        trx,
        row,
        { ...entry, answeredBy: actor.label },
        now(),
      );
      await audit(
        trx,
        actor,
        `proposal.${entry.action}`,
        { type: row.kind, id: row.id },
        {
          status: { from: row.status, to: entry.status },
          answer: { from: version > 1 ? version - 1 : null, to: version },
          ...(entry.text ? { text: { from: null, to: entry.text } } : {}),
          ...(entry.reason ? { reason: { from: null, to: entry.reason } } : {}),
          ...((row.merged_into ?? null) !== (entry.mergedInto ?? null)
            ? { mergedInto: { from: row.merged_into ?? null, to: entry.mergedInto ?? null } }
            : {}),
        },
        now(),
      );
      const outgoing = (await messages(next, version, trx)).filter((m): m is OutgoingMessage => !!m);
      await enqueueMessages(trx, outgoing, now());
      return next;
    });
    return proposalDetail(deps(c).db.kysely, next);
  } catch (error) {
    // Two answers at the same instant: the second finds its version taken.
    if (isUniqueViolation(error))
      throw new ProblemError(409, 'conflict', { detail: 'Someone answered this proposal at the same time.' });
    throw error;
  }
}

const actionRoute = (
  r: Registry,
  path: string,
  operationId: string,
  summary: string,
  description: string,
  body: z.core.$ZodType,
  handler: (c: Context<AppEnv>) => Promise<unknown>,
) =>
  r.add(
    {
      method: 'post',
      path: `/v1/proposal-queue/{id}/${path}`,
      operationId,
      summary,
      description,
      tag: 'Curation',
      access: ACCESS,
      body: { schema: body, contentType: 'application/json' },
      response: {
        status: 200,
        description: 'The proposal with every version of its answer.',
        schema: ProposalDetail,
      },
      errors: ACTION_ERRORS,
      cache: 'none',
    },
    async (c) => c.json(await handler(c)),
  );

export function registerProposalsAdmin(r: Registry): void {
  r.add(
    {
      method: 'get',
      path: '/v1/proposal-queue',
      operationId: 'listProposalQueue',
      summary:
        'Agenda topics and written proposals to work through, in the scope you act in, with counts per status',
      description:
        "Oldest first. A committee coordinator sees the written proposals to the committee and the topics proposed for the committee's events; the secretariat sees all. `counts` are for the kind, committee and event asked for, whatever the status and words.",
      tag: 'Curation',
      access: ACCESS,
      query: ProposalQueueQuery,
      response: { status: 200, description: 'One page.', schema: ProposalQueue },
      errors: [400, 401, 403],
      cache: 'none',
    },
    async (c) => {
      const { db } = deps(c);
      const q = readQuery(c, ProposalQueueQuery);
      const scope = await queueScope(db.kysely, actorOf(c), q);
      const page = await queuePage(db.kysely, scope, q);
      if (!page)
        throw validationProblem(
          [{ path: ['cursor'], code: 'invalid_cursor', message: 'Not a cursor from this list.' }],
          400,
        );
      const [targets, merged] = await Promise.all([
        targetsOf(db.kysely, page.items),
        mergeTargetsOf(db.kysely, page.items),
      ]);
      return c.json({
        items: page.items.map((row) => toQueueItem(row, targets, merged)),
        nextCursor: page.nextCursor,
        counts: page.counts,
      });
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/proposal-queue/{id}',
      operationId: 'getProposalDetail',
      summary: 'One proposal with its sender, links, merges and every version of its answer',
      tag: 'Curation',
      access: ACCESS,
      response: { status: 200, description: 'The proposal.', schema: ProposalDetail },
      errors: [401, 403, 404],
      cache: 'none',
    },
    async (c) => c.json(await proposalDetail(deps(c).db.kysely, await proposalInScope(c))),
  );

  actionRoute(
    r,
    'accept',
    'acceptProposal',
    'Accept a proposal, with an optional public answer; the sender is told by e-mail',
    'A proposal merged into another is taken out of the merge. `basedOn` (the latest answer version you saw) refuses the change with 409 when someone answered since.',
    AcceptProposalInput,
    async (c) => {
      const input = await readJson(c, AcceptProposalInput);
      const row = await proposalInScope(c);
      const text = input.answer ?? null;
      return decide(c, row, input.basedOn, { action: 'accept', status: 'accepted', text }, (next, v, trx) =>
        Promise.all([
          answerMessage(trx, next, `proposal.answer:${next.id}:${v}`, {
            answer: text ?? responseText(next),
            answeredAt: next.updated_at,
          }),
        ]),
      );
    },
  );

  actionRoute(
    r,
    'merge',
    'mergeProposal',
    'Merge a proposal into another of the same kind; both senders are told by e-mail',
    'The merged proposal points to the one it joined (`mergedInto`), which lists it (`mergedFrom`). The target must be in your scope too, and neither merged itself nor the proposal being merged into something with proposals merged into it.',
    MergeProposalInput,
    async (c) => {
      const { db } = deps(c);
      const input = await readJson(c, MergeProposalInput);
      const row = await proposalInScope(c);
      const into = (message: string, code = 'invalid_merge') =>
        validationProblem([{ path: ['into'], code, message }]);
      if (input.into === row.id) throw into('A proposal cannot be merged into itself.');
      const target = await getAnyProposalRow(db.kysely, input.into);
      if (!target) throw into('No proposal has this id.', 'unknown_reference');
      if (target.kind !== row.kind)
        throw into('Merge an agenda topic into an agenda topic, a written proposal into a written proposal.');
      if (!(await mayDecide(db.kysely, actorOf(c), target))) throw forbidden('the proposal to merge into');
      if (target.status === 'merged')
        throw new ProblemError(409, 'conflict', {
          detail: 'That proposal was itself merged into another: merge into that one instead.',
        });
      const children = await db.kysely
        .selectFrom('proposals')
        .select('id')
        .where('merged_into', '=', row.id)
        .executeTakeFirst();
      if (children)
        throw new ProblemError(409, 'conflict', {
          detail: 'Other proposals were merged into this one: merge the others into the new target first.',
        });
      const text = input.answer ?? null;
      return decide(
        c,
        row,
        input.basedOn,
        { action: 'merge', status: 'merged', text, mergedInto: target.id },
        async (next, _v, trx) => {
          // The proposal merged into is taken up, if it was not yet: it is public from now on.
          let joined = target;
          if (target.status === 'received') {
            joined = { ...target, status: 'under_review', updated_at: next.updated_at };
            await trx
              .updateTable('proposals')
              .set({ status: joined.status, updated_at: joined.updated_at })
              .where('id', '=', target.id)
              .execute();
            await audit(
              trx,
              actorOf(c),
              'proposal.take_up',
              { type: target.kind, id: target.id },
              { status: { from: 'received', to: 'under_review' } },
              deps(c).now(),
            );
          }
          return Promise.all([
            answerMessage(trx, next, `proposal.answer:${next.id}:merged:${target.id}`, {
              answer: text,
              answeredAt: next.updated_at,
              mergedInto: refOf(joined),
            }),
            answerMessage(trx, joined, `proposal.answer:${target.id}:merged-from:${next.id}`, {
              answer: text ?? responseText(joined),
              answeredAt: next.updated_at,
              mergedFrom: refOf(next),
            }),
          ]);
        },
      );
    },
  );

  actionRoute(
    r,
    'decline',
    'declineProposal',
    'Decline a proposal with a reason from the list and a public answer; the sender is told by e-mail',
    'The reason code is kept for the committee and sent to the sender; the answer, in words, is public.',
    DeclineProposalInput,
    async (c) => {
      const input = await readJson(c, DeclineProposalInput);
      const row = await proposalInScope(c);
      return decide(
        c,
        row,
        input.basedOn,
        { action: 'decline', status: 'declined', text: input.answer, reason: input.reason },
        (next, v, trx) =>
          Promise.all([
            answerMessage(trx, next, `proposal.answer:${next.id}:${v}`, {
              answer: input.answer,
              answeredAt: next.updated_at,
              reason: input.reason,
            }),
          ]),
      );
    },
  );

  actionRoute(
    r,
    'answer',
    'answerProposal',
    'Write the public answer the widgets show; the earlier one stays in the history with its time',
    'A proposal not yet decided (received, under review) becomes `answered`; a decided one keeps its status (a declined one its reason, a merged one its merge). The sender is told by e-mail.',
    AnswerProposalInput,
    async (c) => {
      const { db } = deps(c);
      const input = await readJson(c, AnswerProposalInput);
      const row = await proposalInScope(c);
      const undecided = row.status === 'received' || row.status === 'under_review';
      const status = (undecided ? 'answered' : row.status) as ProposalStatus;
      const previous = (await listAnswerRows(db.kysely, row.id)).at(-1);
      const reason = status === 'declined' ? ((previous?.reason as AnswerEntry['reason']) ?? null) : null;
      return decide(
        c,
        row,
        input.basedOn,
        { action: 'answer', status, text: input.answer, reason, mergedInto: row.merged_into ?? null },
        (next, v, trx) =>
          Promise.all([
            answerMessage(trx, next, `proposal.answer:${next.id}:${v}`, {
              answer: input.answer,
              answeredAt: next.updated_at,
              reason,
            }),
          ]),
      );
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/proposal-answers/{id}',
      operationId: 'listProposalAnswers',
      summary:
        "Every version of a proposal's public answer, oldest first, each with the time the committee gave it",
      description:
        'Answers are never changed nor removed: a new answer is a new version, and the public lists show the latest. Who answered and the decline reason code stay with the committee.',
      tag: 'Participation',
      access: 'public',
      response: { status: 200, description: 'The versions.', schema: PublicProposalAnswers },
      errors: [404],
      cache: 'revision',
    },
    async (c) => {
      const { db, config } = deps(c);
      const row = await getAnyProposalRow(db.kysely, idParam(c));
      // Hidden as the public lists hide it: not yet taken up, under moderation.
      if (!row || (config.proposalsPublic === 'after_review' && row.status === 'received'))
        throw new ProblemError(404, 'not-found');
      const items = (await listAnswerRows(db.kysely, row.id)).map((a) => {
        const { reason: _r, answeredBy: _b, ...pub } = toAnswer(a);
        return pub;
      });
      return c.json({ items });
    },
  );
}

/** The public answer a proposal shows now, if any. */
function responseText(row: Row): LocalizedText | null {
  return row.response ? (JSON.parse(row.response) as { text: LocalizedText }).text : null;
}
