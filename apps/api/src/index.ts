export { type Config, loadConfig } from './config.js';
// For the benchmark, which writes tracking matrices to import.
export { toCsv } from './csv.js';
export { type Db, migrate, openDatabase } from './db/index.js';
export { makeDeps } from './deps.js';
export { createApp } from './http/app.js';
export type { AppEnv, Deps } from './http/env.js';
export { seed } from './seed/index.js';
export { start } from './server.js';
// For the console's tests, which need people signed in: accounts, invitations, password hashes.
export { createAccount, createSession, inviteUser } from './store/accounts.js';
// For the benchmark and the reliability suites, which fill databases directly.
export { commitmentFields, insertCommitment } from './store/commitments.js';
export { hashPassword } from './store/passwords.js';
export { createToken } from './store/tokens.js';
export { toXlsx, XLSX_TYPE } from './xlsx.js';
