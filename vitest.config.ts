import { defineConfig } from 'vitest/config';
import { declarationTypography } from './src/integrations/declaration-typography.ts';

/**
 * Three levels, all run by `npm test`: `unit` (pure modules, no build), `dist` (the built site in
 * dist/ and fixture builds) and `e2e` (Chromium against the built server).
 */
export default defineConfig({
  // The calculators' strings typeset as the build does (src/integrations/declaration-typography.ts).
  plugins: [declarationTypography()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/dist/**', 'test/e2e/**'],
          // Every core (Vitest's default leaves one idle), and modules shared by the files are
          // evaluated once per worker: the pure core keeps no state between files.
          maxWorkers: '100%',
          isolate: false,
          // Vitest's 5 s default is a speed limit in disguise: the CLI's tests start Node three
          // times, which takes longer than that on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dist',
          include: ['test/dist/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/server.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A state a test polls for may take seconds to come on a busy machine (Vitest's 1 s
          // would be a speed limit); the test's own timeout still bounds it.
          expect: { poll: { timeout: 30_000 } },
          // Tests marked concurrent (the calculators') run three at a time, as many pages as
          // Chromium serves well on two cores.
          maxConcurrency: 3,
          // One file at a time: Chromium keeps both cores busy (two files side by side took as
          // long as one after the other, and a busy machine made timeouts likelier). Each file
          // that changes server state starts its own server on its own port and data folder.
          fileParallelism: false,
        },
      },
    ],
  },
});
