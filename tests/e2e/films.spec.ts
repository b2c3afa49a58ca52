/**
 * The consent wrapper: nothing is fetched from YouTube or Google before the learner clicks
 * "Starta video"; one click plays the film on youtube-nocookie.com; "Kom ihåg mitt val" is
 * stored only when ticked and can be withdrawn as easily. Runs on the fixture course, whose
 * lessons hold films with fixture IDs, built under /kurser/digidel/.
 */
import { expect, test, type Page } from '@playwright/test';
import { watchNetwork } from '../support/network';
import { offlineTraces } from '../support/offline';
import { tabTo } from '../support/keyboard';
import { sitemapUrls } from '../support/sitemap';
import { FIXTURE_SITE, MAIN_SITE } from '../support/sites';

const at = {
  get origin() {
    return FIXTURE_SITE.origin;
  },
  get lesson1() {
    return FIXTURE_SITE.at('lektioner/forsta-lektionen/');
  },
  get lesson2() {
    return FIXTURE_SITE.at('lektioner/mellersta-lektionen/');
  },
  get privacy() {
    return FIXTURE_SITE.at('integritet/');
  },
};
const CONSENT_KEY = 'digidel:film-consent';

const film = (page: Page, title: string) => page.getByRole('figure').filter({ hasText: title });
const storedKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage));

test.describe('before consent', () => {
  for (const site of [MAIN_SITE, FIXTURE_SITE]) {
    test(`no page of ${site.name} contacts another host, or stores anything, after hover, focus and scroll`, async ({
      page,
      context,
    }) => {
      const siteOrigin = new URL(site.url).origin;
      const network = await watchNetwork(context, siteOrigin);
      const urls = await sitemapUrls(page.request, site.url);
      expect(urls.length).toBeGreaterThan(2);
      for (const url of urls) {
        await page.goto(url);
        for (const figure of await page.locator('figure.film').all()) {
          await figure.scrollIntoViewIfNeeded();
          await figure.hover();
          for (const control of await figure.locator('button:visible, a, input').all()) {
            await control.focus();
            await control.hover({ force: true });
          }
        }
        await page.mouse.wheel(0, 10_000);
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => document.cookie)).toBe('');
        expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
        // No service worker and no Cache Storage before the learner asks for the offline copy.
        expect(await offlineTraces(page)).toEqual({ registrations: [], caches: [] });
      }
      expect(network.thirdParty()).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    });
  }

  test('films show a local poster, the consent text, the controls and the YouTube link', async ({ page }) => {
    await page.goto(at.lesson1);
    const first = film(page, 'Första testfilmen');
    await expect(first.locator('img.film__poster')).toHaveAttribute('src', /^\/kurser\/digidel\/_astro\//);
    // A drawn poster is a picture with the play symbol: the title is in the caption above it, once.
    await expect(film(page, 'Andra testfilmen').locator('.film__poster--drawn')).toHaveText('');
    await expect(film(page, 'Andra testfilmen').locator('figcaption')).toContainText('Andra testfilmen');
    await expect(
      film(page, 'Andra testfilmen').getByRole('button', { name: 'Spela filmen: Andra testfilmen' }),
    ).toBeVisible();
    await expect(first).toContainText('YouTube och Google samla in uppgifter om dig och sätta kakor');
    await expect(first.getByRole('link', { name: 'Läs mer om filmer och kakor' })).toHaveAttribute(
      'href',
      '/kurser/digidel/integritet/',
    );
    await expect(first.getByRole('button', { name: 'Starta video' })).toBeEnabled();
    await expect(first.getByRole('button', { name: 'Starta video' })).toHaveAccessibleDescription(/samla in uppgifter/);
    await expect(first.getByRole('checkbox', { name: 'Kom ihåg mitt val' })).not.toBeChecked();
    await expect(first.getByRole('link', { name: 'Se filmen på YouTube' })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=aaaaaaaaaaa&t=90s',
    );
  });

  test('the consent text is kept out of the search index, the title and description are not', async ({ page }) => {
    await page.goto(at.lesson1);
    const first = film(page, 'Första testfilmen');
    await expect(first.locator('[data-pagefind-ignore] >> text=Starta video')).toHaveCount(1);
    await expect(first.locator('[data-pagefind-ignore]').filter({ hasText: 'Första testfilmen' })).toHaveCount(0);
    await expect(first.locator('figcaption')).toContainText('En testfilm med egen affisch och starttid.');
  });
});

