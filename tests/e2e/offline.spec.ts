/**
 * The opt-in offline copy, on the course as published at the root and on the fixture course
 * under /kurser/digidel/: nothing is registered or cached before the learner asks; once saved,
 * every page, search, progress and answers, and the 404 page work without a connection; films
 * say they need one; and "Ta bort den sparade kursen" or "Rensa allt" leave nothing behind.
 */
import { expect, test, type Page } from '@playwright/test';
import { SAVE_BUTTON, offlineTraces, saveCourse } from '../support/offline';
import { sitemapUrls } from '../support/sitemap';
import { FIXTURE_SITE, LESSON_SIX, MAIN_SITE } from '../support/sites';
import { markDone, scrollTo } from '../support/near';

const SITES = [
  { site: MAIN_SITE, term: 'Hylte', finds: /^Lektion sex: / },
  { site: FIXTURE_SITE, term: 'mellersta', finds: /^Lektion två: Mellersta lektionen/ },
];

/** Every text `selector` shows while saving, recorded in the page. */
async function record(page: Page, selector: string): Promise<() => Promise<string[]>> {
  const key = `texts:${selector}`;
  await page.evaluate(
    ([selector, key]) => {
      const texts: string[] = [];
      const line = document.querySelector(selector);
      if (!line) throw new Error(`no ${selector}`);
      new MutationObserver(() => texts.push(line.textContent ?? '')).observe(line, { childList: true, subtree: true });
      (window as unknown as Record<string, string[]>)[key] = texts;
    },
    [selector, key] as const,
  );
  return () => page.evaluate((key) => (window as unknown as Record<string, string[]>)[key] ?? [], key);
}

/** The result links the search page shows for `url` (a ?q= address), once `expected` is among them. */
async function searchResults(page: Page, url: string, expected: RegExp): Promise<string[]> {
  await page.goto(url);
  const links = page.locator('[data-search-results]').getByRole('link');
  await expect(links.filter({ hasText: expected })).toBeVisible();
  return links.allInnerTexts();
}

