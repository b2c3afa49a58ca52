/**
 * <assignment-answers>: fills the fields from the store, saves each field as the learner types
 * (debounced, and at once on leaving the field or the page), and shows when it was saved.
 * Another tab's changes update the fields this tab is not editing.
 */
import { ManagedElement } from '../../utils/managed-element';
import { setAnswer, type FieldTarget } from '../../utils/progress-store';
import { loadProgress, onProgressChange, saveProgress, savingProblem, timeText } from './progress-client';
import { PROGRESS_TEXT } from './progress-strings';

const SAVE_DELAY_MS = 600;

class AssignmentAnswers extends ManagedElement {
  #pending = new Map<HTMLElement, number>();

  connectedCallback(): void {
    const signal = this.signal;
    const { status } = loadProgress();
    for (const field of this.#fields()) {
      for (const input of field.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
        '[data-answer], [data-source]',
      )) {
        input.disabled = false;
        input.addEventListener('input', () => this.#schedule(field), { signal });
        input.addEventListener('blur', () => this.#flush(field), { signal });
      }
    }
    window.addEventListener('pagehide', () => this.#flushAll(), { signal });
    onProgressChange(() => this.#fill(), signal);
    this.#fill();
    const problem = savingProblem(status);
    if (problem) this.#status(problem);
    else if (status === 'unreadable') this.#status(PROGRESS_TEXT.unreadable);
  }

  override disconnectedCallback(): void {
    this.#flushAll();
    super.disconnectedCallback();
  }

  #fields(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[data-field]')];
  }

  #status(text: string): void {
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = text;
  }

  /** Puts stored answers into every field the learner is not typing in. */
  #fill(): void {
    const stored = loadProgress().data.answers[this.dataset['assignment'] ?? ''];
    for (const field of this.#fields()) {
      const saved = stored?.fields[field.dataset['field'] ?? ''];
      const answer = field.querySelector<HTMLTextAreaElement>('[data-answer]');
      const source = field.querySelector<HTMLInputElement>('[data-source]');
      if (answer && document.activeElement !== answer && !this.#pending.has(field)) answer.value = saved?.answer ?? '';
      if (source && document.activeElement !== source && !this.#pending.has(field)) source.value = saved?.source ?? '';
    }
  }

  #schedule(field: HTMLElement): void {
    window.clearTimeout(this.#pending.get(field));
    this.#pending.set(
      field,
      window.setTimeout(() => this.#flush(field), SAVE_DELAY_MS),
    );
  }

  #flushAll(): void {
    for (const field of [...this.#pending.keys()]) this.#flush(field);
  }

  #flush(field: HTMLElement): void {
    if (!this.#pending.has(field)) return;
    window.clearTimeout(this.#pending.get(field));
    this.#pending.delete(field);
    const heading = this.closest('[data-assignment-section]')?.querySelector('h2, h3');
    const target: FieldTarget = {
      assignment: this.dataset['assignment'] ?? '',
      title: heading?.textContent?.trim() ?? this.dataset['assignment'] ?? '',
      lesson: this.closest<HTMLElement>('[data-lesson-id]')?.dataset['lessonId'] ?? '',
      field: field.dataset['field'] ?? '',
      label: field.dataset['label'] ?? '',
    };
    const value = {
      answer: field.querySelector<HTMLTextAreaElement>('[data-answer]')?.value ?? '',
      source: field.querySelector<HTMLInputElement>('[data-source]')?.value ?? '',
    };
    const now = new Date();
    const result = saveProgress((progress) => setAnswer(progress, target, value, now));
    this.#status(
      result.saved ? PROGRESS_TEXT.saved(timeText(now.toISOString())) : (savingProblem(result.reason) ?? ''),
    );
  }
}

customElements.define('assignment-answers', AssignmentAnswers);
