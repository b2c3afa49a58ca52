/**
 * <lesson-progress>: marks the lesson done or undoes it, offers the next step once it is done,
 * and, once the learner has started the course, records this lesson as the last one opened so
 * "Fortsätt" can lead back here (the privacy page says so). Opening a lesson before that writes
 * nothing. <lesson-done-note>: the "Klar" note at the top of a done lesson.
 */
import { ManagedElement } from '../../utils/managed-element';
import { hasStarted, setLastOpened, setLessonDone } from '../../utils/progress-store';
import { dayText, loadProgress, onProgressChange, saveProgress, savingProblem } from './progress-client';
import { PROGRESS_TEXT } from './progress-strings';

/** When the lesson named in the element's data-lesson was marked done, if it was. */
function doneAt(element: HTMLElement): string | undefined {
  return loadProgress().data.done[element.dataset['lesson'] ?? ''];
}

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
        const done = !doneAt(this);
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
    const done = doneAt(this);
    const status = this.querySelector('[data-status]');
    const button = this.querySelector('[data-toggle]');
    const next = this.querySelector<HTMLElement>('[data-next]');
    this.classList.toggle('is-done', !!done);
    if (status) status.textContent = done ? PROGRESS_TEXT.done(dayText(done)) : PROGRESS_TEXT.notDone;
    if (next) next.hidden = !done;
    if (button) {
      button.textContent = done ? PROGRESS_TEXT.undoDone : PROGRESS_TEXT.markDone;
      // Once done, the next step is the main action and undoing it a quiet one.
      button.classList.toggle('button--secondary', !!done);
      button.classList.toggle('button--small', !!done);
    }
  }
}

class LessonDoneNote extends ManagedElement {
  connectedCallback(): void {
    onProgressChange(() => this.#render(), this.signal);
    this.#render();
  }

  #render(): void {
    const done = doneAt(this);
    this.hidden = !done;
    const text = this.querySelector('[data-text]');
    if (text) text.textContent = done ? PROGRESS_TEXT.doneNote(dayText(done)) : '';
  }
}

customElements.define('lesson-progress', LessonProgress);
customElements.define('lesson-done-note', LessonDoneNote);
