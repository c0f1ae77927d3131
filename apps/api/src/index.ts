export { type Config, loadConfig } from './config.js';
export { type Db, migrate, openDatabase } from './db/index.js';
export { makeDeps } from './deps.js';
export { createApp } from './http/app.js';
export type { AppEnv, Deps } from './http/env.js';
export { seed } from './seed/index.js';
export { start } from './server.js';
// For the benchmark and the reliability suites, which fill databases directly.
export { commitmentFields, insertCommitment } from './store/commitments.js';
export { createToken } from './store/tokens.js';
