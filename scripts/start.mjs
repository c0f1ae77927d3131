// `pnpm start`: builds what is needed (turbo caches the rest) and runs the main job: the API on
// its embedded SQLite file, seeded with reference and demo data on first start.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' });

const build = run('pnpm', ['turbo', 'run', 'build', '--output-logs=errors-only']);
if (build.status !== 0) process.exit(build.status ?? 1);

// Ctrl-C reaches the server too (same process group); it closes its database and exits.
process.on('SIGINT', () => {});
const server = run(process.execPath, ['apps/api/dist/main.js']);
process.exit(server.status ?? 0);
