/**
 * What a learner sees and hears, checked as they meet it: nothing fixed on screen covers the
 * focused element (WCAG 2.4.11), the search field's edge can be seen (1.4.11), a save and the
 * film's poster work as a learner expects, search excerpts keep their words apart, and a visited
 * button-styled link keeps its colours.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { contrastRatio } from '../../src/features/goals/contrast';
import { chromiumLaunchOptions } from '../support/chromium';
import { watchNetwork } from '../support/network';
import { scrollTo } from '../support/near';
import { FIXTURE_SITE, LESSON_SIX, MAIN_SITE } from '../support/sites';

/**
 * Tabs through the page `stops` times; for each focused element, the elements fixed or sticky on
 * screen that overlap it. An empty list is a page where focus is never hidden.
 */
async function coveredFocus(page: Page, stops: number): Promise<string[]> {
  const covered: string[] = [];
  for (let stop = 0; stop < stops; stop += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(() => {
      const focused = document.activeElement;
      if (!(focused instanceof HTMLElement) || focused === document.body) return [];
      const box = focused.getBoundingClientRect();
      const overlapping: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>('body *')) {
        if (element.contains(focused) || focused.contains(element)) continue;
        const { position, visibility, display } = getComputedStyle(element);
        if (!['fixed', 'sticky'].includes(position) || visibility === 'hidden' || display === 'none') continue;
        const other = element.getBoundingClientRect();
        const overlaps =
          other.width > 0 &&
          other.height > 0 &&
          other.left < box.right &&
          other.right > box.left &&
          other.top < box.bottom &&
          other.bottom > box.top;
        if (overlaps) overlapping.push(`${focused.outerHTML.slice(0, 80)} under ${element.className}`);
      }
      return overlapping;
    });
    covered.push(...found);
  }
  return covered;
}

test.describe('focus is never hidden on a lesson opened from search', () => {
  for (const [name, viewport] of [
    ['1280 px', { width: 1280, height: 800 }],
    ['390 px', { width: 390, height: 844 }],
    // A 1280 × 800 window zoomed to 400 %.
    ['400 % zoom', { width: 320, height: 200 }],
  ] as const) {
    test(`at ${name}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(viewport);
      await page.goto(`${LESSON_SIX}?highlight=kommunens`);
      await expect(page.getByText('Dina sökord är markerade')).toBeVisible();
      expect(await coveredFocus(page, 45)).toEqual([]);
    });
  }
});

test.describe('the search field', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`has an edge of at least 3:1 against the dialog, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(LESSON_SIX);
      await page.getByRole('banner').getByRole('button', { name: /Sök/ }).click();
      const field = page.getByRole('dialog').getByRole('searchbox', { name: 'Sökord' });
      await expect(field).toBeFocused();
      const [edge, around] = await field.evaluate((input) => {
        const hex = (colour: string) =>
          `#${(colour.match(/\d+/g) ?? [])
            .slice(0, 3)
            .map((part) => Number(part).toString(16).padStart(2, '0'))
            .join('')}`;
        const dialog = input.closest('dialog');
        return [
          hex(getComputedStyle(input).borderTopColor),
          hex(getComputedStyle(dialog ?? document.body).backgroundColor),
        ];
      });
      expect(contrastRatio(edge, around)).toBeGreaterThanOrEqual(3);
    });
  }
});

test('a save is announced once, on leaving the field, not at every pause in typing', async ({ page }) => {
  await page.goto(LESSON_SIX);
  await scrollTo(page.locator('digidel-answer-fields'));
  const region = page.locator('digidel-answer-fields [aria-live="polite"][data-announce]');
  const field = page.getByLabel('Argument 1', { exact: true });
  await field.click();
  await page.keyboard.type('Kommunens strategi ');
  await expect(field.locator('xpath=following-sibling::p[1]')).toHaveText(/^Sparat på den här enheten kl\. /);
  await page.keyboard.type('nämner biblioteken.');
  await expect(region).toHaveText('');
  await page.keyboard.press('Tab');
  await expect(region).toHaveText('Ditt svar på ”Argument 1” är sparat på den här enheten.');
  // The saved line sits under the answer itself, before the optional document field.
  const order = await page
    .locator('[data-field="argument-1"]')
    .evaluate((box) =>
      [...box.children].map((child) => child.tagName + (child.hasAttribute('data-field-status') ? '*' : '')),
    );
  expect(order.slice(0, 3)).toEqual(['LABEL', 'TEXTAREA', 'P*']);
  // Each optional document field is named for its answer.
  await expect(page.getByLabel('Dokument där du hittade argumentet (valfritt), Argument 3')).toHaveCount(1);
});