for (const { site, term, finds } of SITES) {
  test.describe(`offline copy of ${site.name}`, () => {
    test('shows its size before the click, registers and caches nothing until then', async ({ page }) => {
      const list = (await (await page.request.get(`${site.url}offline-copy.json`)).json()) as { files: number };
      await page.goto(site.url);
      const section = page.getByRole('region', { name: 'Läs kursen utan internet' });
      await expect(section).toContainText(new RegExp(`Kursen tar cirka [\\d,]+ (kB|MB) \\(${list.files} filer\\)`));
      await expect(section.getByRole('button', { name: SAVE_BUTTON })).toBeEnabled();
      await page.goto(`${site.url}integritet/`);
      await expect(page.getByRole('group', { name: 'Kursen utan internet' })).toContainText(`(${list.files} filer)`);
      expect(await offlineTraces(page)).toEqual({ registrations: [], caches: [] });
    });

    test('once saved, works without a connection: every page, search, progress and the 404 page', async ({
      page,
      context,
    }) => {
      test.setTimeout(90_000);
      const list = (await (await page.request.get(`${site.url}offline-copy.json`)).json()) as { files: number };
      await page.goto(site.url);
      const progressTexts = await record(page, '[data-progress-text]');
      const announced = await record(page, 'digidel-offline-copy [aria-live="polite"][data-announce]');
      // Focused once its code has enabled it: a disabled button takes no focus.
      const saveButton = page.getByRole('button', { name: SAVE_BUTTON });
      await expect(saveButton).toBeEnabled();
      await saveButton.focus();
      await expect(saveButton).toBeFocused();
      await page.evaluate(() => {
        const lost: boolean[] = [];
        setInterval(() => lost.push(document.activeElement === document.body), 10);
        (window as unknown as { focusLost: boolean[] }).focusLost = lost;
      });
      await saveCourse(page);
      const texts = await progressTexts();
      expect(texts.at(-1)).toMatch(new RegExp(`^${list.files} av ${list.files} filer, ([\\d,]+ (kB|MB)) av \\1$`));
      // Said politely: the start, a few steps (never every file) and the result.
      const said = (await announced()).filter(Boolean);
      expect(said[0]).toBe('Kursen sparas nu för läsning utan internet.');
      expect(said.at(-1)).toBe('Klart. Kursen är sparad och går att läsa utan internet.');
      expect(said.length).toBeLessThanOrEqual(5);
      expect(said.slice(1, -1).every((text) => / av \d+ filer/.test(text))).toBe(true);
      // Focus never fell to the page while saving: it stayed on the button, then moved to the result.
      expect(await page.evaluate(() => (window as unknown as { focusLost: boolean[] }).focusLost.includes(true))).toBe(
        false,
      );
      expect(await page.evaluate(() => document.activeElement?.matches('[data-saved]'))).toBe(true);
      await expect(page.getByRole('button', { name: 'Ta bort den sparade kursen' })).toBeVisible();
      await expect(page.getByRole('button', { name: SAVE_BUTTON })).toBeHidden();
      const traces = await offlineTraces(page);
      expect(traces.registrations).toEqual([site.url]);
      expect(traces.caches.some((name) => name.startsWith('digidel-kurs-precache'))).toBe(true);

      const urls = await sitemapUrls(page.request, site.url);
      const searchOnline = await searchResults(page, `${site.url}sok/?q=${encodeURIComponent(term)}`, finds);
      await context.setOffline(true);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      for (const url of urls) {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        await expect(page.getByRole('heading', { level: 1 }), url).toBeVisible();
        // Styles came from the copy too: the page is laid out, not bare HTML.
        expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');
      }

      const searchOffline = await searchResults(page, `${site.url}sok/?q=${encodeURIComponent(term)}`, finds);
      expect(searchOffline).toEqual(searchOnline);

      await page.goto(`${site.url}finns-inte/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');

      // Progress saves as before, and stays after a reload without a connection.
      const lesson = urls.find((url) => url.includes('/lektioner/')) ?? '';
      await page.goto(lesson);
      await markDone(page);
      await page.reload();
      await expect(page.getByText(/^Klar – markerad /)).toBeVisible();
      await context.setOffline(false);
    });
  });
}

test.describe('offline copy of the published course', () => {
  test('answers are kept offline, films say they need a connection, and the copy can be removed', async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    await page.goto('/integritet/');
    await saveCourse(page);
    await context.setOffline(true);

    await page.goto(LESSON_SIX);
    await scrollTo(page.locator('digidel-answer-fields'));
    await page.getByLabel('Argument 1', { exact: true }).fill('Skrivet på tåget utan internet.');
    await expect(page.getByText(/^Sparat på den här enheten kl\. /).first()).toBeVisible();
    await page.reload();
    await scrollTo(page.locator('digidel-answer-fields'));
    await expect(page.getByLabel('Argument 1', { exact: true })).toHaveValue('Skrivet på tåget utan internet.');

    await context.setOffline(false);
    await page.goto('/integritet/');
    await page.getByRole('button', { name: 'Ta bort den sparade kursen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Den sparade kursen är borttagen' })).toBeVisible();
    await expect(page.getByRole('button', { name: SAVE_BUTTON })).toBeFocused();
    expect(await offlineTraces(page)).toEqual({ registrations: [], caches: [] });
    // The answers were never part of the copy: removing it leaves them.
    await page.goto(LESSON_SIX);
    await scrollTo(page.locator('digidel-answer-fields'));
    await expect(page.getByLabel('Argument 1', { exact: true })).toHaveValue('Skrivet på tåget utan internet.');
  });

  test('"Rensa allt" also removes the saved course', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/');
    await saveCourse(page);
    await page.goto('/mina-svar/');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Rensa allt' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Allt är borttaget' })).toBeVisible();
    expect(await offlineTraces(page)).toEqual({ registrations: [], caches: [] });
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });
});

test.describe('films without a connection', () => {
  test('say plainly that they need one, and store nothing', async ({ page, context }) => {
    test.setTimeout(60_000);
    const lesson = `${FIXTURE_SITE.url}lektioner/forsta-lektionen/`;
    await page.goto(FIXTURE_SITE.url);
    await saveCourse(page);
    await context.setOffline(true);
    await page.goto(lesson);
    const film = page.getByRole('figure').first();
    await film.getByRole('checkbox', { name: 'Kom ihåg mitt val' }).check();
    await film.getByRole('button', { name: 'Starta video' }).click();
    await expect(film).toContainText('Filmen behöver internet, och du är inte ansluten just nu.');
    await expect(film.locator('iframe')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('digidel:film-consent'))).toBeNull();
  });
});

test('without a service worker (an insecure address), the control says the browser cannot save the course', async ({
  page,
}) => {
  await page.addInitScript(() => Object.defineProperty(window, 'isSecureContext', { value: false }));
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Läs kursen utan internet' });
  await expect(section.getByRole('status')).toHaveText(
    'Den här webbläsaren kan inte spara kursen för läsning utan internet.',
  );
  await expect(section.getByRole('button', { name: SAVE_BUTTON })).toBeHidden();
});
