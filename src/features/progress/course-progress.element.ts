/**
 * <digidel-course-progress>: the start page's way in ("Börja", "Fortsätt där du slutade: …", or the
 * learner's answers once all is done), the count and bar, and the "Klar" badges in the lesson
 * list it is given by id.
 */
import { countDone, resumeLesson } from './progress-resume';
import { doneTime, hasStarted } from './progress.store';
import { lessonLinks } from './lesson-links.client';
import { loadProgress } from './progress.client';
import { format } from '../../i18n/format';
import type { Dictionary } from '../../i18n/sv';
import { ProgressView } from './progress-view.client';
import type { StringsOf } from '../../client/strings.client';
import { courseCountText } from '../../i18n/course-count';

const STRINGS = ['resume', 'seeAnswers', 'count', 'lessons', 'doneWord'] as const;
/** The words CourseProgress.astro renders for this element. */
export type CourseProgressStrings = StringsOf<Dictionary['course'], typeof STRINGS>;

class CourseProgress extends ProgressView<CourseProgressStrings> {
  constructor() {
    super(STRINGS);
  }

  protected render(): void {
    const lessons = lessonLinks(this);
    const ids = lessons.map((lesson) => lesson.id);
    const { data } = loadProgress();
    const list = document.getElementById(this.dataset['list'] ?? '');
    for (const card of list?.querySelectorAll<HTMLElement>('[data-lesson-id]') ?? []) {
      const badge = card.querySelector<HTMLElement>('[data-done]');
      if (badge) badge.hidden = !doneTime(data, card.dataset['lessonId'] ?? '');
    }
    const started = hasStarted(data);
    const summary = this.querySelector<HTMLElement>('[data-summary]');
    if (summary) summary.hidden = !started;
    if (!started) return;
    const done = countDone(ids, data);
    const count = this.querySelector('[data-count]');
    const bar = this.querySelector<HTMLProgressElement>('[data-bar]');
    if (count) count.textContent = courseCountText(done, ids.length, this.strings);
    if (bar) bar.value = done;
    const allDone = this.querySelector<HTMLElement>('[data-all-done]');
    if (allDone) allDone.hidden = done < ids.length;
    const certificate = this.querySelector<HTMLElement>('[data-certificate]');
    if (certificate) certificate.hidden = done < ids.length;
    const go = this.querySelector<HTMLAnchorElement>('[data-resume]');
    if (!go) return;
    const next = lessons.find((lesson) => lesson.id === resumeLesson(ids, data));
    if (next) {
      go.href = next.href;
      go.textContent = format(this.strings.resume, { title: next.title });
    } else {
      go.href = this.dataset['answersHref'] ?? go.href;
      go.textContent = this.strings.seeAnswers;
    }
  }
}

customElements.define('digidel-course-progress', CourseProgress);
