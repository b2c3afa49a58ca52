/**
 * <search-page>: the search page's behaviour. Searches the `q` in the URL on load and writes
 * the learner's query back into the URL as they type (replaceState, so Back leaves the page
 * instead of stepping through keystrokes), so a search can be shared or bookmarked.
 */
import { loadSearchUi } from './search-ui';

class SearchPage extends HTMLElement {
  async connectedCallback(): Promise<void> {
    let instance;
    try {
      instance = await loadSearchUi(this.dataset['bundle'] ?? '/pagefind/', this.dataset['base'] ?? '/');
    } catch {
      const status = this.querySelector<HTMLElement>('[data-search-status]');
      if (status) status.hidden = false;
      return;
    }
    instance.on('search', (term) => {
      const url = new URL(window.location.href);
      if (term) url.searchParams.set('q', term);
      else url.searchParams.delete('q');
      window.history.replaceState(window.history.state, '', url);
    });
    const query = new URLSearchParams(window.location.search).get('q');
    if (query) instance.triggerSearch(query);
    this.querySelector<HTMLInputElement>('pagefind-input input')?.focus();
  }
}

customElements.define('search-page', SearchPage);
