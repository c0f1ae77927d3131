import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnApi } from '@lad/api/spawn';
import type { TestProject } from 'vitest/node';

// Starts what `pnpm start` starts (serve.mjs, after the build turbo ran) on a free port and a
// fresh SQLite file, and a secretariat token for checking what the API stored.

const root = new URL('..', import.meta.url).pathname;

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'lad-e2e-'));
  const database = `file:${join(dir, 'lad.sqlite')}`;
  // The browser keeps the origin the server prints (localhost).
  const server = await spawnApi({
    script: join(root, 'serve.mjs'),
    cwd: root,
    database,
    env: { LOG_LEVEL: 'error' },
    ready: /LAD Widgets demo: (http:\/\/\S+)/,
    host: 'localhost',
  });
  const url = server.url;
  const cli = join(root, '../api/dist/cli.js');
  const printed = execFileSync(
    process.execPath,
    [cli, 'token', 'create', '--role', 'secretariat', '--label', 'e2e'],
    {
      env: { ...process.env, DATABASE_URL: database, LOG_LEVEL: 'error' },
      encoding: 'utf8',
    },
  );
  const token = printed.trim().split('\n').at(-1)?.trim() ?? '';
  project.provide('demoUrl', url);
  project.provide('secretariatToken', token);
  return async () => {
    await server.stop('SIGINT');
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
    secretariatToken: string;
  }
}
