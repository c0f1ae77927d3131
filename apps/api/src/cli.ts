import { parseArgs } from 'node:util';
import { Role } from '@lad/sdk';
import * as z from 'zod/mini';
import { loadConfig } from './config.js';
import { migrate, openDatabase } from './db/index.js';
import { seed } from './seed/index.js';
import { disableAccount, inviteUser, listAccounts, scopeProblem } from './store/accounts.js';
import { purgePersonalData } from './store/participation.js';
import { createToken, listTokens, revokeToken, TOKEN_DAYS } from './store/tokens.js';

const USAGE = `Usage:
  pnpm --filter @lad/api seed [--no-demo]      check the reference data and the public record (demo set added once)
  pnpm --filter @lad/api purge                 erase personal data past its retention period
  pnpm --filter @lad/api token create --role secretariat|committee|country|mechanism [--scope <action package id | country code | mechanism id>] [--label <text>] [--expires-in <days, default 90, at most 730>]
  pnpm --filter @lad/api token list
  pnpm --filter @lad/api token revoke <token id>
  pnpm --filter @lad/api user invite --email <address> --role secretariat|committee|country|mechanism [--scope <action package id | country code | mechanism id>] [--name <text>]
  pnpm --filter @lad/api user list
  pnpm --filter @lad/api user disable <email>
The database is DATABASE_URL (default: data/lad.sqlite at the repository root).`;

async function main(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      scope: { type: 'string' },
      label: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      'expires-in': { type: 'string' },
      'no-demo': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, sub, arg] = positionals;
  if (!command || values.help) {
    console.log(USAGE);
    return;
  }
  const db = await openDatabase(loadConfig().databaseUrl);
  try {
    await migrate(db);
    const now = new Date();
    if (command === 'seed') {
      const { demo, report } = await seed(db.kysely, { demo: !values['no-demo'], now });
      console.log(
        `Reference data checked in ${db.label}: ${report.created} added, ${report.updated} updated, ${report.unchanged} unchanged${demo ? '; demo data set added' : ''}.`,
      );
      for (const s of report.skipped)
        console.log(`  kept an operator's ${s.reason === 'removed' ? 'removal' : 'edit'}: ${s.kind} ${s.id}`);
    } else if (command === 'purge') {
      const result = await purgePersonalData(db.kysely, now);
      console.log(
        `Erased personal data of ${result.registrations} registrations and ${result.proposals} proposals past retention.`,
      );
    } else if (command === 'token' && sub === 'create') {
      const role = z.safeParse(Role, values.role);
      if (!role.success) throw new Error('--role must be secretariat, committee, country or mechanism.');
      const scope = values.scope ?? null;
      const problem = await scopeProblem(db.kysely, role.data, scope, 'token');
      if (problem) throw new Error(problem);
      const days = values['expires-in'] === undefined ? TOKEN_DAYS.default : Number(values['expires-in']);
      if (!Number.isInteger(days) || days < 1 || days > TOKEN_DAYS.max)
        throw new Error(`--expires-in takes a number of days from 1 to ${TOKEN_DAYS.max}.`);
      const { id, token, expiresAt } = await createToken(
        db.kysely,
        role.data,
        scope,
        values.label ?? null,
        now,
        { days },
      );
      console.log(
        `Token ${id} (${role.data}${scope ? `, ${scope}` : ''}), valid until ${expiresAt}. Copy it now; it is not stored and cannot be shown again:\n\n${token}\n`,
      );
    } else if (command === 'token' && sub === 'list') {
      for (const t of await listTokens(db.kysely)) {
        console.log(
          [
            t.id,
            t.role,
            t.scope ?? '-',
            t.label ?? '-',
            t.created_at,
            t.revoked_at
              ? `revoked ${t.revoked_at}`
              : t.expires_at && t.expires_at <= now.toISOString()
                ? `expired ${t.expires_at}`
                : `active until ${t.expires_at ?? '-'}`,
            `last used ${t.last_used_at ?? 'never'}`,
          ].join('\t'),
        );
      }
    } else if (command === 'token' && sub === 'revoke' && arg) {
      console.log((await revokeToken(db.kysely, arg, now)) ? `Revoked ${arg}.` : `No token ${arg}.`);
    } else if (command === 'user' && sub === 'invite') {
      const role = z.safeParse(Role, values.role);
      if (!role.success) throw new Error('--role must be secretariat, committee, country or mechanism.');
      if (!values.email) throw new Error('--email is needed: the address of the person invited.');
      const config = loadConfig();
      const { link, expiresAt } = await inviteUser(
        db.kysely,
        { email: values.email, role: role.data, scope: values.scope ?? null, name: values.name ?? null },
        now,
        { publicUrl: config.publicUrl },
      );
      console.log(
        `Invitation for ${values.email.trim().toLowerCase()} (${role.data}${values.scope ? `, ${values.scope}` : ''}), valid until ${expiresAt}. Send this link to that person alone; it works once and is not stored:\n\n${link}\n`,
      );
      if (!config.publicUrlSet)
        console.log(
          'LAD_PUBLIC_URL is not set: the link points at this machine. Set it to where the console is served.',
        );
    } else if (command === 'user' && sub === 'list') {
      for (const a of await listAccounts(db.kysely)) {
        console.log(
          [
            a.email,
            a.name,
            a.roles.map((p) => (p.scope ? `${p.role}:${p.scope}` : p.role)).join(',') || '-',
            `last sign-in ${a.last_sign_in_at ?? 'never'}`,
            a.disabled_at ? `disabled ${a.disabled_at}` : 'active',
          ].join('\t'),
        );
      }
    } else if (command === 'user' && sub === 'disable' && arg) {
      console.log(
        (await disableAccount(db.kysely, arg, now))
          ? `Disabled ${arg.trim().toLowerCase()}; its sessions have ended.`
          : `No active account ${arg}.`,
      );
    } else {
      console.log(USAGE);
      process.exitCode = 2;
    }
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
