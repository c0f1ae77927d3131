import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    main: 'src/main.ts',
    cli: 'src/cli.ts',
    testing: 'src/testing/harness.ts',
    spawn: 'src/spawn.ts',
  },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  clean: true,
  // Types of the programmatic entries, for the widget and demo test servers that embed the API
  // and for what starts it as a process (spawn).
  dts: { entry: { index: 'src/index.ts', testing: 'src/testing/harness.ts', spawn: 'src/spawn.ts' } },
  // Dependencies stay in node_modules; only our code is bundled.
  skipNodeModulesBundle: true,
});
