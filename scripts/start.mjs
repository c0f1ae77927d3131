// `pnpm start`: builds what exists and shows it. The API (apps/api) and the demo site
// (apps/demo) take over this command as they land.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('pnpm', ['turbo', 'run', 'build', '--output-logs=errors-only']);

if (existsSync('apps/api/package.json')) {
  run('pnpm', ['--filter', '@lad/api', 'start']);
} else {
  const sdk = await import('../packages/sdk/dist/index.js');
  const today = new Date();
  console.log('\nLAD Widgets: @lad/sdk is built (packages/sdk/dist).');
  console.log(`${sdk.SIGNATORIES.length} endorsing countries with sources; the four pillars:`);
  for (const pillar of sdk.PILLARS) {
    console.log(`  ${pillar.id.padEnd(3)} ${sdk.pickText(pillar.shortName, 'ht').text}`);
  }
  for (const locale of sdk.CORE_LOCALES) {
    console.log(`  ${locale}: ${sdk.formatDate(today, locale, { dateStyle: 'full' })}`);
  }
  console.log('\nThe API and the demo site are not built yet; this command will start them.');
}
