import { defineConfig } from 'vitest/config';

// End-to-end: the `pnpm start` server (built demo, widget files, API on a fresh SQLite file),
// driven by Playwright in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/server.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
