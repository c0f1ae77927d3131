import type { Committee } from '@lad/sdk';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import type { EventRow } from '../store/events.js';
import { getReference, listReference } from '../store/reference.js';
import type { Actor } from './env.js';
import { ProblemError } from './problem.js';

// What each curation role may touch: the secretariat everything; a committee token the
// commitments, events and proposals of its action package; a country token its country's; a
// regional mechanism's officer the commitments her mechanism shares and the mechanism's own
// events.

/** What scope checks read of a commitment (`mechanisms` absent reads as none). */
export interface CommitmentScope {
  country: string;
  actionPackages: readonly string[];
  mechanisms?: readonly string[] | undefined;
}

export function canTouchCommitment(actor: Actor, c: CommitmentScope): boolean {
  if (actor.role === 'secretariat') return true;
  if (actor.role === 'country') return c.country === actor.scope;
  if (actor.role === 'mechanism') return actor.scope !== null && (c.mechanisms ?? []).includes(actor.scope);
  return actor.scope !== null && c.actionPackages.includes(actor.scope);
}

/**
 * Whether `actor` may touch an indicator: one of a commitment in scope (and then with no
 * country, or that commitment's), or — a country token — one of its own country with no
 * commitment. `commitment` is the indicator's commitment as stored (`undefined`: none found).
 * A token never gives an indicator a country it does not own.
 */
export function canTouchIndicator(
  actor: Actor,
  indicator: { commitmentId?: string | null | undefined; country?: string | null | undefined },
  commitment: CommitmentScope | undefined,
): boolean {
  if (actor.role === 'secretariat') return true;
  const country = indicator.country ?? null;
  if (indicator.commitmentId)
    return (
      commitment !== undefined &&
      canTouchCommitment(actor, commitment) &&
      (country === null || country === commitment.country)
    );
  return actor.role === 'country' && country === actor.scope;
}

async function committeePackage(db: Kysely<Database>, committeeId: string | null): Promise<string | null> {
  if (!committeeId) return null;
  return (await getReference<Committee>(db, 'committee', committeeId))?.actionPackageId ?? null;
}

/**
 * Whether `actor` may touch an event: a country's, a committee's (by its action package), or —
 * for a mechanism officer — one whose `mechanism` is hers. Every route that reads or changes an
 * event in scope calls this (`mechanism` absent reads as none).
 */
export async function canTouchEvent(
  db: Kysely<Database>,
  actor: Actor,
  event: Pick<EventRow, 'country' | 'committee_id'> & { mechanism?: string | null | undefined },
): Promise<boolean> {
  if (actor.role === 'secretariat') return true;
  if (actor.role === 'country') return event.country === actor.scope;
  if (actor.role === 'mechanism') return !!event.mechanism && event.mechanism === actor.scope;
  return (await committeePackage(db, event.committee_id)) === actor.scope;
}

export async function canTouchCommittee(
  db: Kysely<Database>,
  actor: Actor,
  committeeId: string,
): Promise<boolean> {
  if (actor.role === 'secretariat') return true;
  if (actor.role === 'country' || actor.role === 'mechanism') return false;
  return (await committeePackage(db, committeeId)) === actor.scope;
}

/** Ids of the events a token may see registrations and topics of (`all` for the secretariat). */
export async function eventsInScope(db: Kysely<Database>, actor: Actor): Promise<string[] | 'all'> {
  if (actor.role === 'secretariat') return 'all';
  if (actor.role === 'country') {
    const rows = await db.selectFrom('events').select('id').where('country', '=', actor.scope).execute();
    return rows.map((r) => r.id);
  }
  if (actor.role === 'mechanism') {
    if (!actor.scope) return [];
    const rows = await db.selectFrom('events').select('id').where('mechanism', '=', actor.scope).execute();
    return rows.map((r) => r.id);
  }
  const committees = (await listReference<Committee>(db, 'committee'))
    .filter((c) => c.actionPackageId === actor.scope)
    .map((c) => c.id);
  if (!committees.length) return [];
  const rows = await db.selectFrom('events').select('id').where('committee_id', 'in', committees).execute();
  return rows.map((r) => r.id);
}

