import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // The built courses the build gates read, each built once (tests/support/course-builds.ts).
    globalSetup: ['tests/support/vitest-setup.ts'],
    // The failing builds in tests/build/ run `npm run build`'s script; one takes a few seconds.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
