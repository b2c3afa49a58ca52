/**
 * A new build reaches a learner who saved the course: on their next visit online the saved copy
 * fetches only what changed, the page says "En ny version av kursen finns" without reloading,
 * and the new text shows when they choose, with their progress untouched. Two real builds of a
 * copy of the fixture course, under /kurser/digidel/, served by a preview server of its own.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { saveCourse } from '../support/offline';
import { startPreview } from '../support/preview-server';
import { UPDATE_SITE } from '../support/sites';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...UPDATE_SITE.env };
const lessonFile = join(UPDATE_SITE.env.COURSE_DIR, 'lessons', '03-mellersta-lektionen.mdx');
const lesson = `${UPDATE_SITE.url}lektioner/mellersta-lektionen/`;
const OLD_TEXT = 'Text i första avsnittet.';
const NEW_TEXT = 'Text i första avsnittet, nu i en ny version.';

/** `npm run build`'s own script: builds beside the served folder and swaps it in whole. */
function build(): void {
  const result = spawnSync('node', ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...env, PATH: `${join(process.cwd(), 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}` },
  });
  if (result.status !== 0) throw new Error(`The build failed:\n${result.stdout}\n${result.stderr}`);
}

let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  rmSync(UPDATE_SITE.env.COURSE_DIR, { recursive: true, force: true });
  cpSync(UPDATE_SITE.fixture, UPDATE_SITE.env.COURSE_DIR, { recursive: true });
  build();
  server = await startPreview(env, UPDATE_SITE.port, UPDATE_SITE.url);
});

test.afterAll(() => {
  server?.kill();
});

test('a new build is fetched file by file, announced, and shown only when the learner chooses', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await page.goto(UPDATE_SITE.url);
  await saveCourse(page);
  const list = (await (await page.request.get(`${UPDATE_SITE.url}offline-copy.json`)).json()) as { files: number };
  await page.goto(lesson);
  await expect(page.getByText(OLD_TEXT)).toBeVisible();
  await page.getByRole('button', { name: 'Markera lektionen som klar' }).click();

  writeFileSync(lessonFile, readFileSync(lessonFile, 'utf8').replace(OLD_TEXT, NEW_TEXT));
  build();

  const fetchedByWorker: string[] = [];
  context.on('request', (request) => {
    if (request.serviceWorker()) fetchedByWorker.push(new URL(request.url()).pathname);
  });
  await page.goto(lesson);
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  const notice = page.getByRole('status').filter({ hasText: 'En ny version av kursen finns.' });
  await expect(notice).toBeVisible({ timeout: 60_000 });
  // Nothing reloaded under the learner: still the same document, still the old text.
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await expect(page.getByText(OLD_TEXT)).toBeVisible();

  // Only what changed was fetched: the lesson's page and search files, not the unchanged bundles.
  const files = fetchedByWorker.filter((path) => !path.endsWith('/sw.js'));
  expect(files).toContain('/kurser/digidel/lektioner/mellersta-lektionen/index.html');
  expect(files.filter((path) => path.includes('/_astro/'))).toEqual([]);
  expect(files.length).toBeLessThan(list.files / 2);

  await notice.getByRole('button', { name: 'Visa den nya versionen' }).click();
  await expect(page.getByText(NEW_TEXT)).toBeVisible();
  await expect(page.getByText(/^Klar – markerad /)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'En ny version av kursen finns.' })).toBeHidden();

  // The new version is the saved one: it opens without a connection.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText(NEW_TEXT)).toBeVisible();
});
