/**
 * End-to-end tests in Debian's Chromium against built sites: the real course and the fixture
 * courses, each built once and served on a free port by the global setup
 * (tests/support/e2e-setup.ts), which hands their addresses to the workers.
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';

/** The real course's address: set by the global setup before the workers start, so absent while the config is first read. */
const mainSite = process.env['E2E_SITE_MAIN'];

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/support/e2e-setup.ts',
  fullyParallel: true,
  // Two cores: a worker each. Every test has its own browser context, and no test writes to a
  // folder another reads.
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [['list']],
  use: {
    ...(mainSite ? { baseURL: (JSON.parse(mainSite) as { url: string }).url } : {}),
    launchOptions: chromiumLaunchOptions,
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
