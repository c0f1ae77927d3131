import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

// Starts what `pnpm start` starts (serve.mjs, after the build turbo ran) on a free port and a
// fresh SQLite file, and a secretariat token for checking what the API stored.

const root = new URL('..', import.meta.url).pathname;

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'lad-e2e-'));
  const env = {
    ...process.env,
    PORT: '0',
    DATABASE_URL: `file:${join(dir, 'lad.sqlite')}`,
    LOG_LEVEL: 'error',
  };
  const server: ChildProcess = spawn(process.execPath, ['serve.mjs'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`The demo server did not start:\n${out}`)), 60_000);
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /LAD Widgets demo: (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    server.once('exit', (code) => reject(new Error(`The demo server exited (${code}):\n${out}`)));
  });
  const cli = join(root, '../api/dist/cli.js');
  const printed = execFileSync(
    process.execPath,
    [cli, 'token', 'create', '--role', 'secretariat', '--label', 'e2e'],
    {
      env,
      encoding: 'utf8',
    },
  );
  const token = printed.trim().split('\n').at(-1)?.trim() ?? '';
  project.provide('demoUrl', url);
  project.provide('secretariatToken', token);
  return async () => {
    server.kill('SIGINT');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
    secretariatToken: string;
  }
}
