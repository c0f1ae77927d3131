// `pnpm --filter @lad/api start`: the API on its own.
import { jsonLog } from './deps.js';
import { start } from './server.js';

start({
  onListen: (url) => console.log(`\nLAD API: ${url}/v1/health · reference: ${url}/docs · Ctrl-C stops it.\n`),
}).catch((error) => {
  jsonLog('error', { msg: 'failed to start', error: String(error) });
  process.exit(1);
});
