/**
 * <digidel-progress-data-controls>: download everything as a file, load a file (validated first: a wrong or
 * damaged file is refused and nothing changes), print the answers, clear everything after a
 * confirmation. Every outcome is announced in the status line.
 */
import { ManagedElement } from '../../client/managed-element.client';
import { exportFileName, exportProgress, parseProgressFile } from './progress-file';
import { hasStarted } from './progress.store';
import { dayText } from '../../i18n/dates';
import { loadProgress } from './progress.client';
import { clearStoredProgress, replaceStoredProgress } from './progress-lock.client';
import { savingProblem } from './saving-problem';
import { readStrings, type StringsOf } from '../../client/strings.client';
import { format } from '../../i18n/format';
import type { Dictionary } from '../../i18n/sv';
import { removeOfflineCopy } from '../offline/offline.client';

const STRINGS = [
  'clearFailed',
  'cleared',
  'confirmClear',
  'confirmReplace',
  'importErrors',
  'loaded',
  'nothingSaved',
  'readFailed',
  'savingUnavailable',
  'savingFull',
  'savingNewer',
  'unreadable',
] as const;
/** The words ProgressDataControls.astro renders for this element: its own, and the progress words for saving problems. */
export type ProgressDataControlsStrings = StringsOf<
  Dictionary['data'] & Pick<Dictionary['progress'], 'savingUnavailable' | 'savingFull' | 'savingNewer' | 'unreadable'>,
  typeof STRINGS
>;

class ProgressDataControls extends ManagedElement {
  /** Read first thing in connectedCallback, before anything can use them. */
  #strings!: ProgressDataControlsStrings;

  connectedCallback(): void {
    this.#strings = readStrings<ProgressDataControlsStrings>(this, STRINGS);
    const signal = this.signal;
    const on = (selector: string, listener: () => void) => {
      const element = this.querySelector<HTMLButtonElement>(selector);
      if (!element) return;
      element.disabled = false;
      element.addEventListener('click', listener, { signal });
    };
    on('[data-download]', () => this.#download());
    on('[data-load]', () => this.querySelector<HTMLInputElement>('[data-file]')?.click());
    on('[data-print-answers]', () => window.print());
    on('[data-clear]', () => void this.#clear());
    this.querySelector<HTMLInputElement>('[data-file]')?.addEventListener('change', (event) => void this.#load(event), {
      signal,
    });
    const { status } = loadProgress();
    this.#status(savingProblem(status, this.#strings) ?? (status === 'unreadable' ? this.#strings.unreadable : ''));
  }

  #status(text: string): void {
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = text;
  }

  #download(): void {
    const now = new Date();
    const { data } = loadProgress();
    const blob = new Blob([exportProgress(data, this.dataset['course'] ?? '', now)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = exportFileName(now);
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    if (!hasStarted(data)) this.#status(this.#strings.nothingSaved);
  }

  async #load(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.#status(this.#strings.readFailed);
      return;
    }
    const parsed = parseProgressFile(text);
    if (!parsed.ok) {
      this.#status(this.#strings.importErrors[parsed.error]);
      return;
    }
    if (hasStarted(loadProgress().data) && !window.confirm(this.#strings.confirmReplace)) return;
    const result = await replaceStoredProgress(parsed.data);
    this.#status(
      result.saved
        ? format(this.#strings.loaded, { day: dayText(parsed.exportedAt) })
        : (savingProblem(result.reason, this.#strings) ?? ''),
    );
  }

  /** Everything the course keeps on this device: progress and answers, and the offline copy. */
  async #clear(): Promise<void> {
    if (!window.confirm(this.#strings.confirmClear)) return;
    const cleared = await clearStoredProgress();
    const removed = await removeOfflineCopy(this.dataset['base'] ?? '/');
    this.#status(cleared && removed ? this.#strings.cleared : this.#strings.clearFailed);
  }
}

customElements.define('digidel-progress-data-controls', ProgressDataControls);
