/**
 * What a learner's browser does with a page, measured in Debian's Chromium: requests, transfer
 * bytes (compressed, as served), scripts, hosts, and what hovering, focusing and scrolling
 * add. Requests to other hosts are stopped and counted: the machine is offline, and a
 * privacy benchmark must count attempts anyway.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { expect, type Browser, type BrowserContext, type Page, type Request } from '@playwright/test';
import type { Compressed, OfflineSave, PageLoad, SearchRun } from './results.ts';

export function compressedSize(body: Buffer): Compressed {
  return {
    gzip: gzipSync(body, { level: 6 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const sum = (values: Compressed[]): Compressed => ({
  gzip: values.reduce((total, value) => total + value.gzip, 0),
  brotli: values.reduce((total, value) => total + value.brotli, 0),
});

async function compressedBody(request: Request): Promise<Compressed> {
  try {
    const body = await (await request.response())?.body();
    return body ? compressedSize(body) : { gzip: 0, brotli: 0 };
  } catch {
    return { gzip: 0, brotli: 0 };
  }
}

/** The longest chain of static imports among the loaded modules, counting the entry as 1. */
async function importDepth(scripts: Request[]): Promise<number> {
  const imports = new Map<string, string[]>();
  for (const request of scripts) {
    const text = (await (await request.response())?.text().catch(() => '')) ?? '';
    const found = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)].map(
      (match) => new URL(match[1] ?? '', request.url()).href,
    );
    imports.set(request.url(), found);
  }
  const depth = (url: string, seen: Set<string>): number =>
    seen.has(url)
      ? 0
      : 1 + Math.max(0, ...(imports.get(url) ?? []).map((next) => depth(next, new Set([...seen, url]))));
  return Math.max(0, ...[...imports.keys()].map((url) => depth(url, new Set())));
}

/** A context whose requests to anything but `origin` are stopped (the YouTube player gets an empty page). */
export async function offlineContext(
  browser: Browser,
  origin: string,
  viewport = { width: 412, height: 823 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) =>
      new URL(route.request().url()).hostname === 'www.youtube-nocookie.com'
        ? route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title>' })
        : route.abort('internetdisconnected'),
  );
  return context;
}

export async function measurePageLoad(browser: Browser, url: string): Promise<PageLoad> {
  const origin = new URL(url).origin;
  const context = await offlineContext(browser, origin);
  const page = await context.newPage();
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(url, { waitUntil: 'networkidle' });
  const loaded = [...requests];
  const own = loaded.filter((request) => request.url().startsWith(origin));
  const ownScripts = own.filter((request) => request.resourceType() === 'script');
  const page_ = sum(await Promise.all(own.filter((request) => request.resourceType() !== 'image').map(compressedBody)));
  const scripts = sum(await Promise.all(ownScripts.map(compressedBody)));
  const depth = await importDepth(ownScripts);
  const stylesheets = own.filter((request) => request.resourceType() === 'stylesheet').length;

  const before = requests.length;
  for (const element of await page.locator('digidel-film-player, lite-youtube, iframe').all()) {
    await element.scrollIntoViewIfNeeded();
    await element.hover({ force: true });
    await element.focus().catch(() => undefined);
  }
  await page.mouse.wheel(0, 20_000);
  await page.waitForTimeout(500);
  const laterThirdParty = requests.slice(before).filter((request) => !request.url().startsWith(origin)).length;
  const preconnects = await page.locator('link[rel="preconnect"]').count();
  await context.close();
  return {
    requests: loaded.length,
    page: page_,
    scripts,
    scriptCount: ownScripts.length,
    importDepth: depth,
    stylesheets,
    thirdPartyRequests: loaded.filter((request) => !request.url().startsWith(origin)).length,
    hosts: [...new Set(loaded.map((request) => new URL(request.url()).host))].sort(),
    afterHover: { requests: laterThirdParty, preconnects },
  };
}

/**
 * Milliseconds from the "Starta video" click to the moment the player's iframe is in the page
 * with its youtube-nocookie.com address, which is when the browser starts its request. Each run
 * in a fresh context, so each pays for loading lite-youtube-embed.
 */
export async function consentToPlayer(browser: Browser, url: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await offlineContext(browser, new URL(url).origin);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    // The learner scrolls to the film first, which loads its behaviour (src/client/load-when.client.ts).
    const start = page.getByRole('button', { name: 'Starta video' }).first();
    await start.scrollIntoViewIfNeeded();
    await expect(start).toBeEnabled();
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      const timing = window as unknown as { clickedAt?: number; playerAt?: Promise<number> };
      document.addEventListener('click', () => (timing.clickedAt = performance.now()), { capture: true, once: true });
      timing.playerAt = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('iframe[src*="youtube-nocookie.com/embed/"]')) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
    });
    await start.click();
    const elapsed = await page.evaluate(async () => {
      const timing = window as unknown as { clickedAt: number; playerAt: Promise<number> };
      return (await timing.playerAt) - timing.clickedAt;
    });
    times.push(elapsed);
    await context.close();
  }
  return times;
}

/** How to open a site's search and where its input and results are. */
export interface SearchUi {
  open(page: Page): Promise<void>;
  input: string;
  results: string;
  /** The line that names the query its results are for ("”x” finns i 3 lektioner", "3 results for x"). */
  summary: string;
}

