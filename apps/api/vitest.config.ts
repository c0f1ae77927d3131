import { defineConfig } from 'vitest/config';

// The whole API suite runs twice: on SQLite, and on PostgreSQL — the real server named by
// LAD_TEST_DATABASE_URL when it is set (.ci/run sets it; unreachable means failure, never a
// skip), else PGlite, PostgreSQL compiled to WebAssembly, so a fresh machine still runs the
// PostgreSQL SQL.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'api · sqlite', include: ['src/**/*.test.ts'], env: { LAD_TEST_DB: 'sqlite' } },
      },
      {
        extends: true,
        test: {
          name: 'api · postgres',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.sqlite.test.ts'],
          env: { LAD_TEST_DB: 'postgres' },
        },
      },
    ],
  },
});
