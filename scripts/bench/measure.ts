/**
 * What a learner's browser does with a page, measured in Debian's Chromium: requests, transfer
 * bytes (compressed, as served), scripts, hosts, and what hovering, focusing and scrolling
 * add. Requests to other hosts are stopped and counted: the machine is offline, and a
 * privacy benchmark must count attempts anyway.
 */
import type { Browser, BrowserContext, Page, Request } from '@playwright/test';

export interface PageLoad {
  requests: number;
  /** Compressed bodies and headers of everything loaded. */
  bytes: number;
  /** The same without images, which the page budget leaves out. */
  bytesWithoutImages: number;
  /** Compressed bodies of the scripts loaded (headers left out: they are not JavaScript). */
  scriptBytes: number;
  thirdPartyRequests: number;
  hosts: string[];
  /** Third-party requests and preconnects caused by hover, focus and scroll after load. */
  afterHover: { requests: number; preconnects: number };
}

/** Compressed bytes of a response: body and headers, or the body alone. */
async function transferSize(request: Request, { withHeaders = true } = {}): Promise<number> {
  try {
    const sizes = await request.sizes();
    return sizes.responseBodySize + (withHeaders ? sizes.responseHeadersSize : 0);
  } catch {
    return 0;
  }
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
  const sizes = await Promise.all(own.map((request) => transferSize(request)));
  const nonImageSizes = await Promise.all(
    own.filter((request) => request.resourceType() !== 'image').map((request) => transferSize(request)),
  );
  const scriptSizes = await Promise.all(
    own
      .filter((request) => request.resourceType() === 'script')
      .map((request) => transferSize(request, { withHeaders: false })),
  );

  const before = requests.length;
  for (const element of await page.locator('film-player, lite-youtube, iframe').all()) {
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
    bytes: sizes.reduce((a, b) => a + b, 0),
    bytesWithoutImages: nonImageSizes.reduce((a, b) => a + b, 0),
    scriptBytes: scriptSizes.reduce((a, b) => a + b, 0),
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
    await page.getByRole('button', { name: 'Starta video' }).first().click();
    const elapsed = await page.evaluate(async () => {
      const timing = window as unknown as { clickedAt: number; playerAt: Promise<number> };
      return (await timing.playerAt) - timing.clickedAt;
    });
    times.push(elapsed);
    await context.close();
  }
  return times;
}

export interface SearchRun {
  /** Last keystroke of the query to the first result on screen. */
  coldMs: number;
  warmMs: number;
  /** Everything transferred from the first keystroke to the first result. */
  bytes: number;
  /** The same without the search UI's own script and stylesheet: engine, WebAssembly, index. */
  indexBytes: number;
}

async function typeAndWait(page: Page, query: string): Promise<number> {
  const input = page.locator('pagefind-input input');
  await input.fill('');
  await page.evaluate(() => {
    const results = document.querySelector('pagefind-results');
    (window as unknown as { firstResult?: Promise<number> }).firstResult = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (results?.querySelector('a[href]')) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      if (results) observer.observe(results, { childList: true, subtree: true });
    });
  });
  await input.pressSequentially(query.slice(0, -1));
  const lastKeyAt = await page.evaluate(() => performance.now());
  await input.press(query.slice(-1));
  const shownAt = await page.evaluate(() => (window as unknown as { firstResult: Promise<number> }).firstResult);
  return shownAt - lastKeyAt;
}

/** A first query on the search page (nothing of search loaded before), then a second one. */
/**
 * A first query on the search page, then a second one. Bytes are counted by the server, since
 * Pagefind fetches its WebAssembly and index from a Web Worker the page's events do not see.
 */
export async function measureSearch(
  browser: Browser,
  siteUrl: string,
  server: { sent(prefix?: string): number },
  queries: [string, string],
): Promise<SearchRun> {
  const context = await offlineContext(browser, new URL(siteUrl).origin);
  const page = await context.newPage();
  const before = { all: server.sent('/pagefind/'), ui: server.sent('/pagefind/pagefind-component-ui') };
  await page.goto(`${siteUrl}sok/`, { waitUntil: 'networkidle' });
  await page.locator('pagefind-input input').waitFor();
  const coldMs = await typeAndWait(page, queries[0]);
  await page.waitForLoadState('networkidle');
  // The search page loads the UI on arrival; a learner pays for it with the first query.
  const bytes = server.sent('/pagefind/') - before.all;
  const indexBytes = bytes - (server.sent('/pagefind/pagefind-component-ui') - before.ui);
  const warmMs = await typeAndWait(page, queries[1]);
  await context.close();
  return { coldMs, warmMs, bytes, indexBytes };
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export interface OfflineSave {
  files: number;
  bytes: number;
  /** "Spara kursen för läsning utan internet" click to "Kursen är sparad …" on screen. */
  saveMs: number;
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
