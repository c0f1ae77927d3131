import { defineConfig } from 'vitest/config';

// Node and browsers have no Haitian Creole formatting data and fall back to the machine's
// default locale, so the formatting suite runs again under several LANG and TZ values, each in
// its own forked processes (ICU reads LANG when a process starts).
const ENVIRONMENTS = [
  { LANG: 'en_US.UTF-8', TZ: 'UTC' },
  { LANG: 'en_US.UTF-8', TZ: 'America/Port-au-Prince' },
  { LANG: 'es_MX.UTF-8', TZ: 'UTC' },
  { LANG: 'es_MX.UTF-8', TZ: 'America/Port-au-Prince' },
  { LANG: 'fr_FR.UTF-8', TZ: 'UTC' },
  { LANG: 'fr_FR.UTF-8', TZ: 'America/Port-au-Prince' },
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'sdk',
          include: ['test/**/*.test.ts'],
          exclude: ['test/format.test.ts'],
        },
      },
      ...ENVIRONMENTS.map((env) => ({
        test: {
          name: `format ${env.LANG} ${env.TZ}`,
          include: ['test/format.test.ts'],
          pool: 'forks' as const,
          env: { ...env, LC_ALL: env.LANG },
        },
      })),
    ],
  },
});