test.describe('"Starta video"', () => {
  test('one click plays the film on youtube-nocookie.com, focused, without moving the page', async ({
    page,
    context,
  }) => {
    const network = await watchNetwork(context, at.origin);
    await page.goto(at.lesson1);
    const first = film(page, 'Första testfilmen');
    const stage = first.locator('[data-stage]');
    const before = await stage.boundingBox();

    await expect(first.getByText('Visas ingen film?')).toBeHidden();
    await first.getByRole('button', { name: 'Starta video' }).click();
    const iframe = first.locator('iframe');
    // What to do on a network that blocks YouTube, which the page cannot see.
    await expect(first.getByText('Visas ingen film?')).toBeVisible();
    await expect(iframe).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/aaaaaaaaaaa\?/);
    const src = new URL((await iframe.getAttribute('src')) ?? '');
    expect(Object.fromEntries(src.searchParams)).toMatchObject({
      autoplay: '1',
      start: '90',
      hl: 'sv',
      cc_lang_pref: 'sv',
    });
    await expect(iframe).toHaveAttribute('title', 'Första testfilmen');
    await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation allow-popups');
    await expect(iframe).toBeFocused();
    const after = await stage.boundingBox();
    expect([after?.width, after?.height]).toEqual([before?.width, before?.height]);

    await expect.poll(() => network.thirdParty()).toEqual([src.href]);
    await expect(film(page, 'Andra testfilmen').locator('iframe')).toHaveCount(0);
    await expect(film(page, 'Andra testfilmen').getByRole('button', { name: 'Starta video' })).toBeVisible();
    expect(await storedKeys(page)).toEqual([]);
  });

  test('works from the keyboard', async ({ page, context }) => {
    await watchNetwork(context, at.origin);
    await page.goto(at.lesson1);
    const start = film(page, 'Andra testfilmen').getByRole('button', { name: 'Starta video' });
    await tabTo(page, start);
    await page.keyboard.press('Enter');
    const iframe = film(page, 'Andra testfilmen').locator('iframe');
    await expect(iframe).toHaveAttribute('src', /youtube-nocookie\.com\/embed\/bbbbbbbbbbb\?/);
    await expect(iframe).toBeFocused();
  });

  test('unchecked, nothing is stored and the next visit asks again', async ({ page, context }) => {
    await watchNetwork(context, at.origin);
    await page.goto(at.lesson1);
    await film(page, 'Andra testfilmen').getByRole('button', { name: 'Starta video' }).click();
    await expect(film(page, 'Andra testfilmen').locator('iframe')).toHaveCount(1);
    expect(await storedKeys(page)).toEqual([]);
    await page.reload();
    await expect(film(page, 'Andra testfilmen').getByRole('button', { name: 'Starta video' })).toBeVisible();
  });
});

test.describe('"Kom ihåg mitt val"', () => {
  test('remembered films show a plain facade on every page, still contacting nobody until clicked', async ({
    page,
    context,
  }) => {
    const network = await watchNetwork(context, at.origin);
    await page.goto(at.lesson1);
    const second = film(page, 'Andra testfilmen');
    await second.getByRole('checkbox', { name: 'Kom ihåg mitt val' }).check();
    await second.getByRole('button', { name: 'Starta video' }).click();
    await expect(second.locator('iframe')).toBeFocused();
    expect(await storedKeys(page)).toEqual([CONSENT_KEY]);
    // The other film on the page follows at once.
    const first = film(page, 'Första testfilmen');
    await expect(first.getByRole('button', { name: 'Starta video' })).toBeHidden();
    await expect(first.getByRole('button', { name: 'Spela filmen: Första testfilmen' })).toBeVisible();

    const before = network.thirdParty().length;
    for (const url of [at.lesson1, at.lesson2]) {
      await page.goto(url);
      for (const figure of await page.locator('figure.film').all()) {
        await figure.hover();
        await expect(figure.getByText('samla in uppgifter')).toBeHidden();
        await expect(figure.getByRole('button', { name: /^Spela filmen: / })).toBeVisible();
        await expect(figure.getByRole('button', { name: 'Ändra mitt val' })).toBeVisible();
      }
    }
    await page.waitForLoadState('networkidle');
    expect(network.thirdParty()).toHaveLength(before);

    await page.getByRole('button', { name: 'Spela filmen: Tredje testfilmen' }).click();
    await expect(page.locator('iframe')).toHaveAttribute('src', /youtube-nocookie\.com\/embed\/ccccccccccc\?/);
    await expect(page.locator('iframe')).toBeFocused();
  });

  test('withdrawing on the privacy page brings the consent text back', async ({ page, context }) => {
    await watchNetwork(context, at.origin);
    await page.goto(at.lesson1);
    await film(page, 'Första testfilmen').getByRole('checkbox', { name: 'Kom ihåg mitt val' }).check();
    await film(page, 'Första testfilmen').getByRole('button', { name: 'Starta video' }).click();

    await page.goto(at.privacy);
    const settings = page.locator('digidel-film-consent-settings').getByRole('status');
    await expect(settings).toContainText('Du har valt att filmer från YouTube startar direkt');
    await page.getByRole('button', { name: 'Glöm mitt val för filmer' }).click();
    await expect(settings).toContainText('Ditt val är borttaget');
    expect(await storedKeys(page)).toEqual([]);

    await page.goto(at.lesson2);
    await expect(film(page, 'Tredje testfilmen').getByRole('button', { name: 'Starta video' })).toBeVisible();
    await expect(film(page, 'Tredje testfilmen')).toContainText('samla in uppgifter');
  });

  test('withdrawing next to a film works as easily, for every film on the page', async ({ page, context }) => {
    await watchNetwork(context, at.origin);
    await page.goto(at.lesson1);
    await page.evaluate(
      (key) =>
        localStorage.setItem(
          key,
          JSON.stringify({ version: 1, allowYouTube: true, savedAt: new Date().toISOString() }),
        ),
      CONSENT_KEY,
    );
    await page.reload();
    await film(page, 'Andra testfilmen').getByRole('button', { name: 'Ändra mitt val' }).click();
    expect(await storedKeys(page)).toEqual([]);
    for (const title of ['Första testfilmen', 'Andra testfilmen']) {
      await expect(film(page, title).getByRole('button', { name: 'Starta video' })).toBeVisible();
    }
    await expect(film(page, 'Andra testfilmen').getByRole('button', { name: 'Starta video' })).toBeFocused();
  });

  test('storage that throws: the film still plays and the learner is told the choice was not saved', async ({
    page,
    context,
  }) => {
    await watchNetwork(context, at.origin);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Storage is disabled', 'SecurityError');
        },
      });
    });
    await page.goto(at.lesson1);
    const second = film(page, 'Andra testfilmen');
    await second.getByRole('checkbox', { name: 'Kom ihåg mitt val' }).check();
    await second.getByRole('button', { name: 'Starta video' }).click();
    await expect(second.locator('iframe')).toHaveCount(1);
    await expect(second.getByRole('status')).toContainText('kunde inte sparas');
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a film shows its poster, the text and the YouTube link', async ({ page }) => {
    await page.goto(at.lesson1);
    const first = film(page, 'Första testfilmen');
    await expect(first.locator('img.film__poster')).toBeVisible();
    await expect(first).toContainText('samla in uppgifter om dig');
    // Chromium's script switch does not change how <noscript> parses, so check the markup itself.
    expect(await first.locator('noscript').innerHTML()).toContain(
      'Filmen kan bara spelas här när JavaScript är påslaget',
    );
    await expect(first.getByRole('button', { name: 'Starta video' })).toBeDisabled();
    await expect(first.getByRole('link', { name: 'Se filmen på YouTube' })).toBeVisible();
  });
});

