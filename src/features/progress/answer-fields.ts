/**
 * <answer-fields>: fills the fields from the store, saves each field as the learner types
 * (debounced, and at once on leaving the field or the page), and says beside each field when it
 * was saved, where the learner is looking. A problem with saving is also announced once for the
 * whole assignment. Another tab's changes update the fields this tab is not editing.
 */
import { ManagedElement } from '../../client/managed-element';
import { setAnswer, type FieldTarget } from './progress-store';
import { loadProgress, onProgressChange, saveProgress, savingProblem, timeText } from './progress-client';
import { readStrings } from '../../client/strings';
import { format } from '../../i18n/format';
import type { Dictionary } from '../../i18n/sv';

const SAVE_DELAY_MS = 600;

/** Browsers without `field-sizing: content` get the same growing fields from the script. */
const GROW_BY_SCRIPT = !CSS.supports('field-sizing', 'content');

function fitHeight(textarea: HTMLTextAreaElement): void {
  textarea.style.blockSize = 'auto';
  textarea.style.blockSize = `${textarea.scrollHeight + textarea.offsetHeight - textarea.clientHeight}px`;
}

class AnswerFields extends ManagedElement {
  #strings = {} as Dictionary['progress'];
  #pending = new Map<HTMLElement, number>();

  connectedCallback(): void {
    const signal = this.signal;
    this.#strings = readStrings(this);
    const { status } = loadProgress();
    for (const field of this.#fields()) {
      for (const input of field.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
        '[data-answer], [data-source]',
      )) {
        input.disabled = false;
        input.addEventListener(
          'input',
          () => {
            if (GROW_BY_SCRIPT && input instanceof HTMLTextAreaElement) fitHeight(input);
            this.#schedule(field);
          },
          { signal },
        );
        input.addEventListener('blur', () => this.#flush(field), { signal });
      }
    }
    window.addEventListener('pagehide', () => this.#flushAll(), { signal });
    onProgressChange(() => this.#fill(), signal);
    this.#fill();
    const problem = savingProblem(status, this.#strings);
    if (problem) this.#problem(problem);
    else if (status === 'unreadable') this.#problem(this.#strings.unreadable);
  }

  override disconnectedCallback(): void {
    this.#flushAll();
    super.disconnectedCallback();
  }

  #fields(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[data-field]')];
  }

  /** Announces a problem with saving for the whole assignment (a live region). */
  #problem(text: string): void {
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = text;
  }

  /** What the line under a field says: when it was saved, or why it was not. */
  #fieldStatus(field: HTMLElement, text: string): void {
    const status = field.querySelector('[data-field-status]');
    if (status) status.textContent = text;
  }

  /** Puts stored answers into every field the learner is not typing in. */
  #fill(): void {
    const stored = loadProgress().data.answers[this.dataset['assignment'] ?? ''];
    for (const field of this.#fields()) {
      const saved = stored?.fields[field.dataset['field'] ?? ''];
      const answer = field.querySelector<HTMLTextAreaElement>('[data-answer]');
      const source = field.querySelector<HTMLInputElement>('[data-source]');
      if (answer && document.activeElement !== answer && !this.#pending.has(field)) {
        answer.value = saved?.answer ?? '';
        if (GROW_BY_SCRIPT) fitHeight(answer);
      }
      if (source && document.activeElement !== source && !this.#pending.has(field)) source.value = saved?.source ?? '';
      const status = field.querySelector('[data-field-status]');
      if (status && status.textContent === '' && (saved?.answer || saved?.source)) {
        status.textContent = this.#strings.savedEarlier;
      }
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
    if (result.saved) {
      this.#fieldStatus(field, format(this.#strings.saved, { time: timeText(now.toISOString()) }));
      this.#problem('');
    } else {
      // Beside the field, where the learner is looking, and announced for the assignment.
      const problem = savingProblem(result.reason, this.#strings) ?? '';
      this.#fieldStatus(field, problem);
      this.#problem(problem);
    }
  }
}

customElements.define('answer-fields', AnswerFields);
