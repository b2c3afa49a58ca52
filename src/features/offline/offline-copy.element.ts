/**
 * <digidel-offline-copy>: the behaviour of OfflineCopy.astro. Shows whether the course is saved in this
 * browser; on "Spara kursen för läsning utan internet" saves it with progress in files and bytes,
 * and on "Ta bort den sparade kursen" removes it. A failed save removes what was partly stored,
 * so the learner is never left with half a course that looks saved.
 */
import { ManagedElement } from '../../client/managed-element.client';
import { readStrings, type StringsOf } from '../../client/strings.client';
import { dayText } from '../../i18n/dates';
import { byteSize, format } from '../../i18n/format';
import type { Dictionary } from '../../i18n/sv';
import { onOfflineChange, removeOfflineCopy, saveOfflineCopy, savedCopy } from './offline.client';
import { offlineSupported, siteDataAllowed } from './worker-registration.client';
import { SIZE_TOKEN, type SavingProgress } from './offline-files';

const STRINGS = [
  'saving',
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

  /** Saved (with its date) or not; left alone while this element is saving or removing. */
  async #render(): Promise<void> {
    if (this.#busy) return;
    // A browser that withdraws site data while the page is open rejects here: shown as not saved.
    const saved = await savedCopy(this.#base).catch(() => undefined);
    this.requirePart('[data-size]').hidden = saved !== undefined;
    this.requirePart('[data-save]').hidden = saved !== undefined;
    this.requirePart('[data-remove]').hidden = saved === undefined;
    this.requirePart('[data-saved]').hidden = saved === undefined;
    this.requirePart('[data-saved-text]').textContent = !saved
      ? ''
      : saved.savedAt
        ? format(this.#strings.saved, { day: dayText(saved.savedAt) })
        : this.#strings.savedNoDate;
  }

  #progress(progress: SavingProgress): void {
    const bar = this.requirePart<HTMLProgressElement>('[data-progress-bar]');
    bar.max = Math.max(progress.totalBytes, 1);
    bar.value = progress.bytes;
    this.requirePart('[data-progress-text]').textContent = format(this.#strings.progress, {
      files: progress.files,
      totalFiles: progress.totalFiles,
      bytes: byteSize(progress.bytes),
      totalBytes: byteSize(progress.totalBytes),
    });
  }

  async #save(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    const save = this.requirePart<HTMLButtonElement>('[data-save]');
    const progress = this.requirePart('[data-progress]');
    save.disabled = true;
    progress.hidden = false;
    this.requirePart('[data-progress-text]').textContent = this.#strings.saving;
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
      save.disabled = false;
      progress.hidden = true;
    }
    await this.#render();
    // The button that had focus is gone; the learner lands on what happened.
    if (saved) this.requirePart('[data-saved]').focus();
  }

  async #remove(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    const removed = await removeOfflineCopy(this.#base);
    this.#busy = false;
    await this.#render();
    this.#status(removed ? this.#strings.removed : this.#strings.removeFailed);
    if (removed) this.requirePart('[data-save]').focus();
  }
}

customElements.define('digidel-offline-copy', OfflineCopy);
