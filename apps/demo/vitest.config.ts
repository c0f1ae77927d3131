import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        // The demo server's own answers (paths, files), on an in-memory API: no browser.
        extends: true,
        test: { name: 'demo · server', include: ['test/**/*.test.ts'] },
      },
      {
        // End-to-end: the `pnpm start` server (built demo, widget files, API on a fresh SQLite
        // file), driven by Playwright in Debian's Chromium.
        extends: true,
        test: {
          name: 'demo · e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/server.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
