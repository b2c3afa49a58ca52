/** <lesson-done-note>: the "Klar" note at the top of a lesson the learner has marked done. */
import { format } from '../../i18n/format';
import type { Dictionary } from '../../i18n/sv';
import { ProgressView } from './progress-view';
import { dayText } from '../../i18n/dates';
import { doneAt } from './progress-client';

class LessonDoneNote extends ProgressView<Pick<Dictionary['progress'], 'doneNote'>> {
  protected render(): void {
    const done = doneAt(this);
    this.hidden = !done;
    const text = this.querySelector('[data-text]');
    if (text) text.textContent = done ? format(this.strings.doneNote, { day: dayText(done) }) : '';
  }
}

customElements.define('lesson-done-note', LessonDoneNote);
