/**
 * <site-search>: the header's search control. Without its script it is a link to the search
 * page; with it, a button that opens Pagefind's search dialog, also from the keyboard
 * (Ctrl/⌘+K anywhere, "/" outside text fields). The dialog is native <dialog>, so Escape
 * closes it and focus returns to the button.
 */
import { ManagedElement } from '../../client/managed-element';
import { MAX_RESULTS, SEARCH_DEBOUNCE_MS, loadSearchUi } from './search-ui';

interface PagefindModalElement extends HTMLElement {
  open(): void;
  readonly isOpen: boolean;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

class SiteSearch extends ManagedElement {
  #modal: PagefindModalElement | undefined;

  connectedCallback(): void {
    const signal = this.signal;
    const link = this.querySelector<HTMLAnchorElement>('[data-search-link]');
    const button = this.querySelector<HTMLButtonElement>('[data-search-button]');
    if (!link || !button) return;
    link.hidden = true;
    button.hidden = false;
    const kbd = button.querySelector('kbd');
    if (kbd && /Mac|iPhone|iPad/.test(navigator.userAgent)) kbd.textContent = '⌘ K';
    button.addEventListener('click', () => void this.#open(), { signal });
    document.addEventListener(
      'keydown',
      (event) => {
        const shortcut =
          ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') ||
          (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target));
        if (!shortcut || this.#modal?.isOpen) return;
        event.preventDefault();
        button.focus();
        void this.#open();
      },
      { signal },
    );
  }

  async #open(): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    // The first open loads the search UI; what the learner types meanwhile goes into the field.
    let typed = '';
    const collect = (event: KeyboardEvent) => {
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
      typed += event.key;
      event.preventDefault();
    };
    document.addEventListener('keydown', collect);
    try {
      await loadSearchUi(this.dataset['bundle'] ?? '/pagefind/', this.dataset['base'] ?? '/');
    } catch {
      document.removeEventListener('keydown', collect);
      if (status) status.hidden = false;
      return;
    }
    if (!this.#modal) {
      this.#modal = document.createElement('pagefind-modal') as PagefindModalElement;
      this.#modal.setAttribute('reset-on-close', '');
      // Pagefind builds its default parts itself. Parts given as children are moved into its
      // dialog after they have started, which starts the header twice: two close buttons.
      document.body.append(this.#modal);
      await customElements.whenDefined('pagefind-modal');
      // A short input debounce (Pagefind's default waits 300 ms after each key): its search is
      // fast enough to answer every pause in typing.
      this.#modal.querySelector('pagefind-input')?.setAttribute('debounce', String(SEARCH_DEBOUNCE_MS));
      this.#modal.querySelector('pagefind-results')?.setAttribute('max-results', String(MAX_RESULTS));
    }
    this.#modal.open();
    requestAnimationFrame(() => {
      document.removeEventListener('keydown', collect);
      const input = this.#modal?.querySelector('input');
      if (!input || typed === '') return;
      input.value += typed;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
}

customElements.define('site-search', SiteSearch);
