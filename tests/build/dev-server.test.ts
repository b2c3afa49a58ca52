/**
 * `npm run dev` as an editor previews with it: a draft lesson is shown with its banner, and a
 * lesson with a mistake shows the lesson check's Swedish message at the lesson's own line, on
 * the error page in the browser and in the terminal, where no stack trace follows it.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT } from '../support/course-builds';
import { chromiumLaunchOptions } from '../support/chromium';
import { startDevServer, type DevServer } from '../support/dev-server';

const course = join(OUTPUT, 'dev-course');
const MISTAKE = '{process.env.PATH} är kod, och en lektion kör ingen kod.';
let dev: DevServer;

beforeAll(async () => {
  rmSync(course, { recursive: true, force: true });
  mkdirSync(course, { recursive: true });
  cpSync('tests/fixtures/multi-lesson', course, { recursive: true });
  const broken = readFileSync('tests/fixtures/process-env/lessons/miljo.mdx', 'utf8')
    .replace('number: 1', 'number: 9')
    .replace('Byggmaskinens miljö', 'Trasig i förhandsvisningen');
  writeFileSync(join(course, 'lessons/09-trasig.mdx'), broken);
  dev = await startDevServer(course);
}, 90_000);

afterAll(() => dev?.stop());

describe('npm run dev', () => {
  it('shows a draft lesson, with the "Utkast" banner', async () => {
    const html = await (await fetch(`${dev.address}lektioner/utkast-lektion/`)).text();
    expect(html).toContain('kladdpapper');
    expect(html).toContain('Utkast.');
  });

  it('shows a lesson’s mistake in Swedish at the lesson’s line, in the browser and the terminal', async () => {
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      const page = await browser.newPage();
      const overlay = page.locator('vite-error-overlay');
      // The dev server may reload the page once while it optimises its dependencies on first use.
      await expect
        .poll(
          async () => {
            if ((await overlay.count()) === 0) await page.goto(`${dev.address}lektioner/trasig/`);
            return overlay
              .locator('#message-content')
              .textContent({ timeout: 10_000 })
              .catch(() => '');
          },
          { timeout: 90_000, interval: 2_000 },
        )
        .toContain(MISTAKE);
      expect(await overlay.locator('#code header h2, #code .location, #code').first().textContent()).toContain(
        'lessons/09-trasig.mdx:12',
      );
    } finally {
      await browser.close();
    }
    await expect.poll(() => dev.output()).toContain(MISTAKE);
    expect(dev.output()).toMatch(/09-trasig\.mdx:12/);
    expect(dev.output()).not.toMatch(/^\s+at\s|See full stack trace/m);
  }, 150_000);
});
