/**
 * <digidel-site-search>: the header's search control. Without its script it is a link to the search
 * page; with it, a button that opens the search dialog, also from the keyboard (Ctrl/⌘+K
 * anywhere). No single-key shortcut: "/" alone fired for speech input and could not be turned
 * off (WCAG 2.1.4). The dialog is native <dialog>; one Escape closes it from anywhere in it, a
 * click on the dimmed page around it too, and closing leaves the page where it was, with focus
 * back where the learner was (the native dialog's own return of focus).
 */
import { ManagedElement } from '../../client/managed-element.client';
import { recoverFrom } from '../../client/code-recovery.client';
import type { SearchPanel } from './search-panel.element';

/** A click on the backdrop: its target is the dialog itself, but it lies outside the dialog's box. */
function outside(dialog: HTMLDialogElement, event: MouseEvent): boolean {
  const box = dialog.getBoundingClientRect();
  return (
    event.target === dialog &&
    (event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom)
  );
}

class SiteSearch extends ManagedElement {
  /** Whether the panel's code was asked for: once, at the first opening. */
  #asked = false;

  connectedCallback(): void {
    const signal = this.signal;
    const link = this.querySelector<HTMLAnchorElement>('[data-search-link]');
    const button = this.querySelector<HTMLButtonElement>('[data-search-button]');
    const dialog = this.querySelector<HTMLDialogElement>('[data-search-dialog]');
    if (!link || !button || !dialog) return;
    link.hidden = true;
    button.hidden = false;
    const kbd = button.querySelector('kbd');
    if (kbd && /Mac|iPhone|iPad/.test(navigator.userAgent)) kbd.textContent = '⌘ K';
    button.addEventListener('click', () => this.#open(dialog), { signal });
    this.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close(), { signal });
    dialog.addEventListener('click', (event) => outside(dialog, event) && dialog.close(), { signal });
    // Captured before the search field sees it: a filled field would first only clear its words,
    // and WebKit's search field swallows Escape altogether.
    dialog.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape' || event.isComposing) return;
        event.preventDefault();
        event.stopPropagation();
        dialog.close();
      },
      { capture: true, signal },
    );
    document.addEventListener(
      'keydown',
      (event) => {
        const shortcut = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
        if (!shortcut || dialog.open) return;
        event.preventDefault();
        this.#open(dialog);
      },
      { signal },
    );
  }

  /**
   * Opens the dialog at once, with the field focused; the results' code and Pagefind's engine
   * load meanwhile (the panel searches what was typed as soon as it has started).
   */
  #open(dialog: HTMLDialogElement): void {
    const panel = dialog.querySelector<SearchPanel>('digidel-search-panel');
    const input = panel?.querySelector<HTMLInputElement>('[data-search-input]');
    // Nothing is focused or scrolled by hand before showModal(): the dialog itself keeps the page
    // where it is and gives focus back, unscrolled, to what had it when it closes.
    dialog.showModal();
    input?.focus({ preventScroll: true });
    input?.select();
    if (!panel || this.#asked) return;
    this.#asked = true;
    // prepare() reports a missing index in the panel itself; code that does not load says why
    // above the field and tries again.
    const start = () => import('./search-panel.element').then(() => void panel.prepare().catch(() => undefined));
    start().catch(() => recoverFrom([panel], start));
  }
}

customElements.define('digidel-site-search', SiteSearch);
