import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { openDatabase } from './db/index.js';
import { acceptInvitation, findInvitation } from './store/accounts.js';
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
    expect(() => cli('token', 'create', '--role', 'mechanism', '--scope', 'puebla')).toThrow(/mechanism id/);
    expect(cli('token', 'create', '--role', 'mechanism', '--scope', 'crm', '--label', 'CRM')).toContain(
      '(mechanism, crm)',
    );
  });

  test('user invite prints a one-time link (stored hashed); user list and user disable', async () => {
    const out = cli(
      'user',
      'invite',
      '--email',
      'Marie.Joseph@Example.org',
      '--role',
      'country',
      '--scope',
      'HT',
    );
    const link = /\n\n(\S+\/console\/#\/invite\/([A-Za-z0-9_-]{43}))\n/.exec(out);
    expect(link?.[1]).toMatch(/^http:\/\/localhost:\d+\/console\/#\/invite\//);
    expect(out).toContain('marie.joseph@example.org (country, HT)');
    const db = await openDatabase(env.DATABASE_URL);
    const rows = await db.kysely.selectFrom('invitations').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(link?.[2]);
    expect(rows[0]?.hash).toBe(sha256(link?.[2] as string));
    // Accepted (as the console would), the person is listed with their roles.
    const open = await findInvitation(db.kysely, link?.[2] as string, new Date());
    await acceptInvitation(
      db.kysely,
      open as NonNullable<typeof open>,
      { name: 'Marie Joseph', locale: 'ht', passwordHash: 'scrypt$unused' },
      new Date(),
    );
    await db.close();
    expect(cli('user', 'list')).toMatch(
      /^marie\.joseph@example\.org\tMarie Joseph\tcountry:HT\tlast sign-in never\tactive$/m,
    );
    expect(() =>
      cli('user', 'invite', '--email', 'a@example.org', '--role', 'country', '--scope', 'Haiti'),
    ).toThrow(/country code/);
    expect(() => cli('user', 'invite', '--email', 'not an email', '--role', 'secretariat')).toThrow(/email/);
    expect(cli('user', 'disable', 'Marie.Joseph@example.org')).toContain('Disabled marie.joseph@example.org');
    expect(cli('user', 'list')).toMatch(/\tdisabled \d{4}-/);
    expect(cli('user', 'disable', 'marie.joseph@example.org')).toContain('No active account');
  });

  test('purge reports what it erased', () => {
    expect(cli('purge')).toMatch(/Erased personal data of \d+ registrations and \d+ proposals/);
  });
});
