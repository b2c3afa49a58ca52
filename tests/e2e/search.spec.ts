/**
 * Search: the header dialog, the search page, Swedish stemming, results to the section,
 * highlights on the opened page, a sub-path build, and no request leaving the site.
 */
import { expect, test, type Page } from '@playwright/test';
import { watchNetwork } from '../support/network';
import { scrollTo } from '../support/near';
import { FIXTURE_SITE, LESSON_SIX, MAIN_SITE } from '../support/sites';

const dialog = (page: Page) => page.getByRole('dialog');
const searchInput = (page: Page) => dialog(page).getByRole('searchbox', { name: 'Sökord' });
const results = (page: Page) => dialog(page).locator('[data-search-results]');

async function openSearch(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: /Sök/ }).click();
  await expect(dialog(page)).toBeVisible();
}

test('typing a term shows lesson six with its section; Enter opens it at the section with the term marked', async ({
  page,
  context,
}) => {
  const network = await watchNetwork(context, new URL(MAIN_SITE.url).origin);
  await page.goto('/');
  await openSearch(page);
  await searchInput(page).fill('strategidokument');
  const lesson = results(page).getByRole('link', { name: 'Lektion sex: DigidelCenter och samhällets digitalisering' });
  await expect(lesson).toBeVisible();
  const section = results(page).getByRole('link', { name: 'Uppdrag 5 – Koll på strategidokumenten' });
  await expect(section).toBeVisible();
  await section.click();
  await expect(page).toHaveURL(
    /\/lektioner\/digidelcenter-och-samhallets-digitalisering\/\?highlight=strategidokument#uppdrag-5-koll-pa-strategidokumenten$/,
  );
  await expect(page.getByRole('heading', { name: 'Uppdrag 5 – Koll på strategidokumenten' })).toBeInViewport();
  const marks = page.locator('mark.pagefind-highlight');
  await expect(marks.first()).toBeVisible();
  expect(await marks.count()).toBeGreaterThan(1);
  await expect(page.locator('.toc mark, .site-header mark')).toHaveCount(0);

  await page.getByRole('button', { name: 'Ta bort markeringarna' }).click();
  await expect(marks).toHaveCount(0);
  await expect(page).toHaveURL(/\/digidelcenter-och-samhallets-digitalisering\/#uppdrag-5/);
  expect(network.thirdParty()).toEqual([]);
});

test('arrow keys move through the results and Enter opens the chosen one', async ({ page }) => {
  await page.goto('/');
  await openSearch(page);
  await page.keyboard.type('globala målen');
  await expect(results(page).getByRole('link').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).getByRole('link').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const second = results(page).getByRole('link').nth(1);
  await expect(second).toBeFocused();
  const href = await second.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new URL(href ?? '', MAIN_SITE.url).href);
});

