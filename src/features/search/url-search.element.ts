/**
 * <digidel-url-search>: the search page's behaviour. Searches the `q` in the URL on load and writes
 * the learner's query back into the URL as they search (replaceState, so Back leaves the page
 * instead of stepping through keystrokes), so a search can be shared or bookmarked.
 */
import { SEARCHED_EVENT, type SearchPanel } from './search-panel.element';

class UrlSearch extends HTMLElement {
  connectedCallback(): void {
    const panel = this.querySelector<SearchPanel>('digidel-search-panel');
    if (!panel) return;
    this.addEventListener(SEARCHED_EVENT, (event) => {
      const term = (event as CustomEvent<string>).detail;
      const url = new URL(window.location.href);
      if (term) url.searchParams.set('q', term);
      else url.searchParams.delete('q');
      window.history.replaceState(window.history.state, '', url);
    });
    const query = new URLSearchParams(window.location.search).get('q');
    void panel.prepare().catch(() => undefined);
    if (query) panel.searchFor(query);
    panel.input?.focus();
  }
}

customElements.define('digidel-url-search', UrlSearch);
