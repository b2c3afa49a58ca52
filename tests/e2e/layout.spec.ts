/**
 * What a learner sees, as a test: no page scrolls sideways (WCAG 1.4.10 reflow) and no visible
 * text is smaller than 14 px. Every sitemap page of both sites, the 404 page, the search page
 * with results and the open search dialog, on 320 and 390 px phones and in a 1280 px window
 * zoomed to 200 % and 400 % (a zoomed window is a narrower CSS viewport at a higher pixel ratio).
 */
import { expect, test, type Page } from '@playwright/test';
import { watchNetwork } from '../support/network';
import { saveCourse } from '../support/offline';
import { sitemapUrls } from '../support/sitemap';
import { FIXTURE_SITE, LESSON_SIX, MAIN_SITE } from '../support/sites';
import { markDone, scrollTo } from '../support/near';

const SCREENS = [
  { name: '320 px phone', viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, mobile: true },
  { name: '390 px phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, mobile: true },
  { name: '1280 px at 200 %', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2, mobile: false },
  { name: '1280 px at 400 %', viewport: { width: 320, height: 225 }, deviceScaleFactor: 4, mobile: false },
];

/** The smallest text a learner may meet, in CSS pixels. */
const MIN_TEXT_PX = 14;

interface LayoutProblem {
  overflow: number;
  smallText: string[];
}

/**
 * Sideways overflow in px against the screen's width (a phone browser zooms out to show a page
 * that is too wide, so the page's own idea of its width cannot be trusted), and every visible
 * text node set smaller than MIN_TEXT_PX.
 */
function measure(page: Page): Promise<LayoutProblem> {
  const width = page.viewportSize()?.width ?? 0;
  return page.evaluate(
    ([minText, screenWidth]) => {
      const smallText: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const parent = node.parentElement;
        if (text === '' || !parent || !parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) {
          continue;
        }
        const range = document.createRange();
        range.selectNodeContents(node);
        const box = range.getBoundingClientRect();
        // Visually hidden text (1 px boxes, clipped) is for screen readers, not for eyes.
        if (box.width <= 1 || box.height <= 1 || parent.closest('.visually-hidden')) continue;
        const size = Number.parseFloat(getComputedStyle(parent).fontSize);
        if (size < minText)
          smallText.push(`${size}px "${text.slice(0, 40)}" in <${parent.localName} class="${parent.className}">`);
      }
      return { overflow: document.documentElement.scrollWidth - screenWidth, smallText };
    },
    [MIN_TEXT_PX, width] as const,
  );
}

async function expectReadable(page: Page, what: string): Promise<void> {
  const { overflow, smallText } = await measure(page);
  expect.soft(overflow, `${what} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
  expect.soft(smallText, `${what} has text under ${MIN_TEXT_PX} px`).toEqual([]);
}

for (const screen of SCREENS) {
  test.describe(screen.name, () => {
    test.use({
      viewport: screen.viewport,
      deviceScaleFactor: screen.deviceScaleFactor,
      isMobile: screen.mobile,
      hasTouch: screen.mobile,
    });

    test('every page of both sites, and the 404 page, fits and is readable', async ({ page }) => {
      const urls: string[] = [];
      for (const site of [MAIN_SITE, FIXTURE_SITE]) {
        const pages = await sitemapUrls(page.request, site.url);
        expect(pages.length, `${site.url} sitemap`).toBeGreaterThan(3);
        urls.push(...pages, `${site.url}finns-inte/`);
      }
      for (const url of urls) {
        await page.goto(url);
        await expectReadable(page, url);
      }
    });

    test('the search page with results fits and is readable', async ({ page }) => {
      await page.goto('/sok/?q=digital');
      await expect(page.locator('[data-search-results]').getByRole('link').first()).toBeVisible();
      await expectReadable(page, '/sok/?q=digital');
    });

    test('the open search dialog with results fits and is readable', async ({ page }) => {
      await page.goto(LESSON_SIX);
      await page.getByRole('banner').getByRole('button', { name: /Sök/ }).click();
      await page.getByRole('dialog').locator('input').fill('digital');
      await expect(page.getByRole('dialog').locator('[data-search-results]').getByRole('link').first()).toBeVisible();
      await expectReadable(page, 'the search dialog');
    });

    test('a playing film fits and is readable', async ({ page, context }) => {
      await watchNetwork(context, new URL(FIXTURE_SITE.url).origin);
      await page.goto(`${FIXTURE_SITE.url}lektioner/forsta-lektionen/`);
      const film = page.getByRole('figure').filter({ hasText: 'Andra testfilmen' });
      await scrollTo(film);
      await film.getByRole('button', { name: 'Starta video' }).click();
      await expect(film.locator('iframe')).toBeVisible();
      await expectReadable(page, 'a playing film');
    });

    test('a filled assignment and a done lesson fit and are readable', async ({ page }) => {
      await page.goto(LESSON_SIX);
      await scrollTo(page.locator('digidel-answer-fields'));
      await page
        .getByLabel('Argument 1', { exact: true })
        .fill('Kommunens digitaliseringsstrategi nämner digital delaktighet. '.repeat(6));
      await markDone(page);
      await expect(page.getByRole('button', { name: 'Ångra' })).toBeVisible();
      await expectReadable(page, 'lesson six, filled and done');
    });

    test('the saved offline copy and the update notice fit and are readable', async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto('/');
      await saveCourse(page);
      await expectReadable(page, 'the start page with the course saved');
      // The notice's real trigger, a second build, is in offline-update.spec.ts; here its layout.
      await page.evaluate(() => document.querySelector('[data-notice]')?.removeAttribute('hidden'));
      await expect(page.getByRole('button', { name: 'Visa den nya versionen' })).toBeVisible();
      await expectReadable(page, 'the update notice');
    });
  });
}
