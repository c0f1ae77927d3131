// `pnpm start`: builds what is needed (turbo caches the rest), then serves on one URL —
// http://localhost:8787 (PORT) — the demo site, the operators' console (/console/, whose address
// serve.mjs prints with the others), the widget files (/cdn), the API on its
// embedded SQLite file, seeded with reference and demo data on first start (/v1), and the API
// reference (/docs). Ctrl-C stops it cleanly.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' });

const build = run('pnpm', ['turbo', 'run', 'build', '--output-logs=errors-only']);
if (build.status !== 0) process.exit(build.status ?? 1);

// Ctrl-C reaches the server too (same process group); it closes its database and exits.
process.on('SIGINT', () => {});
const server = run(process.execPath, ['apps/demo/serve.mjs']);
process.exit(server.status ?? 0);
