import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { loadConfig } from './config.js';
import { migrate, openDatabase } from './db/index.js';
import { jsonLog, makeDeps } from './deps.js';
import { createApp } from './http/app.js';
import type { AppEnv } from './http/env.js';
import { isEmpty, seed } from './seed/index.js';
import { sweepExpired } from './store/rate-limit.js';

export interface StartOptions {
  /** Adds routes before the catch-all 404 (the widget files and the demo site). */
  extend?: (app: Hono<AppEnv>) => void;
  /** Called once the server listens. */
  onListen?: (url: string) => void;
}

/**
 * Opens the database (`DATABASE_URL`, default the SQLite file `data/lad.sqlite` at the
 * repository root), migrates it, seeds it with reference and demo data when it is empty, and
 * serves the API on `PORT` (default 8787). Stops cleanly on Ctrl-C / SIGTERM.
 */
export async function start(options: StartOptions = {}) {
  const config = loadConfig();
  const db = await openDatabase(config.databaseUrl);
  await migrate(db);
  if (await isEmpty(db.kysely)) {
    jsonLog('info', { msg: 'empty database: loading reference and demo data', database: db.label });
    await seed(db.kysely, { demo: process.env.LAD_DEMO !== 'false' });
  }
  const deps = await makeDeps(db, config);
  const { app } = createApp(deps, options.extend);
  const sweeper = setInterval(() => void sweepExpired(db.kysely, new Date()).catch(() => {}), 10 * 60_000);
  sweeper.unref();
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    const url = `http://localhost:${info.port}`;
    jsonLog('info', { msg: 'listening', url, database: db.label });
    options.onListen?.(url);
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    clearInterval(sweeper);
    server.close(() => {
      void db.close().finally(() => process.exit(0));
    });
    // Idle keep-alive connections would hold close() open.
    (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    setTimeout(() => process.exit(0), 3_000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { server, db, stop };
}
