/**
 * End-to-end tests in Debian's Chromium against built sites: the real course (built by
 * `npm run build` before these run) and a fixture course with several lessons, built here
 * under a sub-path the way an editor publishes under /kurser/digidel/.
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';
import { FIXTURE_SITE, MAIN_SITE } from './tests/support/sites';

const env = { ASTRO_TELEMETRY_DISABLED: '1' };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: MAIN_SITE.url,
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      command: `node_modules/.bin/astro preview --ignore-lock --port ${MAIN_SITE.port}`,
      url: MAIN_SITE.url,
      env,
      reuseExistingServer: false,
    },
    {
      command: `node_modules/.bin/astro build && node_modules/.bin/astro preview --ignore-lock --port ${FIXTURE_SITE.port}`,
      url: FIXTURE_SITE.url,
      env: { ...env, ...FIXTURE_SITE.env },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
