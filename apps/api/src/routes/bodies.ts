import {
  CommitteeMember,
  CommitteeMemberInput,
  CommitteeRoster,
  type DetailConsents,
  MechanismPatch,
  RegionalMechanism,
  SecretariatSeat,
  SecretariatSeatInput,
} from '@lad/sdk';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import type { Registry } from '../http/registry.js';
import { canTouchCommittee, forbidden } from '../http/scope.js';
import { check, idParam, readJson } from '../http/validate.js';
import { audit, diff } from '../store/audit.js';
import {
  appendReference,
  consentsWithoutHow,
  detailsFrom,
  listSeats,
  lockReference,
  memberChanges,
  membersOf,
  newMemberId,
  patchMechanism,
  type StoredCommittee,
  type StoredSeat,
  seatFrom,
  seatOf,
  writeReference,
} from '../store/bodies.js';
import { getReference } from '../store/reference.js';
import { actorOf, change, deps, List } from './shared.js';

// Bodies and people (R1, R4, R12): a committee's coordinators and CSO representatives, the
// technical secretariat's members and CSO seats, and the regional mechanisms' membership.
//
// Every detail of a person (name, organisation, email, phone, country, languages) has its own
// recorded consent to publish it — given or not, on which day, how, recorded when and by whom —
// and the public answers (`GET /v1/committees`, `GET /v1/secretariat`) carry a detail only with
// it (store/bodies.ts makes them). The audit log records who changed what: for a detail only
// whether it had a value before and after, never the value; each consent that changed.

const MAX_COMMITTEE_MEMBERS = 20;
const MAX_SECRETARIAT = 60;

const tooMany = (max: number) =>
  new ProblemError(422, 'validation-failed', {
    errors: [{ path: [], code: 'too_many', message: `At most ${max} members.` }],
  });

/** 422 when a consent given (new or changed) does not say how it was given. */
function assertHow(m: { consent: DetailConsents }) {
  const missing = consentsWithoutHow(m);
  if (missing.length)
    throw new ProblemError(422, 'validation-failed', {
      errors: missing.map((d) => ({
        path: ['consent', d, 'how'],
        code: 'consent_how_required',
        message: 'Say how the person gave their consent.',
      })),
    });
}

const EDITORS = ['secretariat', 'committee'] as const;

/** The committee of the path: 404 when there is none, 403 outside the caller's scope. */
async function committeeInScope(c: Context<AppEnv>): Promise<StoredCommittee> {
  const { db } = deps(c);
  const committee = await getReference<StoredCommittee>(db.kysely, 'committee', idParam(c));
  if (!committee) throw new ProblemError(404, 'not-found');
  if (!(await canTouchCommittee(db.kysely, actorOf(c), committee.id))) throw forbidden('this committee');
  return committee;
}

const roster = (committee: StoredCommittee): CommitteeRoster => ({
  committeeId: committee.id,
  actionPackageId: committee.actionPackageId,
  name: committee.name,
  members: membersOf(committee),
});

/** A committee's record with `members` in place of the older single contacts. */
const withMembers = (committee: StoredCommittee, members: CommitteeMember[]): StoredCommittee => ({
  ...committee,
  coordinator: null,
  csoRepresentative: null,
  members,
});

