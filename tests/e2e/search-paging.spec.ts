/**
 * A word in more lessons than one page of results: the summary counts every lesson, ten are
 * drawn (and only their fragments fetched), and "Visa fler träffar" adds the rest, moving focus
 * to the first new result. A generated course of 23 lessons (tests/support/course-builds.ts).
 */
import { expect, test } from '@playwright/test';
import { RESULTS_PER_PAGE } from '../../src/features/search/search-results';
import { MANY_LESSONS } from '../support/course-builds';
import { MANY_LESSONS_SITE } from '../support/sites';

test('a word in every lesson: all are counted, ten drawn, and "Visa fler träffar" adds the rest', async ({ page }) => {
  const total = MANY_LESSONS;
  const fragments: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
  });
  await page.goto(`${MANY_LESSONS_SITE.url}sok/?q=delaktighet`);
  const results = page.locator('[data-search-results]');
  const lessons = results.locator(':scope > li > a');
  await expect(page.locator('digidel-url-search').locator('[data-search-summary]')).toHaveText(
    `”delaktighet” finns i ${total} lektioner.`,
  );
  await expect(lessons).toHaveCount(RESULTS_PER_PAGE);
  expect(new Set(fragments).size).toBe(RESULTS_PER_PAGE);

  const more = page.getByRole('button', { name: 'Visa fler träffar' });
  await more.click();
  await expect(lessons).toHaveCount(2 * RESULTS_PER_PAGE);
  await expect(lessons.nth(RESULTS_PER_PAGE)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(lessons.nth(RESULTS_PER_PAGE)).toBeFocused();

  await more.click();
  await expect(lessons).toHaveCount(total);
  await expect(more).toBeHidden();
  const titles = await lessons.allTextContents();
  expect(new Set(titles).size).toBe(total);
  expect(new Set(fragments).size).toBe(total);
});

test('a new search starts again at the first page', async ({ page }) => {
  await page.goto(`${MANY_LESSONS_SITE.url}sok/?q=delaktighet`);
  const lessons = page.locator('[data-search-results]').locator(':scope > li > a');
  await expect(lessons).toHaveCount(RESULTS_PER_PAGE);
  await page.getByRole('button', { name: 'Visa fler träffar' }).click();
  await expect(lessons).toHaveCount(2 * RESULTS_PER_PAGE);
  await page.getByRole('searchbox', { name: 'Sökord' }).fill('provord7x');
  await expect(lessons).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Visa fler träffar' })).toBeHidden();
  await expect(lessons).toHaveText(/Lektion 7 om digital delaktighet/);
});