test('when the player script cannot load, the learner is told and can try again', async ({ page, context }) => {
  await watchNetwork(context, at.origin);
  let fail = true;
  await page.route('**/_astro/lite-yt-embed.*.js', (route) => (fail ? route.abort() : route.continue()));
  await page.goto(at.lesson1);
  const second = film(page, 'Andra testfilmen');
  await second.getByRole('button', { name: 'Starta video' }).click();
  await expect(second.getByRole('status')).toHaveText(
    'Filmen kunde inte laddas just nu. Försök igen, eller se den på YouTube.',
  );
  await expect(second.getByRole('button', { name: 'Starta video' })).toBeVisible();
  fail = false;
  await second.getByRole('button', { name: 'Starta video' }).click();
  await expect(second.locator('iframe')).toBeFocused();
  await expect(second.locator('[data-status]')).toBeEmpty();
});

test.describe('a text version of a film', () => {
  test('shows under the player, closed, from children or the transcript field; none where not given', async ({
    page,
  }) => {
    await page.goto(at.lesson1);
    const first = film(page, 'Första testfilmen');
    const text = first.getByRole('group').filter({ hasText: 'Textversion av filmen' });
    await expect(first.getByText('Längd: 3 min 15 s')).toBeVisible();
    await expect(first.getByText(/står vid bokbussen/)).toBeHidden();
    await first.getByText('Textversion av filmen').click();
    await expect(first.getByText(/står vid bokbussen/)).toBeVisible();
    await expect(first.locator('strong')).toHaveText('varje besök');
    await expect(text).toHaveCount(1);
    await film(page, 'Andra testfilmen').getByText('Textversion av filmen').click();
    await expect(film(page, 'Andra testfilmen').getByText('nämner kommunhuset')).toBeVisible();
    await page.goto(at.lesson2);
    await expect(film(page, 'Tredje testfilmen').getByText('Textversion av filmen')).toHaveCount(0);
  });

  test('is printed open', async ({ page }) => {
    await page.goto(at.lesson1);
    await page.emulateMedia({ media: 'print' });
    await expect(film(page, 'Första testfilmen').getByText(/står vid bokbussen/)).toBeVisible();
  });

  test('is found by search', async ({ page }) => {
    await page.goto(`${FIXTURE_SITE.url}sok/?q=bokbussen`);
    await expect(page.locator('[data-search-results]').getByRole('link', { name: /Första lektionen/ })).toBeVisible();
  });
});

test('a film whose YouTube ID is not known yet shows as not available, with no player and nothing to consent to', async ({
  page,
}) => {
  await page.goto(FIXTURE_SITE.at('lektioner/sista-lektionen/'));
  const unfinished = film(page, 'Film som inte är klar');
  await expect(unfinished).toContainText('Filmen är inte tillgänglig här ännu.');
  await expect(unfinished.getByRole('button', { name: 'Starta video' })).toHaveCount(0);
  await expect(page.locator('iframe')).toHaveCount(0);
});
