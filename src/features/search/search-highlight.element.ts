/**
 * <digidel-search-highlight>: when the page was opened from a search result, loads Pagefind's highlight
 * script from the site's own bundle to mark the terms, shows the bar, and clears the marks and
 * the parameter on request (so a reload or a shared link shows the page clean).
 */
import { loadScript } from '../../client/load-script.client';
import { HIGHLIGHT_PARAM } from './highlight-param';

declare global {
  interface Window {
    PagefindHighlight?: new (options: Record<string, unknown>) => unknown;
  }
}

class SearchHighlight extends HTMLElement {
  async connectedCallback(): Promise<void> {
    if (!new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) return;
    try {
      await loadScript(`${this.dataset['bundle'] ?? '/pagefind/'}pagefind-highlight.js`);
    } catch {
      return;
    }
    if (!window.PagefindHighlight) return;
    // addStyles off: its inline <style> would need 'unsafe-inline'; the marks are styled in SearchHighlight.astro.
    new window.PagefindHighlight({
      highlightParam: HIGHLIGHT_PARAM,
      addStyles: false,
      markOptions: { className: 'pagefind-highlight' },
    });
    if (!document.querySelector('mark.pagefind-highlight')) return;
    this.hidden = false;
    this.querySelector('[data-clear]')?.addEventListener('click', () => this.#clear(), { once: true });
  }

  #clear(): void {
    for (const mark of document.querySelectorAll('mark.pagefind-highlight')) {
      mark.replaceWith(...mark.childNodes);
    }
    document.body.normalize();
    const url = new URL(window.location.href);
    url.searchParams.delete(HIGHLIGHT_PARAM);
    window.history.replaceState(window.history.state, '', url);
    this.hidden = true;
    document.querySelector<HTMLElement>('main')?.focus();
  }
}

customElements.define('digidel-search-highlight', SearchHighlight);
