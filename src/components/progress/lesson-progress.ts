/**
 * <lesson-progress>: marks the lesson done or undoes it, and, once the learner has started the
 * course, records this lesson as the last one opened so "Fortsätt" can lead back here (the
 * privacy page says so). Opening a lesson before that writes nothing.
 */
import { ManagedElement } from '../../utils/managed-element';
import { hasStarted, setLastOpened, setLessonDone } from '../../utils/progress-store';
import { dayText, loadProgress, onProgressChange, saveProgress, savingProblem } from './progress-client';
import { PROGRESS_TEXT } from './progress-strings';

class LessonProgress extends ManagedElement {
  connectedCallback(): void {
    const lesson = this.dataset['lesson'] ?? '';
    const button = this.querySelector<HTMLButtonElement>('[data-toggle]');
    if (!button) return;
    const { status, data } = loadProgress();
    if (status === 'ok' && hasStarted(data) && data.lastOpened !== lesson) {
      saveProgress((progress) => setLastOpened(progress, lesson));
    }
    button.disabled = false;
    button.addEventListener(
      'click',
      () => {
        const done = !loadProgress().data.done[lesson];
        const result = saveProgress((progress) =>
          setLastOpened(setLessonDone(progress, lesson, done, new Date()), lesson),
        );
        this.#showProblem(result.saved ? undefined : savingProblem(result.reason));
        this.#render();
      },
      { signal: this.signal },
    );
    onProgressChange(() => this.#render(), this.signal);
    this.#showProblem(savingProblem(status));
    this.#render();
  }

  #showProblem(text: string | undefined): void {
    const problem = this.querySelector<HTMLElement>('[data-problem]');
    if (!problem) return;
    problem.textContent = text ?? '';
    problem.hidden = !text;
  }

  #render(): void {
    const doneAt = loadProgress().data.done[this.dataset['lesson'] ?? ''];
    const status = this.querySelector('[data-status]');
    const button = this.querySelector('[data-toggle]');
    if (status) status.textContent = doneAt ? PROGRESS_TEXT.done(dayText(doneAt)) : PROGRESS_TEXT.notDone;
    if (button) button.textContent = doneAt ? PROGRESS_TEXT.undoDone : PROGRESS_TEXT.markDone;
  }
}

customElements.define('lesson-progress', LessonProgress);
