import { defineConfig } from 'vitest/config';

/**
 * The cross-engine smoke suite (smoke.test.ts), apart from the unit and build gates: it needs
 * the three browsers from Debian's packages and runs after the end-to-end tests, whose builds it
 * reuses (tests/support/course-builds.ts builds a course only when its inputs changed).
 */
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