test('results that arrive while the learner is in the list keep focus in it', async ({ page }) => {
  await page.goto('/');
  await openSearch(page);
  await page.keyboard.type('globala');
  await expect(results(page).getByRole('link').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).getByRole('link').first()).toBeFocused();
  // The results of a longer term replace the list, as when the last keys' search lands late.
  const before = await results(page).getByRole('link').first().getAttribute('href');
  await searchInput(page).evaluate((input: HTMLInputElement) => {
    input.value = 'globala målen';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(results(page).getByRole('link').first()).not.toHaveAttribute('href', before ?? '');
  await expect(results(page).getByRole('link').first()).toBeFocused();
});

test.describe('Swedish stemming', () => {
  // None of these forms is in the lesson's text; only their stems are.
  for (const [form, kind] of [
    ['styrgruppen', 'definite'],
    ['biblioteken', 'definite plural'],
    ['tjänstepersonerna', 'definite plural'],
    ['projektgruppens', 'definite genitive'],
    ['strategidokumentens', 'definite plural genitive'],
  ] as const) {
    test(`"${form}" (${kind}) finds lesson six`, async ({ page }) => {
      await page.goto(`/sok/?q=${encodeURIComponent(form)}`);
      await expect(page.locator('[data-search-results]').getByRole('link', { name: /^Lektion sex: / })).toBeVisible();
    });
  }

  test('a term only in the consent text finds nothing; the film title does', async ({ page }) => {
    // The fixture course's first lesson holds films with consent text ("kakor", "webbläsare").
    await page.goto(`${FIXTURE_SITE.url}sok/?q=${encodeURIComponent('kakor')}`);
    await expect(page.locator('digidel-url-search').locator('[data-search-summary]')).toHaveText(
      'Inga träffar för ”kakor”.',
    );
    await expect(page.locator('[data-search-results]').getByRole('link')).toHaveCount(0);
    await page.goto(`${FIXTURE_SITE.url}sok/?q=${encodeURIComponent('testfilmen')}`);
    await expect(
      page.locator('[data-search-results]').getByRole('link', { name: 'Lektion ett: Första lektionen' }),
    ).toBeVisible();
  });
});

test('the search page restores ?q= after a reload and writes the query into the URL', async ({ page }) => {
  await page.goto('/sok/?q=legitimitet');
  const lesson = page.locator('[data-search-results]').getByRole('link', { name: /^Lektion sex: / });
  await expect(lesson).toBeVisible();
  await page.reload();
  await expect(lesson).toBeVisible();
  const field = page.getByRole('searchbox', { name: 'Sökord' });
  await expect(field).toHaveValue('legitimitet');
  await expect(page.locator('digidel-url-search').locator('[data-search-summary]')).toHaveText(
    '”legitimitet” finns i 1 lektion.',
  );
  await field.fill('välfärdsteknik');
  await expect(page).toHaveURL(/\/sok\/\?q=v%C3%A4lf%C3%A4rdsteknik$/);
});

test('Ctrl+K opens the dialog; Escape closes it and focus returns to the control', async ({ page }) => {
  await page.goto(LESSON_SIX);
  const control = page.getByRole('banner').getByRole('button', { name: /Sök/ });
  await expect(control).toBeVisible();
  await control.focus();
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(searchInput(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(control).toBeFocused();
});

test('mid-lesson, one Escape in a filled field closes the dialog, and the page and focus are where they were', async ({
  page,
}) => {
  await page.goto(LESSON_SIX);
  // Where a learner is writing: the assignment's first answer.
  const link = page.getByLabel('Argument 1', { exact: true });
  await scrollTo(link);
  await link.focus();
  await expect(page.getByRole('banner').getByRole('button', { name: /Sök/ })).toBeVisible();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(500);
  await page.keyboard.press('Control+k');
  await expect(searchInput(page)).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  await searchInput(page).fill('kommunens');
  await expect(results(page).locator('li').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(link).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
});

test('"/" alone opens nothing: no single-key shortcut for speech input to set off (WCAG 2.1.4)', async ({ page }) => {
  await page.goto(LESSON_SIX);
  await expect(page.getByRole('banner').getByRole('button', { name: /Sök/ })).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeHidden();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the header control is a link to the search page, which says search needs JavaScript', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('banner').getByRole('link', { name: 'Sök' }).click();
    await expect(page).toHaveURL('/sok/');
    expect(await page.locator('digidel-url-search noscript').innerHTML()).toContain('Sökningen behöver JavaScript');
  });
});

test('under a sub-path, search finds and opens results', async ({ page, context }) => {
  const network = await watchNetwork(context, new URL(FIXTURE_SITE.url).origin);
  await page.goto(FIXTURE_SITE.url);
  await openSearch(page);
  await searchInput(page).fill('mellersta');
  const result = results(page).getByRole('link', { name: 'Lektion två: Mellersta lektionen' });
  await expect(result).toHaveAttribute('href', /^\/kurser\/digidel\/lektioner\/mellersta-lektionen\//);
  await result.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mellersta lektionen');
  expect(network.thirdParty()).toEqual([]);
});

test('when the engine cannot load, the learner is told in plain words, and "Försök igen" searches', async ({
  page,
}) => {
  let refused = 0;
  await page.route('**/pagefind/pagefind.js*', (route) => {
    refused += 1;
    return route.fulfill({ status: 500, body: 'Server error' });
  });
  await page.goto('/');
  await openSearch(page);
  const status = dialog(page).locator('[data-search-summary]');
  await expect(status).toHaveText(/^Sökningen kunde inte laddas just nu\./);
  await searchInput(page).fill('strategidokument');
  // The search asks for the engine again; only once that is refused too is "Försök igen" the
  // one way left (otherwise it could reach the server after the route is gone, and succeed).
  await expect.poll(() => refused).toBeGreaterThanOrEqual(2);
  await expect(status).toHaveText(/^Sökningen kunde inte laddas just nu\./);
  await expect(status).not.toContainText('npm');
  await page.unroute('**/pagefind/pagefind.js*');
  await dialog(page).getByRole('button', { name: 'Försök igen' }).click();
  await expect(status).toHaveText('”strategidokument” finns i 1 lektion.');
  await expect(results(page).getByRole('link').first()).toBeVisible();
  await expect(dialog(page).getByRole('button', { name: 'Försök igen' })).toBeHidden();
});

test('an engine that could not load is tried again by itself when the connection returns', async ({
  page,
  context,
}) => {
  // The connection drops while the search page loads the engine.
  await page.route('**/pagefind/pagefind.js*', (route) => route.abort('internetdisconnected'));
  await page.goto('/sok/');
  await page.getByRole('searchbox', { name: 'Sökord' }).fill('strategidokument');
  const status = page.locator('digidel-url-search').locator('[data-search-summary]');
  await expect(status).toHaveText(/^Sökningen kunde inte laddas just nu\./);
  await page.unroute('**/pagefind/pagefind.js*');
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(status).toHaveText('”strategidokument” finns i 1 lektion.');
});

test('a pasted page of text is cut to 200 characters before it is searched', async ({ page }) => {
  await page.goto('/sok/');
  const field = page.getByRole('searchbox', { name: 'Sökord' });
  await expect(field).toHaveAttribute('maxlength', '200');
  // A script's value is not held to maxlength, so the page must cut it itself.
  await field.evaluate(
    (input: HTMLInputElement, text) => {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    `strategidokument ${'lorem ipsum '.repeat(9000)}`,
  );
  const status = page.locator('digidel-url-search').locator('[data-search-summary]');
  await expect(status).toHaveText(/”strategidokument lorem ipsum[a-z ]*”/);
  expect((await status.textContent())?.length ?? 0).toBeLessThan(260);
  expect(new URL(page.url()).searchParams.get('q')?.length ?? 0).toBeLessThanOrEqual(200);
  // The live region tells the count, and reads nothing of the query back.
  const announcement = page.locator('digidel-url-search').getByRole('status');
  await expect(announcement).toHaveText(/^(\d+ lektion(er)?|Inga lektioner) hittades\.$/);
});

test('a screen reader hears the number of matches once typing pauses, never the term', async ({ page }) => {
  await page.goto('/');
  await openSearch(page);
  const announced: string[] = [];
  await page.exposeFunction('heard', (text: string) => announced.push(text));
  await dialog(page)
    .getByRole('status')
    .evaluate((live) =>
      new MutationObserver(() => {
        if (live.textContent) (window as unknown as { heard: (text: string) => void }).heard(live.textContent);
      }).observe(live, { childList: true, characterData: true, subtree: true }),
    );
  // A learner typing at a steady pace: every word shows its results as it comes.
  await searchInput(page).pressSequentially('strategidokument', { delay: 60 });
  await expect(dialog(page).locator('[data-search-summary]')).toHaveText('”strategidokument” finns i 1 lektion.');
  await expect(dialog(page).getByRole('status')).toHaveText('1 lektion hittades.');
  expect(announced).toEqual(['1 lektion hittades.']);
  await searchInput(page).fill('ordsomintefinns');
  await expect(dialog(page).getByRole('status')).toHaveText('Inga lektioner hittades.');
  expect(announced.join(' ')).not.toMatch(/strategidokument|ordsomintefinns/);
});

for (const screen of [
  { name: 'a phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: 'a desktop', viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false },
]) {
  test.describe(`the search dialog on ${screen.name}`, () => {
    test.use({ viewport: screen.viewport, isMobile: screen.isMobile, hasTouch: screen.hasTouch });

    test('has one visible close button, reached after the field, that closes it', async ({ page }) => {
      await page.goto(LESSON_SIX);
      const control = page.getByRole('banner').getByRole('button', { name: /Sök/ });
      await control.click();
      await expect(searchInput(page)).toBeFocused();
      const close = dialog(page).getByRole('button', { name: 'stäng' });
      await expect(close).toHaveCount(1);
      await expect(close).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(close).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(dialog(page)).toBeHidden();
      await expect(control).toBeFocused();
    });

    test('shows clean section titles and excerpts long enough to read', async ({ page }) => {
      await page.goto(LESSON_SIX);
      await openSearch(page);
      await searchInput(page).fill('hylte');
      const section = results(page).getByRole('link', { name: 'Så gjorde vi – Vårt smarta Hylte', exact: true });
      await expect(section).toBeVisible();
      expect(await section.evaluate((link) => getComputedStyle(link, '::before').content)).toBe('none');
      const excerpt = results(page).locator('.search-result__section .search-result__excerpt').first();
      expect((await excerpt.innerText()).split(/\s+/).length).toBeGreaterThanOrEqual(30);
      // The excerpt wraps inside the dialog instead of being cut off in one line.
      expect(await excerpt.evaluate((el) => el.scrollWidth <= el.clientWidth && el.clientHeight > 40)).toBe(true);
    });

    test(`shows keyboard hints only where a keyboard is likely`, async ({ page }) => {
      await page.goto(LESSON_SIX);
      const hint = page.getByRole('banner').getByRole('button', { name: /Sök/ }).locator('kbd');
      if (screen.isMobile) await expect(hint).toBeHidden();
      else await expect(hint).toBeVisible();
      await openSearch(page);
      const footer = dialog(page).locator('.search-dialog__hints');
      if (screen.isMobile) await expect(footer).toBeHidden();
      else await expect(footer).toBeVisible();
    });
  });
}
