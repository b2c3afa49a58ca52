/**
 * axe-core on every page of both built sites, in light and dark, and in the states a learner
 * creates: a film playing after consent, the search dialog open with results, saved progress,
 * the offline copy in each of its states.
 * Tags: WCAG 2.0/2.1/2.2 A and AA and best practices. No rule is switched off.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchNetwork } from '../support/network';
import { SAVE_BUTTON } from '../support/offline';
import { storeTwoVersions } from '../support/progress-states';
import { sitemapUrls } from '../support/sitemap';
import { FIXTURE_SITE, LESSON_SIX, MAIN_SITE } from '../support/sites';
import { markDone, scrollTo } from '../support/near';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page): Promise<string[]> {
  // Every rule runs; only violations are collected in detail (axe's resultTypes), which saves the
  // work of describing each passing node.
  const results = await new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${page.url()} ${violation.id}: ${node.target.join(' ')} (${node.failureSummary ?? ''})`,
    ),
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const site of [MAIN_SITE, FIXTURE_SITE]) {
      test(`every page of ${site.name}, and the 404 page, has no axe violation`, async ({ page }) => {
        // One axe run a page, nine pages and more: on a busy machine longer than one test's 30 s.
        test.setTimeout(120_000);
        const urls = [...(await sitemapUrls(page.request, site.url)), `${site.url}finns-inte/`];
        const found: string[] = [];
        let checked = 0;
        for (const url of urls) {
          await page.goto(url);
          found.push(...(await violations(page)));
          checked += 1;
        }
        expect(checked, 'pages checked').toBeGreaterThanOrEqual(8);
        expect(found).toEqual([]);
      });
    }

    test('a film playing after consent, and the remembered facade', async ({ page, context }) => {
      await watchNetwork(context, new URL(FIXTURE_SITE.url).origin);
      await page.goto(`${FIXTURE_SITE.url}lektioner/forsta-lektionen/`);
      const film = page.getByRole('figure').filter({ hasText: 'Andra testfilmen' });
      await film.getByRole('checkbox', { name: 'Kom ihåg mitt val' }).check();
      await film.getByRole('button', { name: 'Starta video' }).click();
      await expect(film.locator('iframe')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('the search dialog open with results, and a highlighted result page', async ({ page }) => {
      await page.goto(LESSON_SIX);
      await page.getByRole('banner').getByRole('button', { name: /Sök/ }).click();
      await page.getByRole('dialog').locator('input').fill('strategidokument');
      await expect(page.getByRole('dialog').locator('[data-search-results]').getByRole('link').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.goto(`${LESSON_SIX}?highlight=digital`);
      await expect(page.getByRole('button', { name: 'Ta bort markeringarna' })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test("an answer with another tab's version, and saving that has failed", async ({ page }) => {
      await page.goto(LESSON_SIX);
      await scrollTo(page.locator('digidel-answer-fields'));
      await storeTwoVersions(page, 'Mitt svar.', 'Den andra flikens svar.');
      await expect(page.getByRole('button', { name: 'Använd den andra versionen' })).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.evaluate(() => localStorage.setItem('digidel:progress', JSON.stringify({ version: 2 })));
      await page.reload();
      await scrollTo(page.locator('digidel-answer-fields'));
      await page.getByLabel('Argument 2', { exact: true }).fill('Sparas inte.');
      await page.getByLabel('Argument 2', { exact: true }).blur();
      await expect(page.getByRole('button', { name: 'Ladda ner det du har skrivit' })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('the offline copy while saving, saved, failed, and the update notice', async ({ page }) => {
      test.setTimeout(60_000);
      let answerList: (() => void) | undefined;
      await page.route('**/offline-copy.json', async (route) => {
        await new Promise<void>((resolve) => (answerList = resolve));
        await route.continue();
      });
      await page.goto('/');
      await page.getByRole('button', { name: SAVE_BUTTON }).click();
      await expect(page.getByText('Sparar kursen …')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      answerList?.();
      await expect(page.getByText(/^Kursen är sparad för läsning utan internet sedan /)).toBeVisible();
      expect(await violations(page)).toEqual([]);
      // The notice's real trigger, a second build, is tested in offline-update.spec.ts; here its look.
      await page.evaluate(() => document.querySelector<HTMLElement>('[data-notice]')?.removeAttribute('hidden'));
      await expect(page.getByRole('button', { name: 'Visa den nya versionen' })).toBeVisible();
      expect(await violations(page)).toEqual([]);
      // And the notice of an update that failed, tested for real in offline-live-course.spec.ts.
      await page.evaluate(() => document.querySelector<HTMLElement>('[data-failed]')?.removeAttribute('hidden'));
      await expect(page.getByRole('link', { name: 'Ta bort eller spara om kopian' })).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Ta bort den sparade kursen' }).click();
      await page.unroute('**/offline-copy.json');
      await page.route('**/offline-copy.json', (route) => route.fulfill({ status: 500, body: '' }));
      await page.getByRole('button', { name: SAVE_BUTTON }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Kursen kunde inte sparas' })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    for (const { state, version } of [
      { state: 'offline', version: undefined },
      { state: 'replaced by a new build', version: { scripts: [] } },
    ]) {
      test(`parts whose code did not load (${state}) say why`, async ({ page }) => {
        // The real causes are tested in new-build-open-tab.spec.ts; here the notices' look.
        await page.route(/\/(answer-fields|film-player)\.element\.[\w-]+\.js$/, (route) => route.abort());
        await page.route('**/version.json', (route) =>
          version ? route.fulfill({ json: version }) : route.abort('internetdisconnected'),
        );
        await page.goto(LESSON_SIX);
        await page.getByLabel('Argument 1', { exact: true }).scrollIntoViewIfNeeded();
        await expect(
          page.locator('.code-problem:has(+ digidel-answer-fields) [data-code-problem-action]'),
        ).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await page.goto(`${FIXTURE_SITE.url}lektioner/forsta-lektionen/`);
        await expect(
          page.locator('.code-problem:has(+ digidel-film-player) [data-code-problem-action]').first(),
        ).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    }

    test('saved progress and answers on the start page, the lesson and the answers page', async ({ page }) => {
      await page.goto(LESSON_SIX);
      await scrollTo(page.locator('digidel-answer-fields'));
      await page.getByLabel('Argument 1', { exact: true }).fill('Ett argument.');
      await markDone(page);
      expect(await violations(page)).toEqual([]);
      for (const path of ['/', '/mina-svar/']) {
        await page.goto(path);
        expect(await violations(page)).toEqual([]);
      }
    });
  });
}