test('a tap on the poster starts the film exactly as "Starta video" does', async ({ page, context }) => {
  const network = await watchNetwork(context, FIXTURE_SITE.origin);
  await page.goto(FIXTURE_SITE.at('lektioner/forsta-lektionen/'));
  const film = page.getByRole('figure').filter({ hasText: 'Första testfilmen' });
  const poster = film.locator('[data-play]');
  await expect(poster).toBeVisible();
  // Beside the consent text, "Starta video" is the keyboard's stop; the poster is for a pointer.
  await expect(poster).toHaveAttribute('tabindex', '-1');
  expect(network.thirdParty()).toEqual([]);
  const box = await poster.boundingBox();
  const stage = await film.locator('[data-stage]').boundingBox();
  expect(box?.width).toBe(stage?.width);
  await poster.click({ position: { x: 20, y: 20 } });
  await expect(film.locator('iframe')).toHaveAttribute(
    'src',
    /^https:\/\/www\.youtube-nocookie\.com\/embed\/aaaaaaaaaaa\?/,
  );
  await expect(film.locator('iframe')).toBeFocused();
});

test('search excerpts keep a space between a heading, a paragraph and a caption', async ({ page }) => {
  await page.goto(`${MAIN_SITE.url}sok/?q=${encodeURIComponent('Hylte')}`);
  const excerpts = page.locator('[data-search-results] .search-result__excerpt');
  await expect(excerpts.first()).toBeVisible();
  const texts = (await excerpts.allInnerTexts()).join('\n');
  expect(texts.length).toBeGreaterThan(40);
  // "träffpunktenEn", "besökare.Längd", "Hylte”Marja": a block's end run into the next one's start.
  // (Swedish quotes are ” on both sides: only one right after a word, then a capital, is a run-on.)
  expect(texts.replaceAll('DigidelCenter', 'Digidelcenter')).not.toMatch(/\p{Ll}\p{Lu}|[.!?]\p{Lu}|\p{Ll}”\p{Lu}/u);
});

test('a visited link styled as a button keeps its colours', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'digidel-visited-'));
  const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions);
  try {
    const page = await context.newPage();
    // A plain link to the same page beside it: it must turn to the visited colour, which proves
    // that this profile keeps history and the comparison below can fail.
    const plainLink = async () => {
      await page.evaluate(
        (href) => {
          const link = Object.assign(document.createElement('a'), { href, textContent: 'Lektionen', id: 'plain' });
          document.querySelector('main')?.prepend(link);
        },
        (await button.getAttribute('href')) ?? '',
      );
      return page.locator('#plain');
    };
    const button = page.locator('a.button.course-progress__go');
    await page.goto(MAIN_SITE.url);
    await expect(button).toBeVisible();
    const before = { button: await button.screenshot(), plain: await (await plainLink()).screenshot() };
    // Clicked, not typed in: Chromium keeps a link visited only for the site it was followed from.
    await button.click();
    await page.waitForURL(/\/lektioner\//);
    await page.goto(MAIN_SITE.url);
    await expect(button).toBeVisible();
    const plain = await plainLink();
    await expect.poll(async () => (await plain.screenshot()).equals(before.plain)).toBe(false);
    expect((await button.screenshot()).equals(before.button)).toBe(true);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('an excerpt’s English is marked as English, for a screen reader to say it so', async ({ page }) => {
  await page.goto(`${MAIN_SITE.url}sok/?q=${encodeURIComponent('elderly')}`);
  const english = page.locator('[data-search-results] .search-result__excerpt span[lang="en"]');
  await expect(english.first()).toContainText('Library’s digital centre');
  // The term found is marked within the English.
  await expect(english.locator('mark').first()).toHaveText(/elderly/i);
  // Only the English: the Swedish around it keeps the page's language.
  for (const text of await english.allInnerTexts()) expect(text).not.toMatch(/\b(och|att|för|som)\b/);
});