export function registerBodies(r: Registry): void {
  const committeeDoc =
    'The secretariat, or the committee coordinator whose scope is this committee’s action package. Each detail is published (in `GET /v1/committees` and the directory widget) only with its consent given; the audit log keeps which details and consents changed, never their values.';

  r.add(
    {
      method: 'get',
      path: '/v1/committees/{id}/members',
      operationId: 'getCommitteeRoster',
      summary:
        'A committee’s coordinators and CSO representatives, every detail with its recorded consent (R4)',
      description: committeeDoc,
      tag: 'Curation',
      access: EDITORS,
      response: { status: 200, description: 'The committee and its members.', schema: CommitteeRoster },
      errors: [401, 403, 404],
      cache: 'none',
    },
    async (c) => {
      return c.json(roster(await committeeInScope(c)));
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/committees/{id}/members',
      operationId: 'addCommitteeMember',
      summary: 'Add a coordinator or CSO representative to a committee, with consent to publish each detail',
      description: `${committeeDoc} A consent left out is not given; a given one must say \`how\`; \`on\` is today unless said.`,
      tag: 'Curation',
      access: EDITORS,
      body: { schema: CommitteeMemberInput, contentType: 'application/json' },
      response: { status: 201, description: 'Added.', schema: CommitteeMember },
      errors: [400, 401, 403, 404, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { now } = deps(c);
      const { id } = await committeeInScope(c);
      const input = await readJson(c, CommitteeMemberInput);
      const actor = actorOf(c);
      const member = await change(c, async (trx) => {
        const committee = (await lockReference<StoredCommittee>(trx, 'committee', id)) as StoredCommittee;
        const members = membersOf(committee);
        if (members.length >= MAX_COMMITTEE_MEMBERS) throw tooMany(MAX_COMMITTEE_MEMBERS);
        const added: CommitteeMember = {
          id: newMemberId(),
          role: input.role,
          ...detailsFrom(input, null, actor, now()),
        };
        assertHow(added);
        await writeReference(trx, 'committee', id, withMembers(committee, [...members, added]));
        await audit(
          trx,
          actor,
          'committee.member.add',
          { type: 'committee', id },
          { member: { from: null, to: added.id }, ...memberChanges(null, added) },
          now(),
        );
        return added;
      });
      return c.json(member, 201);
    },
  );

  r.add(
    {
      method: 'put',
      path: '/v1/committees/{id}/members/{memberId}',
      operationId: 'updateCommitteeMember',
      summary: 'Replace a committee member’s details and consents',
      description: `${committeeDoc} The member is replaced: a consent left out is withdrawn. A consent sent as it was keeps when and by whom it was recorded.`,
      tag: 'Curation',
      access: EDITORS,
      body: { schema: CommitteeMemberInput, contentType: 'application/json' },
      response: { status: 200, description: 'Saved.', schema: CommitteeMember },
      errors: [400, 401, 403, 404, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { now } = deps(c);
      const { id } = await committeeInScope(c);
      const memberId = idParam(c, 'memberId');
      const input = await readJson(c, CommitteeMemberInput);
      const actor = actorOf(c);
      const member = await change(c, async (trx) => {
        const committee = (await lockReference<StoredCommittee>(trx, 'committee', id)) as StoredCommittee;
        const members = membersOf(committee);
        const before = members.find((m) => m.id === memberId);
        if (!before) throw new ProblemError(404, 'not-found');
        const after: CommitteeMember = {
          id: before.id,
          role: input.role,
          ...detailsFrom(input, before, actor, now()),
        };
        assertHow(after);
        const changes = memberChanges(before, after);
        if (!Object.keys(changes).length) return before;
        await writeReference(
          trx,
          'committee',
          id,
          withMembers(
            committee,
            members.map((m) => (m.id === memberId ? after : m)),
          ),
        );
        await audit(
          trx,
          actor,
          'committee.member.update',
          { type: 'committee', id },
          { member: { from: memberId, to: memberId }, ...changes },
          now(),
        );
        return after;
      });
      return c.json(member);
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/committees/{id}/members/{memberId}/remove',
      operationId: 'removeCommitteeMember',
      summary: 'Take a member off a committee (their details go with them)',
      description: committeeDoc,
      tag: 'Curation',
      access: EDITORS,
      response: {
        status: 200,
        description: 'The committee and the members that remain.',
        schema: CommitteeRoster,
      },
      errors: [401, 403, 404],
      cache: 'none',
    },
    async (c) => {
      const { now } = deps(c);
      const { id } = await committeeInScope(c);
      const memberId = idParam(c, 'memberId');
      const actor = actorOf(c);
      const after = await change(c, async (trx) => {
        const committee = (await lockReference<StoredCommittee>(trx, 'committee', id)) as StoredCommittee;
        const members = membersOf(committee);
        const before = members.find((m) => m.id === memberId);
        if (!before) throw new ProblemError(404, 'not-found');
        const next = withMembers(
          committee,
          members.filter((m) => m.id !== memberId),
        );
        await writeReference(trx, 'committee', id, next);
        await audit(
          trx,
          actor,
          'committee.member.remove',
          { type: 'committee', id },
          { member: { from: memberId, to: null }, ...memberChanges(before, null) },
          now(),
        );
        return next;
      });
      return c.json(roster(after));
    },
  );

  const SECRETARIAT = ['secretariat'] as const;
  const seatDoc =
    'The secretariat only. A member is listed in `GET /v1/secretariat` once they consented to publish their name and organisation; each other detail only with its own consent. The audit log keeps which details and consents changed, never their values.';

  r.add(
    {
      method: 'get',
      path: '/v1/secretariat/members',
      operationId: 'listSecretariatSeats',
      summary: 'Members of the technical secretariat, CSO seats included, every detail with its consent (R1)',
      description: seatDoc,
      tag: 'Curation',
      access: SECRETARIAT,
      response: { status: 200, description: 'The members.', schema: List(SecretariatSeat) },
      errors: [401, 403],
      cache: 'none',
    },
    async (c) => c.json({ items: await listSeats(deps(c).db.kysely) }),
  );

  r.add(
    {
      method: 'post',
      path: '/v1/secretariat/members',
      operationId: 'addSecretariatSeat',
      summary: 'Add a member of the technical secretariat (a CSO seat or not)',
      description: seatDoc,
      tag: 'Curation',
      access: SECRETARIAT,
      body: { schema: SecretariatSeatInput, contentType: 'application/json' },
      response: { status: 201, description: 'Added.', schema: SecretariatSeat },
      errors: [400, 401, 403, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { now } = deps(c);
      const input = await readJson(c, SecretariatSeatInput);
      const actor = actorOf(c);
      const seat = await change(c, async (trx) => {
        if ((await listSeats(trx)).length >= MAX_SECRETARIAT) throw tooMany(MAX_SECRETARIAT);
        const seat = seatFrom(newMemberId(), input, null, actor, now());
        assertHow(seat);
        await appendReference(trx, 'secretariat', seat.id, seat);
        await audit(
          trx,
          actor,
          'secretariat.member.add',
          { type: 'secretariat', id: seat.id },
          memberChanges(null, seat),
          now(),
        );
        return seat;
      });
      return c.json(seat, 201);
    },
  );

  r.add(
    {
      method: 'put',
      path: '/v1/secretariat/members/{id}',
      operationId: 'updateSecretariatSeat',
      summary: 'Replace a secretariat member’s details and consents',
      description: `${seatDoc} A consent left out is withdrawn; one sent as it was keeps when and by whom it was recorded.`,
      tag: 'Curation',
      access: SECRETARIAT,
      body: { schema: SecretariatSeatInput, contentType: 'application/json' },
      response: { status: 200, description: 'Saved.', schema: SecretariatSeat },
      errors: [400, 401, 403, 404, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { now } = deps(c);
      const id = idParam(c);
      if (!(await getReference(deps(c).db.kysely, 'secretariat', id)))
        throw new ProblemError(404, 'not-found');
      const input = await readJson(c, SecretariatSeatInput);
      const actor = actorOf(c);
      const seat = await change(c, async (trx) => {
        const stored = await lockReference<StoredSeat>(trx, 'secretariat', id);
        if (!stored) throw new ProblemError(404, 'not-found');
        const before = seatOf(stored);
        const after = seatFrom(id, input, before, actor, now());
        assertHow(after);
        const changes = memberChanges(before, after);
        if (!Object.keys(changes).length) return before;
        await writeReference(trx, 'secretariat', id, after);
        await audit(trx, actor, 'secretariat.member.update', { type: 'secretariat', id }, changes, now());
        return after;
      });
      return c.json(seat);
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/secretariat/members/{id}/remove',
      operationId: 'removeSecretariatSeat',
      summary: 'Remove a member of the technical secretariat (their details go with them)',
      description: seatDoc,
      tag: 'Curation',
      access: SECRETARIAT,
      response: { status: 200, description: 'The members that remain.', schema: List(SecretariatSeat) },
      errors: [401, 403, 404],
      cache: 'none',
    },
    async (c) => {
      const { now } = deps(c);
      const id = idParam(c);
      const actor = actorOf(c);
      const items = await change(c, async (trx) => {
        const stored = await lockReference<StoredSeat>(trx, 'secretariat', id);
        if (!stored) throw new ProblemError(404, 'not-found');
        await trx.deleteFrom('reference').where('kind', '=', 'secretariat').where('id', '=', id).execute();
        await audit(
          trx,
          actor,
          'secretariat.member.remove',
          { type: 'secretariat', id },
          memberChanges(seatOf(stored), null),
          now(),
        );
        return listSeats(trx);
      });
      return c.json({ items });
    },
  );

  r.add(
    {
      method: 'patch',
      path: '/v1/mechanisms/{id}',
      operationId: 'updateMechanism',
      summary: 'Change a regional mechanism’s members, associates or note (R12)',
      description:
        'The secretariat only. Fields left out stay as they are; `membersAsOf: null` says the list is current. Which commitments a mechanism shares is set on each commitment (`mechanisms` in `PATCH /v1/commitments/{id}`), and `GET /v1/commitments?mechanism={id}` lists them. A mechanism edited here is the operators’: a later seed leaves it as it is.',
      tag: 'Curation',
      access: SECRETARIAT,
      body: { schema: MechanismPatch, contentType: 'application/json' },
      response: { status: 200, description: 'The mechanism as saved.', schema: RegionalMechanism },
      errors: [400, 401, 403, 404, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { now } = deps(c);
      const id = idParam(c);
      if (!(await getReference(deps(c).db.kysely, 'mechanism', id))) throw new ProblemError(404, 'not-found');
      const patch = await readJson(c, MechanismPatch);
      const actor = actorOf(c);
      const saved = await change(c, async (trx) => {
        const before = await lockReference<RegionalMechanism>(trx, 'mechanism', id);
        if (!before) throw new ProblemError(404, 'not-found');
        const after = check(RegionalMechanism, patchMechanism(before, patch));
        const changes = diff(
          before as unknown as Record<string, unknown>,
          after as unknown as Record<string, unknown>,
        );
        if (!Object.keys(changes).length) return before;
        await writeReference(trx, 'mechanism', id, after);
        await audit(trx, actor, 'mechanism.update', { type: 'mechanism', id }, changes, now());
        return after;
      });
      return c.json(saved);
    },
  );
}
