import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { loadConfig } from './config.js';
import { migrate, openDatabase } from './db/index.js';
import { jsonLog, makeDeps } from './deps.js';
import { createApp } from './http/app.js';
import type { AppEnv } from './http/env.js';
import { settleImportJobs } from './imports/jobs.js';
import { startMailWorker } from './mail/worker.js';
import { isEmpty, seed } from './seed/index.js';
import { sweepAuth } from './store/accounts.js';
import { recoverImportJobs } from './store/import-jobs.js';
import { purgeAddresses } from './store/outbox.js';
import { sweepExpired } from './store/rate-limit.js';

export interface StartOptions {
  /** Adds routes before the catch-all 404 (the widget files and the demo site). */
  extend?: (app: Hono<AppEnv>) => void;
  /** Called once the server listens, with how many people can sign in to the console. */
  onListen?: (url: string, info: { accounts: number }) => void;
}

/**
 * Opens the database (`DATABASE_URL`, default the SQLite file `data/lad.sqlite` at the
 * repository root), migrates it, reconciles the reference data (demo data on first start), and
 * serves the API on `PORT` (default 8787). Stops cleanly on Ctrl-C / SIGTERM.
 */
export async function start(options: StartOptions = {}) {
  const config = loadConfig();
  const db = await openDatabase(config.databaseUrl);
  await migrate(db);
  // An import job still running when the process stopped can never finish: it fails, saying to
  // start the import again. Jobs over a month old go.
  const jobs = await recoverImportJobs(db.kysely, new Date());
  if (jobs.interrupted || jobs.deleted)
    jsonLog('info', { msg: 'import jobs: interrupted ones failed, old ones deleted', ...jobs });
  // The reference data (facts and the public record) is reconciled at every start, so a new
  // release brings its corrections; what operators changed is kept and reported. Demo data is
  // added once, unless LAD_DEMO=false.
  const empty = await isEmpty(db.kysely);
  const { demo, report } = await seed(db.kysely, { demo: process.env.LAD_DEMO !== 'false' });
  jsonLog('info', {
    msg: empty ? 'empty database: reference data loaded' : 'reference data checked',
    database: db.label,
    demo,
    created: report.created,
    updated: report.updated,
    unchanged: report.unchanged,
    skipped: report.skipped.length,
  });
  for (const s of report.skipped)
    jsonLog('info', {
      msg: `kept an operator's ${s.reason === 'removed' ? 'removal' : 'edit'}; not seeded`,
      kind: s.kind,
      id: s.id,
    });
  const { n: accounts } = await db.kysely
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const deps = await makeDeps(db, config);
  const { app } = createApp(deps, options.extend);
  const sweeper = setInterval(() => {
    void sweepExpired(db.kysely, new Date()).catch(() => {});
    void sweepAuth(db.kysely, new Date()).catch(() => {});
    void purgeAddresses(db.kysely, new Date(), config.mailRetentionDays).catch(() => {});
  }, 10 * 60_000);
  sweeper.unref();
  // E-mail leaves from the outbox when SMTP_URL is set; without it, messages stay pending and
  // the console's outbox page shows them.
  const mail = startMailWorker(deps, { intervalMs: config.mailIntervalMs });
  jsonLog('info', {
    msg: mail ? 'e-mail: sending through SMTP' : 'e-mail: no SMTP_URL; messages kept in the outbox',
  });
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    const url = `http://localhost:${info.port}`;
    jsonLog('info', { msg: 'listening', url, database: db.label });
    options.onListen?.(url, { accounts: Number(accounts) });
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    clearInterval(sweeper);
    server.close(() => {
      // A running import job finishes its stage first (within the 3 s below; otherwise the next
      // start marks it interrupted).
      void Promise.all([settleImportJobs(deps), mail?.stop()])
        .then(() => db.close())
        .finally(() => process.exit(0));
    });
    // Idle keep-alive connections would hold close() open.
    (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    setTimeout(() => process.exit(0), 3_000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { server, db, stop };
}
