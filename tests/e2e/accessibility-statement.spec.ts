/**
 * The accessibility statement (tillgänglighetsredogörelse): linked from the footer of every
 * page, in DIGG's structure, with the contact from course.yaml or an honest placeholder.
 */
import { expect, test } from '@playwright/test';
import { sitemapUrls } from '../support/sitemap';
import { FIXTURE_SITE, MAIN_SITE, MANY_LESSONS_SITE } from '../support/sites';

const NAME = 'Tillgänglighetsredogörelse';

test('every page of both sites, and the 404 page, links to the statement from its footer', async ({ page }) => {
  for (const site of [MAIN_SITE, FIXTURE_SITE]) {
    const urls = await sitemapUrls(page.request, site.url);
    expect(urls, `${site.url} sitemap`).toContain(`${site.url}tillganglighet/`);
    for (const url of [...urls, `${site.url}finns-inte/`]) {
      await page.goto(url);
      const link = page.getByRole('contentinfo').getByRole('link', { name: NAME });
      await expect(link, url).toHaveAttribute('href', new URL(`${site.url}tillganglighet/`).pathname);
    }
  }
});

test('follows DIGG structure, with the contact and review date from course.yaml', async ({ page }) => {
  await page.goto(`${FIXTURE_SITE.url}tillganglighet/`);
  // The long word carries soft hyphens so that it breaks with a hyphen on a phone.
  expect((await page.getByRole('heading', { level: 1 }).textContent())?.replaceAll('\u00AD', '')).toBe(NAME);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tillgänglighets\u00ADredo\u00ADgörelse');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Hur tillgänglig är webbplatsen?',
    'Vad kan du göra om du inte kan använda delar av webbplatsen?',
    'Rapportera brister i webbplatsens tillgänglighet',
    'Tillsyn',
    'Teknisk information om webbplatsens tillgänglighet',
    'Hur vi testat webbplatsen',
  ]);
  await expect(page.getByRole('main')).toContainText('Testkommunen står bakom den här kurswebbplatsen');
  await expect(page.getByRole('link', { name: 'tillganglighet@example.se' })).toHaveAttribute(
    'href',
    'mailto:tillganglighet@example.se',
  );
  await expect(page.getByText('Telefon: 010-123 45 67')).toBeVisible();
  await expect(page.getByText('bedömdes senast 20 november 2026')).toBeVisible();
  await expect(page.getByText(/textning/i).first()).toBeVisible();
  await expect(page.getByText(/\[.*content\/course\.yaml\]/)).toHaveCount(0);
});

test('without a contact in course.yaml it says so in plain words, never an invented address or an instruction', async ({
  page,
}) => {
  // The generated course has no accessibility part at all; the real course may have one by now.
  await page.goto(MANY_LESSONS_SITE.at('tillganglighet/'));
  await expect(page.getByText('har ännu inte angett någon kontaktuppgift för tillgänglighetsfrågor')).toBeVisible();
  await expect(page.getByText('Organisationen som publicerar kursen står bakom den här kurswebbplatsen')).toBeVisible();
  await expect(page.getByText('har ännu inte angett när tillgängligheten senast bedömdes')).toBeVisible();
  await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText(/course\.yaml|accessibility\.|fyll i/);
});
