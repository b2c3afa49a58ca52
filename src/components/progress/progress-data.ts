/**
 * <progress-data>: download everything as a file, load a file (validated first: a wrong or
 * damaged file is refused and nothing changes), print the answers, clear everything after a
 * confirmation. Every outcome is announced in the status line.
 */
import { ManagedElement } from '../../utils/managed-element';
import { exportFileName, exportProgress, parseProgressFile } from '../../utils/progress-file';
import { browserStorage } from '../../utils/browser-storage';
import { clearProgress, hasStarted, replaceProgress } from '../../utils/progress-store';
import { announce, dayText, loadProgress, savingProblem } from './progress-client';
import { DATA_TEXT } from './data-strings';
import { PROGRESS_TEXT } from './progress-strings';

class ProgressData extends ManagedElement {
  connectedCallback(): void {
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
    on('[data-clear]', () => this.#clear());
    this.querySelector<HTMLInputElement>('[data-file]')?.addEventListener('change', (event) => void this.#load(event), {
      signal,
    });
    const { status } = loadProgress();
    this.#status(savingProblem(status) ?? (status === 'unreadable' ? PROGRESS_TEXT.unreadable : ''));
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
    if (!hasStarted(data)) this.#status(DATA_TEXT.nothingSaved);
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
      this.#status(DATA_TEXT.readFailed);
      return;
    }
    const parsed = parseProgressFile(text);
    if (!parsed.ok) {
      this.#status(DATA_TEXT.importErrors[parsed.error]);
      return;
    }
    if (hasStarted(loadProgress().data) && !window.confirm(DATA_TEXT.confirmReplace)) return;
    const result = replaceProgress(browserStorage(), parsed.data);
    if (result.saved) announce();
    this.#status(result.saved ? DATA_TEXT.loaded(dayText(parsed.exportedAt)) : (savingProblem(result.reason) ?? ''));
  }

  #clear(): void {
    if (!window.confirm(DATA_TEXT.confirmClear)) return;
    const cleared = clearProgress(browserStorage());
    announce();
    this.#status(cleared ? DATA_TEXT.cleared : DATA_TEXT.clearFailed);
  }
}

customElements.define('progress-data', ProgressData);