/** Our header search: the dialog with the site's own results on Pagefind's engine. */
export const OUR_SEARCH: SearchUi = {
  open: (page) => page.getByRole('banner').getByRole('button', { name: /Sök/ }).click(),
  input: 'dialog digidel-search-panel input',
  results: 'dialog digidel-search-panel [data-search-results]',
  summary: 'dialog digidel-search-panel [data-search-summary]',
};

/** Starlight's header search: its dialog with Pagefind's Default UI. */
export const STARLIGHT_SEARCH: SearchUi = {
  open: (page) => page.locator('button[data-open-modal]').first().click(),
  input: '.pagefind-ui__search-input',
  results: '.pagefind-ui__results',
  summary: '.pagefind-ui__message',
};

/**
 * Pagefind's ready-made UIs, if a site loads one (ours draws its own results from a script in
 * /_astro/, as Starlight bundles its UI there): what "without UI files" leaves out.
 */
const UI_FILES = ['/pagefind/pagefind-component-ui', '/pagefind/pagefind-ui', '/pagefind/pagefind-modular-ui'];

/** Brotli bytes sent under /pagefind/ but for the UI files: engine, WebAssembly, index, fragments. */
const engineBrotli = (server: RunningServerCounts) =>
  server.sentBrotli('/pagefind/') - UI_FILES.reduce((sum, path) => sum + server.sentBrotli(path), 0);

/**
 * Milliseconds from the query's last keystroke to its own results on screen: a result link, and
 * the summary naming the whole query. Results a UI shows for a prefix while the learner types on
 * do not count.
 */
async function typeAndWait(page: Page, ui: SearchUi, query: string): Promise<number> {
  const input = page.locator(ui.input).first();
  await input.fill('');
  await page.waitForTimeout(300);
  await input.pressSequentially(query.slice(0, -1));
  await page.evaluate(
    ({ results, summary, query }) => {
      const timing = window as unknown as { lastKeyAt?: number; shownAt?: Promise<number> };
      timing.shownAt = new Promise((resolve) => {
        const check = () => {
          const line = document.querySelector(summary)?.textContent ?? '';
          if (timing.lastKeyAt !== undefined && line.includes(query) && document.querySelector(`${results} a[href]`)) {
            observer.disconnect();
            resolve(performance.now());
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      document.addEventListener('keydown', () => (timing.lastKeyAt = performance.now()), { capture: true, once: true });
    },
    { results: ui.results, summary: ui.summary, query },
  );
  await input.press(query.slice(-1));
  return page.evaluate(async () => {
    const timing = window as unknown as { lastKeyAt: number; shownAt: Promise<number> };
    return (await timing.shownAt) - timing.lastKeyAt;
  });
}

/**
 * A first query from a loaded page (nothing of search loaded before opening it), then a second
 * one, `runs` times in fresh contexts. Bytes are counted by the server, since Pagefind fetches its
 * WebAssembly and index from a Web Worker the page's events do not see.
 */
export async function measureSearch(
  browser: Browser,
  pageUrl: string,
  server: RunningServerCounts,
  ui: SearchUi,
  queries: [string, string],
  runs = 5,
): Promise<SearchRun[]> {
  const results: SearchRun[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await offlineContext(browser, new URL(pageUrl).origin);
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    const before = {
      all: server.sent('/'),
      brotli: server.sentBrotli('/'),
      index: engineBrotli(server),
      fragments: server.requests('/pagefind/fragment/'),
    };
    await ui.open(page);
    await page.locator(ui.input).first().waitFor();
    const coldMs = await typeAndWait(page, ui, queries[0]);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const counts = {
      bytes: server.sent('/') - before.all,
      brotli: server.sentBrotli('/') - before.brotli,
      brotliWithoutUi: engineBrotli(server) - before.index,
      fragments: server.requests('/pagefind/fragment/') - before.fragments,
    };
    const warmMs = await typeAndWait(page, ui, queries[1]);
    await context.close();
    results.push({ coldMs, warmMs, ...counts });
  }
  return results;
}

/** What measureSearch needs of the bench's server. */
export interface RunningServerCounts {
  sent(prefix?: string): number;
  sentBrotli(prefix?: string): number;
  requests(prefix?: string): number;
}

/** Saves the offline copy from the start page of `siteUrl` in a fresh browser context. */
export async function measureOfflineSave(browser: Browser, siteUrl: string): Promise<OfflineSave> {
  const context = await offlineContext(browser, new URL(siteUrl).origin);
  const page = await context.newPage();
  const list = (await (await page.request.get(`${siteUrl}offline-copy.json`)).json()) as {
    files: number;
    bytes: number;
  };
  await page.goto(siteUrl, { waitUntil: 'networkidle' });
  const started = performance.now();
  await page.getByRole('button', { name: 'Spara kursen för läsning utan internet' }).click();
  await page.getByText(/^Kursen är sparad för läsning utan internet/).waitFor({ timeout: 600_000 });
  const saveMs = performance.now() - started;
  await context.close();
  return { files: list.files, bytes: list.bytes, saveMs };
}
