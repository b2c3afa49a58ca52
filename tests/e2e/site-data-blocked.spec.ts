/**
 * Site data blocked in the browser's settings, for real: Chromium started with a profile whose
 * content settings block all site data ("cookies": 2 covers localStorage, Cache Storage and service
 * workers). The pages work, the offline control says why it cannot save and offers no button, the
 * answers say saving is off, and no page throws an unhandled error.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';
import { scrollTo } from '../support/near';
import { LESSON_SIX, MAIN_SITE } from '../support/sites';

let profile: string;
let context: BrowserContext;

test.beforeEach(async () => {
  profile = mkdtempSync(join(tmpdir(), 'digidel-blocked-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }),
  );
  context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions);
});

test.afterEach(async () => {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
});

test('with site data blocked, the offline control says so and offers nothing; no page throws', async () => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  for (const path of ['', 'integritet/', LESSON_SIX.slice(1), 'mina-svar/']) {
    await page.goto(`${MAIN_SITE.url}${path}`);
    await page.waitForLoadState('networkidle');
  }
  await page.goto(`${MAIN_SITE.url}integritet/`);
  const control = page.locator('digidel-offline-copy');
  await expect(control.getByRole('status')).toHaveText(
    /^Webbläsaren tillåter inte att den här webbplatsen sparar data/,
  );
  await expect(control.getByRole('button', { name: 'Spara kursen för läsning utan internet' })).toBeHidden();
  // Nor the size of a download that cannot happen.
  await expect(control.getByText(/^Kursen tar cirka/)).toBeHidden();

  await page.goto(`${MAIN_SITE.url}${LESSON_SIX.slice(1)}`);
  await scrollTo(page.locator('digidel-answer-fields'));
  await page.getByLabel('Argument 1', { exact: true }).fill('Skrivet utan att kunna sparas.');
  await expect(page.getByLabel('Argument 1', { exact: true })).toHaveValue('Skrivet utan att kunna sparas.');
  await scrollTo(page.locator('digidel-lesson-progress'));
  await expect(page.locator('digidel-lesson-progress').getByText(/sparas inte/)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
});
