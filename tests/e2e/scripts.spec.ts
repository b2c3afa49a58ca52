/**
 * A lesson runs one script module before the learner does anything; the rest of its behaviour
 * arrives when it is needed: the answers when the learner scrolls near them, search when the
 * dialog opens (src/client/main.client.ts, src/client/load-when.client.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { LESSON_SIX } from '../support/sites';

function scriptsLoaded(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

test.use({ viewport: { width: 390, height: 844 } });

test('a lesson loads one module at first, the answers when scrolled near, search when opened', async ({ page }) => {
  const scripts = scriptsLoaded(page);
  await page.goto(LESSON_SIX, { waitUntil: 'networkidle' });
  expect(scripts).toHaveLength(1);
  const answer = page.getByLabel('Argument 1', { exact: true });
  // The field takes typing at once; its code is not there yet.
  await expect(answer).toBeEditable();
  const fields = page.locator('digidel-answer-fields');
  await expect(fields).toHaveJSProperty('isConnected', true);
  expect(await fields.evaluate((element) => element.matches(':defined'))).toBe(false);

  await answer.scrollIntoViewIfNeeded();
  await expect.poll(() => fields.evaluate((element) => element.matches(':defined'))).toBe(true);
  expect(scripts.some((path) => /\/answer-fields\.element\.[\w-]+\.js$/.test(path))).toBe(true);
  expect(scripts.some((path) => /search-panel/.test(path))).toBe(false);

  await page.getByRole('banner').getByRole('button', { name: /Sök/ }).click();
  await page.getByRole('dialog').getByRole('searchbox', { name: 'Sökord' }).fill('hylte');
  await expect(page.getByRole('dialog').locator('[data-search-results] a').first()).toBeVisible();
  expect(scripts.some((path) => /\/search-panel\.element\.[\w-]+\.js$/.test(path))).toBe(true);
});

test('a key press anywhere loads what waits, so a keyboard learner never meets a dead control', async ({ page }) => {
  await page.goto(LESSON_SIX, { waitUntil: 'networkidle' });
  const fields = page.locator('digidel-answer-fields');
  const defined = () => fields.evaluate((element) => element.matches(':defined'));
  expect(await defined()).toBe(false);
  await page.keyboard.press('Tab');
  await expect.poll(defined).toBe(true);
});

test('the search dialog opens at once and searches what was typed while its code loaded', async ({ page }) => {
  let release: (() => void) | undefined;
  await page.route(/\/search-panel\.element\.[\w-]+\.js$/, async (route) => {
    await new Promise<void>((resolve) => (release = resolve));
    await route.continue();
  });
  await page.goto(LESSON_SIX);
  await page.keyboard.press('Control+k');
  const field = page.getByRole('dialog').getByRole('searchbox', { name: 'Sökord' });
  await expect(field).toBeFocused();
  await page.keyboard.type('hylte');
  await expect.poll(() => release !== undefined).toBe(true);
  release?.();
  await expect(page.getByRole('dialog').locator('[data-search-summary]')).toHaveText('”hylte” finns i 1 lektion.');
});
