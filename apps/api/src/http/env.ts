import type { Role } from '@lad/sdk';
import type { Config } from '../config.js';
import type { Db } from '../db/index.js';

/** Who is calling a curation route. */
export interface Actor {
  tokenId: string;
  role: Role;
  /** Action-package id (`committee`) or country code (`country`); `null` for the secretariat. */
  scope: string | null;
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
  };
};
