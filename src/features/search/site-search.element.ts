/**
 * <digidel-site-search>: the header's search control. Without its script it is a link to the search
 * page; with it, a button that opens the search dialog, also from the keyboard (Ctrl/⌘+K
 * anywhere, "/" outside text fields). The dialog is native <dialog>, so Escape closes it and
 * focus returns to the button; a click on the dimmed page around it closes it too.
 */
import { ManagedElement } from '../../client/managed-element.client';
import { recoverFrom } from '../../client/code-recovery.client';
import type { SearchPanel } from './search-panel.element';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

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
    document.addEventListener(
      'keydown',
      (event) => {
        const shortcut =
          ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') ||
          (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target));
        if (!shortcut || dialog.open) return;
        event.preventDefault();
        button.focus();
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
    dialog.showModal();
    input?.focus();
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
