import type { Role } from '@lad/sdk';
import type { Config } from '../config.js';
import type { Db } from '../db/index.js';
import type { Session } from '../store/accounts.js';

/** Who is calling a curation route: a bearer token, or a person signed in to the console. */
export interface Actor {
  /** The token used; `null` for a person. */
  tokenId: string | null;
  /** The person, acting in one of their roles; `null` for a token. */
  accountId: string | null;
  role: Role;
  /** Action-package id (`committee`) or country code (`country`); `null` for the secretariat. */
  scope: string | null;
  /** The token's label, or the person's name. */
  label: string | null;
}

/** What every handler needs. */
export interface Deps {
  db: Db;
  config: Config;
  /** The clock (tests move it). */
  now: () => Date;
  /** A secret for hashing client addresses and emails in rate-limit buckets. */
  secret: string;
  log: (level: 'info' | 'error', fields: Record<string, unknown>) => void;
}

export type AppEnv = {
  Variables: {
    deps: Deps;
    actor: Actor | undefined;
    /** The console session the request came with, once checked. */
    session: Session | undefined;
  };
};
