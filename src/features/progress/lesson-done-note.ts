/** <lesson-done-note>: the "Klar" note at the top of a lesson the learner has marked done. */
import { ManagedElement } from '../../client/managed-element';
import { readStrings } from '../../client/strings';
import { format } from '../../i18n/format';
import type { Dictionary } from '../../i18n/sv';
import { dayText, doneAt, onProgressChange } from './progress-client';

class LessonDoneNote extends ManagedElement {
  #strings = {} as Pick<Dictionary['progress'], 'doneNote'>;

  connectedCallback(): void {
    this.#strings = readStrings(this);
    onProgressChange(() => this.#render(), this.signal);
    this.#render();
  }

  #render(): void {
    const done = doneAt(this);
    this.hidden = !done;
    const text = this.querySelector('[data-text]');
    if (text) text.textContent = done ? format(this.#strings.doneNote, { day: dayText(done) }) : '';
  }
}

customElements.define('lesson-done-note', LessonDoneNote);
