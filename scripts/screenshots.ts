/**
 * Screenshots of the built site for people to look at before calling a page done: every page,
 * and the states a learner reaches (search results, the search dialog, a filled assignment, a
 * done lesson, the start page after that), on 320 and 390 px phones and a desktop, in light and
 * dark. Serve the site first (`npm start`), then `npm run screenshots`, optionally with words
 * that pick shots by name (`npm run screenshots -- dialog done`). BASE_URL defaults to
 * http://localhost:4321. Written to screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';
import { scrollTo } from '../tests/support/near.ts';
import { storeTwoVersions } from '../tests/support/progress-states.ts';

const base = process.env['BASE_URL'] ?? 'http://localhost:4321';
const LESSON = '/lektioner/digidelcenter-och-samhallets-digitalisering/';

const devices = {
  phone320: { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  phone390: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
};
const schemes = ['light', 'dark'] as const;

interface Shot {
  name: string;
  /** Brings a fresh page into the state to show. */
  setup: (page: Page) => Promise<void>;
  /** The whole page, or only the screen the learner sees. */
  fullPage: boolean;
  /** Or only this element (a CSS selector), wherever it is on the page. */
  element?: string;
}

const visit = (path: string) => async (page: Page) => {
  await page.goto(new URL(path, base).href);
};

async function fillAssignment(page: Page): Promise<void> {
  await visit(LESSON)(page);
  const field = page.getByLabel('Argument 1');
  await scrollTo(field);
  await field.fill(
    'Kommunens digitaliseringsstrategi säger att alla invånare ska kunna använda kommunens e-tjänster. Ett DigidelCenter hjälper dem som inte kan i dag.',
  );
  await field.blur();
  await page
    .getByText(/Sparat/)
    .first()
    .waitFor();
  await field.scrollIntoViewIfNeeded();
}

async function markDone(page: Page): Promise<void> {
  await visit(LESSON)(page);
  // Its code loads as it comes near, as the answers' does.
  await page.locator('digidel-lesson-progress').scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Markera lektionen som klar' }).click();
  await page.getByRole('button', { name: 'Ångra' }).waitFor();
}

const shots: Shot[] = [
  ...['/', LESSON, '/om-kursen/', '/integritet/', '/tillganglighet/', '/mina-svar/', '/finns-inte/'].map((path) => ({
    name: path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'start',
    setup: visit(path),
    fullPage: true,
  })),
  {
    name: 'search-page-results',
    setup: async (page) => {
      await visit('/sok/?q=digital')(page);
      await page.locator('.search-result__title').first().waitFor();
    },
    fullPage: true,
  },
  {
    name: 'search-dialog',
    setup: async (page) => {
      await visit(LESSON)(page);
      await page.getByRole('banner').getByRole('button', { name: /Sök/ }).click();
      await page.getByRole('dialog').locator('input').fill('strategi');
      await page.getByRole('dialog').locator('.search-result__title').first().waitFor();
    },
    fullPage: false,
  },
  // The answers with the first one filled, and the line under it that says it was saved.
  { name: 'assignment-filled', setup: fillAssignment, fullPage: false, element: 'digidel-answer-fields' },
  {
    // Two tabs changed one answer: both versions, and the choice between them.
    name: 'answer-two-versions',
    setup: async (page) => {
      await visit(LESSON)(page);
      await storeTwoVersions(page, 'Mitt svar från den här fliken.', 'Svaret från den andra fliken.');
      await page.getByRole('button', { name: 'Använd den andra versionen' }).waitFor();
    },
    fullPage: false,
    element: 'digidel-answer-fields',
  },
  {
    name: 'lesson-done',
    setup: async (page) => {
      await markDone(page);
      await page.getByRole('button', { name: 'Ångra' }).scrollIntoViewIfNeeded();
    },
    fullPage: false,
  },
  {
    name: 'lesson-done-top',
    setup: async (page) => {
      await markDone(page);
      await page.reload();
    },
    fullPage: false,
  },
  {
    name: 'start-after-done',
    setup: async (page) => {
      await markDone(page);
      await visit('/')(page);
    },
    fullPage: true,
  },
  {
    name: 'offline-before',
    setup: visit('/'),
    fullPage: false,
    element: 'section.offline-section',
  },
  {
    name: 'offline-saved',
    setup: async (page) => {
      await visit('/')(page);
      await page.getByRole('button', { name: 'Spara kursen för läsning utan internet' }).click();
      await page.getByText(/^Kursen är sparad för läsning utan internet/).waitFor();
    },
    fullPage: false,
    element: 'section.offline-section',
  },
  {
    // The notice's real trigger is a new build (tests/e2e/offline-update.spec.ts); here its look.
    name: 'offline-update-notice',
    setup: async (page) => {
      await visit('/lektioner/digidelcenter-och-samhallets-digitalisering/')(page);
      await page.evaluate(() => document.querySelector('[data-notice]')?.removeAttribute('hidden'));
    },
    fullPage: false,
  },
];

const wanted = process.argv.slice(2);
const chosen = shots.filter((shot) => wanted.length === 0 || wanted.some((word) => shot.name.includes(word)));

await mkdir('screenshots', { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
for (const [device, options] of Object.entries(devices)) {
  for (const colorScheme of schemes) {
    for (const shot of chosen) {
      // A fresh context per shot: no progress or answers carried from one state to the next.
      const context = await browser.newContext({ ...options, colorScheme });
      const page = await context.newPage();
      await shot.setup(page);
      const path = `screenshots/${shot.name}-${device}-${colorScheme}.png`;
      if (shot.element) await page.locator(shot.element).first().screenshot({ path });
      else await page.screenshot({ path, fullPage: shot.fullPage });
      await context.close();
    }
  }
}
await browser.close();
console.log(`${chosen.length} shots × ${Object.keys(devices).length} screens × 2 schemes written to screenshots/.`);
