/**
 * Loads Pagefind's Component UI from this site's own /pagefind/ bundle, once, on demand, and
 * configures it: result links under the base path, and a highlight parameter so that the page
 * a result opens marks the search terms. Nothing of it loads before the learner searches.
 */
import { loadScript, loadStylesheet } from '../../client/load-script';

/** Milliseconds the search input waits after a key before searching (Pagefind's default is 300). */
export const SEARCH_DEBOUNCE_MS = 40;

/**
 * Results shown for a query. Pagefind's Component UI builds an element for every result, so a
 * word in every lesson of a 1,000-lesson course took 0.8 s to show (8.5 s at 10,000); the
 * summary still says how many lessons matched.
 */
export const MAX_RESULTS = 20;

/**
 * Words in a result's excerpt (Pagefind's default is 30): enough for a sentence or two, which
 * reads better than a fragment. The ellipsis shows where an excerpt starts or ends mid-text.
 */
const EXCERPT_WORDS = 40;
const EXCERPT_ELLIPSIS = '…';

/** The query parameter that carries the search terms to the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';

interface PagefindInstance {
  triggerSearch(term: string): void;
  on(event: 'search', callback: (term: string) => void): void;
}

interface PagefindComponentsApi {
  configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponentsApi;
  }
}

let loading: Promise<PagefindInstance> | undefined;

/** The configured default search instance; rejects when the bundle is missing (astro dev). */
export function loadSearchUi(bundlePath: string, baseUrl: string): Promise<PagefindInstance> {
  loading ??= (async () => {
    await Promise.all([
      loadStylesheet(`${bundlePath}pagefind-component-ui.css`),
      loadScript(`${bundlePath}pagefind-component-ui.js`),
    ]);
    const api = window.PagefindComponents;
    if (!api) throw new Error('Pagefind Component UI did not load');
    return api.configureInstance('default', {
      bundlePath,
      baseUrl,
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: EXCERPT_WORDS,
      excerptEllipsis: EXCERPT_ELLIPSIS,
    });
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
