/**
 * <digidel-offline-copy>: the behaviour of OfflineCopy.astro. Shows whether the course is saved in this
 * browser; on "Spara kursen för läsning utan internet" saves it with progress in files and bytes,
 * and on "Ta bort den sparade kursen" removes it. A failed save removes what was partly stored,
 * so the learner is never left with half a course that looks saved. The button keeps focus while
 * saving (aria-disabled, not disabled, which would drop focus to the page), and a screen reader
 * hears the start, each quarter and the result, politely, not every file.
 */
import { ManagedElement } from '../../client/managed-element.client';
import { readStrings, type StringsOf } from '../../client/strings.client';
import { dayText } from '../../i18n/dates';
import { format } from '../../i18n/format';
import { byteSize } from '../../i18n/sizes';
import type { Dictionary } from '../../i18n/sv';
import { onOfflineChange, removeOfflineCopy, saveOfflineCopy, savedCopy } from './offline.client';
import { offlineSupported, siteDataAllowed } from './worker-registration.client';
import { SIZE_TOKEN, type SavingProgress } from './offline-files';

const STRINGS = [
  'saving',
  'savingAnnounce',
  'savedAnnounce',
  'progress',
  'saved',
  'savedNoDate',
  'removed',
  'removeFailed',
  'saveFailed',
  'unsupported',
  'blocked',
  'notBuilt',
] as const;
/** The words OfflineCopy.astro renders for this element. */
export type OfflineCopyStrings = StringsOf<Dictionary['offline'], typeof STRINGS>;

class OfflineCopy extends ManagedElement {
  /** Read first thing in connectedCallback, before anything can use them. */
  #strings!: OfflineCopyStrings;
  #busy = false;
  /** The last quarter of the saving announced, so that each is said once. */
  #announcedQuarter = 0;

  get #base(): string {
    return this.dataset['base'] ?? '/';
  }

  connectedCallback(): void {
    this.#strings = readStrings<OfflineCopyStrings>(this, STRINGS);
    const save = this.querySelector<HTMLButtonElement>('[data-save]');
    if (!save) return;
    // Under `astro dev` there is no worker and no size: the build writes both.
    const notBuilt = this.requirePart('[data-size]').textContent?.includes(SIZE_TOKEN) ?? false;
    if (notBuilt || !offlineSupported()) {
      save.hidden = true;
      this.requirePart('[data-size]').hidden = notBuilt;
      this.#status(notBuilt ? this.#strings.notBuilt : this.#strings.unsupported);
      return;
    }
    void this.#start(save);
  }

  /** Offers saving only where the browser lets the site keep data; the button stays disabled until then. */
  async #start(save: HTMLButtonElement): Promise<void> {
    if (!(await siteDataAllowed())) {
      save.hidden = true;
      this.requirePart('[data-size]').hidden = true;
      this.#status(this.#strings.blocked);
      return;
    }
    const signal = this.signal;
    save.disabled = false;
    save.addEventListener('click', () => void this.#save(), { signal });
    this.requirePart<HTMLButtonElement>('[data-remove]').addEventListener('click', () => void this.#remove(), {
      signal,
    });
    onOfflineChange(() => void this.#render(), signal);
    await this.#render();
  }

  #status(text: string): void {
    this.requirePart('[data-status]').textContent = text;
  }

  #announce(text: string): void {
    this.requirePart('[data-announce]').textContent = text;
  }

  /** Saved (with its date) or not; left alone while this element is saving or removing. */
  async #render(): Promise<void> {
    if (this.#busy) return;
    // A browser that withdraws site data while the page is open rejects here: shown as not saved.
    const saved = await savedCopy(this.#base).catch(() => undefined);
    // Read before anything is hidden: an engine may move focus off a hidden button at once.
    const active = document.activeElement;
    const focused = active instanceof HTMLElement && this.contains(active) ? active : undefined;
    this.requirePart('[data-size]').hidden = saved !== undefined;
    this.requirePart('[data-save]').hidden = saved !== undefined;
    this.requirePart('[data-remove]').hidden = saved === undefined;
    this.requirePart('[data-saved]').hidden = saved === undefined;
    this.requirePart('[data-saved-text]').textContent = !saved
      ? ''
      : saved.savedAt
        ? format(this.#strings.saved, { day: dayText(saved.savedAt) })
        : this.#strings.savedNoDate;
    // The focused button has just been hidden: focus goes to what took its place, never to the page.
    if (focused?.closest('[hidden]')) this.requirePart(saved ? '[data-saved]' : '[data-save]').focus();
  }

  #progress(progress: SavingProgress): void {
    const bar = this.requirePart<HTMLProgressElement>('[data-progress-bar]');
    bar.max = Math.max(progress.totalBytes, 1);
    bar.value = progress.bytes;
    const text = format(this.#strings.progress, {
      files: progress.files,
      totalFiles: progress.totalFiles,
      bytes: byteSize(progress.bytes),
      totalBytes: byteSize(progress.totalBytes),
    });
    this.requirePart('[data-progress-text]').textContent = text;
    const quarter = Math.floor((4 * progress.files) / Math.max(progress.totalFiles, 1));
    if (quarter > this.#announcedQuarter && quarter < 4) {
      this.#announcedQuarter = quarter;
      this.#announce(text);
    }
  }

  async #save(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    const save = this.requirePart<HTMLButtonElement>('[data-save]');
    const progress = this.requirePart('[data-progress]');
    save.setAttribute('aria-disabled', 'true');
    progress.hidden = false;
    this.requirePart('[data-progress-text]').textContent = this.#strings.saving;
    this.#announcedQuarter = 0;
    this.#announce(this.#strings.savingAnnounce);
    this.#status('');
    let saved = false;
    try {
      await saveOfflineCopy(this.#base, (step) => this.#progress(step));
      saved = true;
    } catch {
      await removeOfflineCopy(this.#base);
      this.#status(this.#strings.saveFailed);
    } finally {
      this.#busy = false;
      save.removeAttribute('aria-disabled');
      progress.hidden = true;
    }
    await this.#render();
    this.#announce(saved ? this.#strings.savedAnnounce : '');
  }

  async #remove(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    const removed = await removeOfflineCopy(this.#base);
    this.#busy = false;
    await this.#render();
    this.#status(removed ? this.#strings.removed : this.#strings.removeFailed);
  }
}

customElements.define('digidel-offline-copy', OfflineCopy);
