/**
 * <digidel-answers-overview>: lists the lessons marked done and every saved answer, from the
 * store. Each answer links back to its field in the lesson, where it can be changed.
 */
import { lessonLinks } from './lesson-links.client';
import { loadProgress } from './progress.client';
import { doneTime } from './progress.store';
import type { Dictionary } from '../../i18n/sv';
import { ProgressView } from './progress-view.client';
import type { StringsOf } from '../../client/strings.client';
import { courseCountText } from '../../i18n/course-count';
import { format } from '../../i18n/format';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

const STRINGS = ['answerEmpty', 'sourceLabel', 'certificateLater', 'count', 'lessons', 'doneWord'] as const;
/** The words AnswersOverview.astro renders for this element. */
export type AnswersOverviewStrings = StringsOf<
  Pick<Dictionary['data'], 'answerEmpty' | 'sourceLabel' | 'certificateLater'> &
    Pick<Dictionary['course'], 'count' | 'lessons' | 'doneWord'>,
  typeof STRINGS
>;

class AnswersOverview extends ProgressView<AnswersOverviewStrings> {
  constructor() {
    super(STRINGS);
  }

  protected render(): void {
    const lessons = lessonLinks(this);
    const { data } = loadProgress();

    const doneList = this.querySelector('[data-done-list]');
    const done = lessons.filter((lesson) => doneTime(data, lesson.id));
    doneList?.replaceChildren(
      ...done.map((lesson) => {
        const item = element('li');
        const link = element('a', lesson.title);
        link.href = lesson.href;
        item.append(link);
        return item;
      }),
    );
    doneList?.toggleAttribute('hidden', done.length === 0);
    this.querySelector<HTMLElement>('[data-no-done]')?.toggleAttribute('hidden', done.length > 0);
    // The certificate once every lesson is done; until then, how far there is to go.
    const allDone = lessons.length > 0 && done.length === lessons.length;
    this.querySelector<HTMLElement>('[data-certificate]')?.toggleAttribute('hidden', !allDone);
    const count = this.querySelector<HTMLElement>('[data-certificate-count]');
    if (count) {
      count.hidden = allDone;
      count.textContent = format(this.strings.certificateLater, {
        count: courseCountText(done.length, lessons.length, this.strings),
      });
    }

    const answers = Object.entries(data.answers);
    this.querySelector('[data-answers]')?.replaceChildren(
      ...answers.map(([id, assignment]) => {
        const section = element('section');
        const lesson = lessons.find((known) => known.id === assignment.lesson);
        const where = element('p');
        const [first] = Object.keys(assignment.fields);
        if (lesson) {
          // To the first field itself (its id in AnswerFields.astro), where the answer can be changed.
          const link = element('a', lesson.title);
          link.href = `${lesson.href}${first === undefined ? '' : `#${id}-${first}-answer`}`;
          where.append(link);
        } else where.textContent = assignment.lesson;
        section.append(element('h2', assignment.title), where);
        const list = element('dl');
        for (const field of Object.values(assignment.fields)) {
          const answer = element('dd', field.answer || this.strings.answerEmpty);
          list.append(element('dt', field.label), answer);
          if (field.source) {
            const source = element('dd', `${this.strings.sourceLabel}: ${field.source}`);
            source.className = 'answers-overview__source';
            list.append(source);
          }
        }
        section.append(list);
        return section;
      }),
    );
    this.querySelector<HTMLElement>('[data-no-answers]')?.toggleAttribute('hidden', answers.length > 0);
  }
}

customElements.define('digidel-answers-overview', AnswersOverview);
