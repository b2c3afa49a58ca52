/**
 * Screenshots of the built site at phone and desktop width, in light and dark, for people to
 * look at before calling a page done: `npm run screenshots` (serve the site first with
 * `npm start`; BASE_URL defaults to http://localhost:4321). Written to screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';

const base = process.env['BASE_URL'] ?? 'http://localhost:4321';
const paths = process.argv.slice(2);
const pages =
  paths.length > 0
    ? paths
    : ['/', '/lektioner/digidelcenter-och-samhallets-digitalisering/', '/om-kursen/', '/finns-inte/'];
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const schemes = ['light', 'dark'] as const;

await mkdir('screenshots', { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
for (const [device, viewport] of Object.entries(viewports)) {
  for (const colorScheme of schemes) {
    const page = await browser.newPage({ viewport, colorScheme });
    for (const path of pages) {
      await page.goto(new URL(path, base).href);
      const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'start';
      await page.screenshot({ path: `screenshots/${name}-${device}-${colorScheme}.png`, fullPage: true });
    }
    await page.close();
  }
}
await browser.close();
console.log(`Screenshots of ${pages.length} pages written to screenshots/.`);
