/**
 * Pagefind's search engine, loaded from the site's own /pagefind/ bundle on demand, with the
 * part of its JS API the search UI uses. Only the engine: the results are drawn by
 * search-panel.element.ts, so a first search fetches no UI files (Pagefind's Component UI alone was
 * 39 KB brotli, more than the whole gap to the budget).
 */
import { HIGHLIGHT_PARAM } from './highlight-param';

/**
 * Words in an excerpt (Pagefind's default is 30): enough for a sentence or two, which reads
 * better than a fragment. The ellipsis shows where an excerpt starts or ends mid-text.
 */
const EXCERPT_WORDS = 40;
const EXCERPT_ELLIPSIS = '…';

/** A section of a page that matched: its heading and the text under it. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Where the section's words matched; absent for the part of the page before its first heading. */
  anchor?: { id: string };
  locations: number[];
}

/** What Pagefind knows of a matching page, read from its fragment file. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}

export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string): Promise<PagefindSearch>;
}

let loading: Promise<Pagefind> | undefined;
let failures = 0;

/**
 * The configured engine; rejects when the bundle cannot be loaded (offline without a saved copy,
 * a host error, astro dev without an index), and the next call tries again. It runs on the main
 * thread: its Web Worker would fetch a second copy of the engine (11 KB brotli), and on the main
 * thread every query up to 1,000 lessons still answers within 100 ms (npm run bench).
 */
export function loadPagefind(bundlePath: string, baseUrl: string): Promise<Pagefind> {
  // Both may be relative to the page (in an LMS package): import() would resolve them against this
  // script instead, and results would link from wherever they are shown.
  const bundle = new URL(bundlePath, document.baseURI);
  // A browser keeps a failed module import for the page's lifetime, so a retry asks for a new URL.
  const url = `${bundle.href}pagefind.js${failures > 0 ? `?retry=${failures}` : ''}`;
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({
      baseUrl: new URL(baseUrl, document.baseURI).pathname,
      noWorker: true,
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: EXCERPT_WORDS,
      excerptEllipsis: EXCERPT_ELLIPSIS,
    });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
    failures += 1;
  });
  return loading;
}
