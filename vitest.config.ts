import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two workers on a 2-core machine: most test time is waiting on servers, timers and child
    // processes, so the second core is not idle (vitest's default is cores - 1, here one).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/architecture.test.ts', 'tests/acceptance/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          // Rule: e2e tests start servers and wait on real timers; 60 s holds on a loaded 2-core machine.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
