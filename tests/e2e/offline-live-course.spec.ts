/**
 * The offline copy never hides the live course. A learner saved build one of the fixture course
 * (multi-lesson); the editor then publishes build two (multi-lesson-next, with a fourth lesson),
 * on the same address, beside a file of the host's own (/kurser/digidel/filer/oppettider.txt).
 * Online, the network answers first: the new lesson, addresses without the trailing slash and
 * the host's file open, search finds the new lesson, and the update notice shows on the first
 * page view. Offline, the copy answers, with the course's 404 page only for unknown page
 * addresses. A build two published without its service worker, or with a file missing, is
 * reported as an update that failed, and a new try succeeds once the upload is whole.
 */
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server';
import { COURSES } from '../support/course-builds';
import { saveCourse } from '../support/offline';

const BASE = COURSES['multi-lesson'].base;
const HOST_FILE = 'filer/oppettider.txt';
const HOST_TEXT = 'Biblioteket har öppet vardagar 10–19.';
const NEW_LESSON = 'lektioner/nytillkommen-lektion/';
const NEW_VERSION = 'En ny version av kursen finns.';
const UPDATE_FAILED = 'Din sparade kopia av kursen kunde inte uppdateras.';

/** A build as uploaded to the host: a copy of `outDir` with the host's own file beside it, less `missing`. */
function upload(scratch: string, name: string, outDir: string, missing: string[] = []): string {
  const root = join(scratch, name);
  cpSync(outDir, root, { recursive: true });
  mkdirSync(join(root, 'filer'), { recursive: true });
  writeFileSync(join(root, HOST_FILE), `${HOST_TEXT}\n`);
  for (const file of missing) rmSync(join(root, file));
  return root;
}

let scratch: string;
let server: RunningServer;
let uploads: Record<'first' | 'second' | 'withoutWorker' | 'withoutFile', string>;

test.beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'digidel-live-'));
  const next = COURSES['multi-lesson-next'].outDir;
  uploads = {
    first: upload(scratch, 'first', COURSES['multi-lesson'].outDir),
    second: upload(scratch, 'second', next),
    withoutWorker: upload(scratch, 'without-worker', next, ['sw.js']),
    withoutFile: upload(scratch, 'without-file', next, [`${NEW_LESSON}index.html`]),
  };
});

test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test.beforeEach(async ({ page }) => {
  test.setTimeout(120_000);
  server = await serveStatic(uploads.first, { base: BASE });
  await page.goto(server.url);
  await saveCourse(page);
});

test.afterEach(async () => {
  await server.close();
});

const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

test('online, the published build answers first; offline, the copy', async ({ page, context }) => {
  server.setRoot(uploads.second);

  // The new lesson opens on the first view after publishing, and the notice says a version waits.
  const lesson = await page.goto(`${server.url}${NEW_LESSON}`);
  expect(lesson?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nytillkommen lektion');
  await expect(status(page, NEW_VERSION)).toBeVisible({ timeout: 60_000 });

  // An address without the trailing slash is the page, not the copy's 404 page.
  await page.goto(`${server.url}mina-svar`);
  await expect(page).toHaveURL(`${server.url}mina-svar/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mina svar och framsteg');

  // Search reads the published index, which knows the new lesson.
  await page.goto(`${server.url}sok/?q=lånecykeln`);
  await expect(
    page.locator('[data-search-results]').getByRole('link', { name: /Lektion fyra: Nytillkommen lektion/ }),
  ).toBeVisible();

  // The host's own file comes from the host, to a navigation and to a fetch alike.
  await page.goto(`${server.url}${HOST_FILE}`);
  await expect(page.locator('body')).toContainText(HOST_TEXT);
  expect(
    await page.evaluate((url) => fetch(url).then((response) => response.text()), `${server.url}${HOST_FILE}`),
  ).toBe(`${HOST_TEXT}\n`);

  await context.setOffline(true);
  // The saved page, with or without the slash, and the 404 page for a page the copy does not know.
  await page.goto(`${server.url}lektioner/forsta-lektionen`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Första lektionen');
  await page.goto(`${server.url}${NEW_LESSON}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
  // A file the copy does not hold is not the course's to answer: the browser's own error.
  await expect(page.goto(`${server.url}${HOST_FILE}`)).rejects.toThrow(/ERR_/);
});

for (const { name, broken } of [
  { name: 'without its service worker', broken: 'withoutWorker' },
  { name: 'with a file missing', broken: 'withoutFile' },
] as const) {
  test(`a build published ${name} is reported, and a new try succeeds once the upload is whole`, async ({ page }) => {
    server.setRoot(uploads[broken]);
    await page.goto(`${server.url}lektioner/forsta-lektionen/`);
    const failed = status(page, UPDATE_FAILED);
    await expect(failed).toBeVisible({ timeout: 60_000 });
    await expect(failed.getByRole('link', { name: 'Ta bort eller spara om kopian' })).toHaveAttribute(
      'href',
      `${BASE}integritet/#kursen-utan-internet`,
    );
    await expect(status(page, NEW_VERSION)).toBeHidden();
    // Online, the live course still opens: the lesson that is there.
    await expect(page.getByText('Text i första avsnittet, nu i en ny version.')).toBeVisible();

    server.setRoot(uploads.second);
    await failed.getByRole('button', { name: 'Försök igen' }).click();
    await expect(status(page, NEW_VERSION)).toBeVisible({ timeout: 60_000 });
    await expect(failed).toBeHidden();
  });
}