/** Committees a token may see proposals of. */
export async function committeesInScope(db: Kysely<Database>, actor: Actor): Promise<string[] | 'all'> {
  if (actor.role === 'secretariat') return 'all';
  if (actor.role === 'country' || actor.role === 'mechanism') return [];
  return (await listReference<Committee>(db, 'committee'))
    .filter((c) => c.actionPackageId === actor.scope)
    .map((c) => c.id);
}

/** Where a record belongs, in the terms of the roles' scopes. */
export interface Placement {
  country: string | null;
  actionPackages: readonly string[];
  /** The action package of the committee an event belongs to. */
  committeePackage: string | null;
  /** The regional mechanisms a commitment is shared with; an event's own mechanism. */
  mechanisms: readonly string[];
}

const nowhere: Placement = { country: null, actionPackages: [], committeePackage: null, mechanisms: [] };
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x)) && b.every((x) => a.includes(x));

/** Entries in one list and not the other. */
const changedIn = (a: readonly string[], b: readonly string[]) => [
  ...a.filter((x) => !b.includes(x)),
  ...b.filter((x) => !a.includes(x)),
];

/**
 * True when `actor` may place a record at `after`, coming from `before` (`null` for a new
 * record). A token sets only the scope fields it owns and leaves the others as they were: a
 * country token its country — it cannot tie a record to an action package, a committee or a
 * regional mechanism, which would hand it to them —; a committee token its action package — it
 * cannot give a record a country or a mechanism; a mechanism officer her mechanism — on a
 * commitment it stays (she cannot move a commitment out of her mechanism's set), on a new event
 * it is the event's — and nothing else. Anything else needs the secretariat.
 */
export function mayPlace(actor: Actor, before: Placement | null, after: Placement): boolean {
  if (actor.role === 'secretariat') return true;
  const was = before ?? nowhere;
  const own = (p: string | null) => p === actor.scope;
  const sameMechanisms = sameSet(after.mechanisms, was.mechanisms);
  if (actor.role === 'country') {
    return (
      after.country === actor.scope &&
      sameSet(after.actionPackages, was.actionPackages) &&
      after.committeePackage === was.committeePackage &&
      sameMechanisms
    );
  }
  if (actor.role === 'mechanism') {
    return (
      after.country === was.country &&
      sameSet(after.actionPackages, was.actionPackages) &&
      after.committeePackage === was.committeePackage &&
      after.mechanisms.some(own) &&
      changedIn(after.mechanisms, was.mechanisms).every(own)
    );
  }
  return (
    after.country === was.country &&
    changedIn(after.actionPackages, was.actionPackages).every(own) &&
    (after.committeePackage === was.committeePackage || own(after.committeePackage)) &&
    sameMechanisms
  );
}

/** A commitment's placement. */
export const commitmentPlacement = (c: CommitmentScope): Placement => ({
  country: c.country,
  actionPackages: c.actionPackages,
  committeePackage: null,
  mechanisms: c.mechanisms ?? [],
});

/** An event's placement (its committee's action package looked up; `mechanism` absent reads as none). */
export async function eventPlacement(
  db: Kysely<Database>,
  e: { country: string | null; committeeId: string | null; mechanism?: string | null | undefined },
): Promise<Placement> {
  return {
    country: e.country,
    actionPackages: [],
    committeePackage: await committeePackage(db, e.committeeId),
    mechanisms: e.mechanism ? [e.mechanism] : [],
  };
}

export const forbidden = (what: string) =>
  new ProblemError(403, 'forbidden', {
    detail: `The scope you act in (your token's or your role's) does not include ${what}.`,
  });
