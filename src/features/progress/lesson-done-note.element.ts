/** <digidel-lesson-done-note>: the "Klar" note at the top of a lesson the learner has marked done. */
import { format } from '../../i18n/format';
import type { Dictionary } from '../../i18n/sv';
import { ProgressView } from './progress-view.client';
import type { StringsOf } from '../../client/strings.client';
import { dayText } from '../../i18n/dates';
import { doneAt } from './progress.client';

const STRINGS = ['doneNote'] as const;
/** The words LessonDoneNote.astro renders for this element. */
export type LessonDoneNoteStrings = StringsOf<Dictionary['progress'], typeof STRINGS>;

class LessonDoneNote extends ProgressView<LessonDoneNoteStrings> {
  constructor() {
    super(STRINGS);
  }

  protected render(): void {
    const done = doneAt(this);
    this.hidden = !done;
    const text = this.querySelector('[data-text]');
    if (text) text.textContent = done ? format(this.strings.doneNote, { day: dayText(done) }) : '';
  }
}

customElements.define('digidel-lesson-done-note', LessonDoneNote);
