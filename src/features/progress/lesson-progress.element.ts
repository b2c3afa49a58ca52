/**
 * <digidel-lesson-progress>: marks the lesson done or undoes it, and offers the next step once it
 * is done. It sits at the lesson's end, so it loads when near; recording the lesson as the last
 * one opened happens at once, in the page's one script (recordLastOpened()).
 */
import { ManagedElement } from '../../client/managed-element.client';
import { setLastOpened, setLessonDone } from './progress.store';
import { dayText } from '../../i18n/dates';
import { doneAt, loadProgress, onProgressChange, saveProgressNow } from './progress.client';
import { savingProblem } from './saving-problem';
import { readStrings, type StringsOf } from '../../client/strings.client';
import { format } from '../../i18n/format';
import type { Dictionary } from '../../i18n/sv';

const STRINGS = ['done', 'notDone', 'undoDone', 'markDone', 'savingUnavailable', 'savingFull', 'savingNewer'] as const;
/** The words LessonProgress.astro renders for this element. */
export type LessonProgressStrings = StringsOf<Dictionary['progress'], typeof STRINGS>;

class LessonProgress extends ManagedElement {
  /** Read first thing in connectedCallback, before anything can use them. */
  #strings!: LessonProgressStrings;

  connectedCallback(): void {
    this.#strings = readStrings<LessonProgressStrings>(this, STRINGS);
    const lesson = this.dataset['lessonId'] ?? '';
    const button = this.querySelector<HTMLButtonElement>('[data-toggle]');
    if (!button) return;
    const { status } = loadProgress();
    button.disabled = false;
    button.addEventListener(
      'click',
      () => {
        const done = !doneAt(this);
        // Written at once, not after waiting for the lock: a learner who marks the lesson done and
        // follows "Nästa lektion" at once must not leave before it is stored. One click in one tab
        // changes one lesson; the lock is for typing, which can go on in two tabs at once.
        const result = saveProgressNow((progress) =>
          setLastOpened(setLessonDone(progress, lesson, done, new Date()), lesson),
        );
        this.#showProblem(result.saved ? undefined : savingProblem(result.reason, this.#strings));
        this.#render();
      },
      { signal: this.signal },
    );
    onProgressChange(() => this.#render(), this.signal);
    this.#showProblem(savingProblem(status, this.#strings));
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
    const strings = this.#strings;
    if (status) status.textContent = done ? format(strings.done, { day: dayText(done) }) : strings.notDone;
    if (next) next.hidden = !done;
    if (button) {
      button.textContent = done ? strings.undoDone : strings.markDone;
      // Once done, the next step is the main action and undoing it a quiet one.
      button.classList.toggle('button--secondary', !!done);
      button.classList.toggle('button--small', !!done);
    }
  }
}

customElements.define('digidel-lesson-progress', LessonProgress);
