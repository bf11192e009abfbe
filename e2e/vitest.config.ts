import { defineConfig } from 'vitest/config';

// Browser tests: a real Orrery server (child process) driven through Debian's Chromium.
// They use the built web app in dist/web: `npm run test:e2e` expects `npm run build:web` first
// (scripts/test.ts and CI do that); a missing build is built once by the test itself.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    // A page that waits on the server can take seconds on a busy machine; a poll gives up after 15 s.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
