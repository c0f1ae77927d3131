import { parseArgs } from 'node:util';
import { isCountryCode, Role } from '@lad/sdk';
import * as z from 'zod/mini';
import { loadConfig } from './config.js';
import { migrate, openDatabase } from './db/index.js';
import { seed } from './seed/index.js';
import { purgePersonalData } from './store/participation.js';
import { getReference } from './store/reference.js';
import { createToken, listTokens, revokeToken, TOKEN_DAYS } from './store/tokens.js';

const USAGE = `Usage:
  pnpm --filter @lad/api seed [--no-demo]      check the reference data and the public record (demo set added once)
  pnpm --filter @lad/api purge                 erase personal data past its retention period
  pnpm --filter @lad/api token create --role secretariat|committee|country [--scope <action package id | country code>] [--label <text>] [--expires-in <days, default 90, at most 730>]
  pnpm --filter @lad/api token list
  pnpm --filter @lad/api token revoke <token id>
The database is DATABASE_URL (default: data/lad.sqlite at the repository root).`;

async function main(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      scope: { type: 'string' },
      label: { type: 'string' },
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
      if (!role.success) throw new Error('--role must be secretariat, committee or country.');
      const scope = values.scope ?? null;
      if (role.data === 'secretariat' && scope) throw new Error('A secretariat token has no scope.');
      if (role.data === 'country' && !(scope && isCountryCode(scope)))
        throw new Error('A country token needs --scope <ISO country code>, e.g. HT.');
      if (role.data === 'committee' && !(scope && (await getReference(db.kysely, 'action_package', scope)))) {
        throw new Error('A committee token needs --scope <action package id>; see GET /v1/action-packages.');
      }
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
