import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { openDatabase } from './db/index.js';
import { findActor } from './store/tokens.js';
import { sha256 } from './store/util.js';

// The operator commands, run as an operator runs them (the built CLI; `pnpm test` builds first).
const dir = mkdtempSync(join(tmpdir(), 'lad-cli-'));
const env = { ...process.env, DATABASE_URL: `file:${join(dir, 'lad.sqlite')}` };
const cli = (...args: string[]) =>
  execFileSync(process.execPath, [new URL('../dist/cli.js', import.meta.url).pathname, ...args], {
    env,
    encoding: 'utf8',
  });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pnpm --filter @lad/api …', () => {
  test('seed, then token create: the token is shown once and stored only hashed', async () => {
    expect(cli('seed')).toMatch(
      /Reference data checked in .*: \d+ added, 0 updated, 0 unchanged; demo data set added\./,
    );
    // Again: nothing to add, the demo set is not added twice.
    expect(cli('seed')).toMatch(/: 0 added, 0 updated, \d+ unchanged\.$/m);
    const out = cli(
      'token',
      'create',
      '--role',
      'committee',
      '--scope',
      'labor-mobility',
      '--label',
      'Mexico lead',
    );
    const token = /\n\n(lad_\S+)\n/.exec(out)?.[1];
    expect(token).toBeDefined();
    const db = await openDatabase(env.DATABASE_URL);
    const rows = await db.kysely.selectFrom('tokens').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]?.hash).toBe(sha256(token as string));
    expect(await findActor(db.kysely, token as string, new Date())).toMatchObject({
      role: 'committee',
      scope: 'labor-mobility',
      label: 'Mexico lead',
    });
    await db.close();
    expect(cli('token', 'list')).toContain('labor-mobility');
  });

  test('a token needs a scope that exists', () => {
    expect(() => cli('token', 'create', '--role', 'committee', '--scope', 'invented')).toThrow(
      /action package/,
    );
    expect(() => cli('token', 'create', '--role', 'country', '--scope', 'Haiti')).toThrow(/country code/);
  });

  test('purge reports what it erased', () => {
    expect(cli('purge')).toMatch(/Erased personal data of \d+ registrations and \d+ proposals/);
  });
});
