/** Lighthouse (mobile, its default) against Debian's Chromium, offline: the four category scores and three metrics. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../../tests/support/chromium.ts';
import type { LighthouseRun } from './results.ts';

/** Lighthouse 13 reports render-blocking requests as an insight; older versions as an audit. */
function renderBlockingCount(audits: Record<string, { details?: unknown } | undefined>): number {
  const audit = audits['render-blocking-insight'] ?? audits['render-blocking-resources'];
  const items = (audit?.details as { items?: unknown[] } | undefined)?.items;
  return Array.isArray(items) ? items.length : 0;
}

export async function runLighthouse(url: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROME_PATH'] ?? chromiumLaunchOptions.executablePath,
    chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    const observed = ((audits['metrics']?.details as { items?: Record<string, number>[] } | undefined)?.items ?? [])[0];
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      observedFcpMs: observed?.['observedFirstContentfulPaint'] ?? Number.NaN,
      observedLcpMs: observed?.['observedLargestContentfulPaint'] ?? Number.NaN,
      renderBlocking: renderBlockingCount(audits),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
    };
  } finally {
    chrome.kill();
  }
}
