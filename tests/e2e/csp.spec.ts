/**
 * The Content-Security-Policy holds in use: every page loads, a film is given consent and
 * plays (its request answered locally), search runs its WebAssembly engine, a result
 * page highlights, the course is saved and read offline, and no policy violation or console error happens anywhere. The pages carry
 * the policy as a <meta>; the tests also send it as a header, as a host that reads _headers
 * does, because only a header reaches the offline copy's service worker.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { watchNetwork } from '../support/network';
import { saveCourse } from '../support/offline';
import { sitemapUrls } from '../support/sitemap';
import { FIXTURE_SITE, LESSON_SIX, MAIN_SITE } from '../support/sites';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/**
 * The header policy the build wrote, with the hashes of the pages' inline styles. Both sites
 * have the same hashes: they come from the site's code, not from the lessons.
 */
const headerPolicy = /Content-Security-Policy: (.+)/.exec(readFileSync('dist/_headers', 'utf8'))?.[1] ?? '';

/** Serves both sites with the policy header, as a host reading dist/_headers would. */
async function sendPolicyHeader(context: BrowserContext): Promise<void> {
  expect(headerPolicy).toContain("style-src 'self' 'sha256-");
  const origins = [MAIN_SITE.url, FIXTURE_SITE.url].map((url) => new URL(url).origin);
  await context.route(
    (url) => origins.includes(url.origin),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': headerPolicy },
      });
    },
  );
}

/** Collects policy violations (in the page) and console errors (from the browser). */
async function watchProblems(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()} console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()} error: ${error.message}`));
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return async () => [...errors, ...(await page.evaluate(() => window.cspViolations ?? []))];
}

test('no page of either site violates the policy or logs an error', async ({ page, context }) => {
  await watchNetwork(context, new URL(MAIN_SITE.url).origin, new URL(FIXTURE_SITE.url).origin);
  await sendPolicyHeader(context);
  const problems = await watchProblems(page);
  const collected: string[] = [];
  let checked = 0;
  for (const site of [MAIN_SITE, FIXTURE_SITE]) {
    for (const url of await sitemapUrls(page.request, site.url)) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      collected.push(...(await problems()));
      checked += 1;
    }
  }
  expect(checked, 'pages checked on both sites').toBeGreaterThanOrEqual(14);
  expect(collected).toEqual([]);
});

test('consent, playing a film, searching and highlighting stay within the policy', async ({ page, context }) => {
  await watchNetwork(context, new URL(MAIN_SITE.url).origin, new URL(FIXTURE_SITE.url).origin);
  await sendPolicyHeader(context);
  const problems = await watchProblems(page);

  await page.goto(`${FIXTURE_SITE.url}lektioner/forsta-lektionen/`);
  await page.getByRole('button', { name: 'Starta video' }).first().click();
  await expect(page.locator('iframe')).toHaveAttribute('src', /youtube-nocookie\.com/);
  await page.waitForLoadState('networkidle');
  expect(await problems()).toEqual([]);

  await page.goto(LESSON_SIX);
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').locator('input').fill('digitalisering');
  await expect(page.getByRole('dialog').locator('[data-search-results]').getByRole('link').first()).toBeVisible();
  expect(await problems()).toEqual([]);

  await page.goto(`${LESSON_SIX}?highlight=digitalisering`);
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
  await page.goto('/sok/?q=bibliotek');
  await expect(page.locator('[data-search-results]').getByRole('link').first()).toBeVisible();
  expect(await problems()).toEqual([]);
});

test('saving the course, and reading and searching it without a connection, stay within the policy', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await sendPolicyHeader(context);
  const problems = await watchProblems(page);
  await page.goto(MAIN_SITE.url);
  await saveCourse(page);
  expect(await problems()).toEqual([]);

  await context.setOffline(true);
  await page.goto(LESSON_SIX);
  await page.goto('/sok/?q=bibliotek');
  await expect(page.locator('[data-search-results]').getByRole('link').first()).toBeVisible();
  expect(await problems()).toEqual([]);
});
