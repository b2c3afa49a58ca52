/**
 * <course-progress>: the start page's way in ("Börja", "Fortsätt där du slutade: …", or the
 * learner's answers once all is done), the count and bar, and the "Klar" badges in the lesson
 * list it is given by id.
 */
import { ManagedElement } from '../../utils/managed-element';
import { countDone, resumeLesson } from '../../utils/progress-resume';
import { hasStarted } from '../../utils/progress-store';
import { lessonLinks, loadProgress, onProgressChange } from './progress-client';
import { COURSE_PROGRESS_TEXT } from './course-strings';

class CourseProgress extends ManagedElement {
  connectedCallback(): void {
    onProgressChange(() => this.#render(), this.signal);
    this.#render();
  }

  #render(): void {
    const lessons = lessonLinks(this);
    const ids = lessons.map((lesson) => lesson.id);
    const { data } = loadProgress();
    const list = document.getElementById(this.dataset['list'] ?? '');
    for (const card of list?.querySelectorAll<HTMLElement>('[data-lesson-card]') ?? []) {
      const badge = card.querySelector<HTMLElement>('[data-done]');
      if (badge) badge.hidden = !data.done[card.dataset['lessonCard'] ?? ''];
    }
    const started = hasStarted(data);
    const summary = this.querySelector<HTMLElement>('[data-summary]');
    if (summary) summary.hidden = !started;
    if (!started) return;
    const done = countDone(ids, data);
    const count = this.querySelector('[data-count]');
    const bar = this.querySelector<HTMLProgressElement>('[data-bar]');
    if (count) count.textContent = COURSE_PROGRESS_TEXT.courseProgress(done, ids.length);
    if (bar) bar.value = done;
    const allDone = this.querySelector<HTMLElement>('[data-all-done]');
    if (allDone) allDone.hidden = done < ids.length;
    const go = this.querySelector<HTMLAnchorElement>('[data-resume]');
    if (!go) return;
    const next = lessons.find((lesson) => lesson.id === resumeLesson(ids, data));
    if (next) {
      go.href = next.href;
      go.textContent = `${COURSE_PROGRESS_TEXT.resume}: ${next.title}`;
    } else {
      go.href = this.dataset['answersHref'] ?? go.href;
      go.textContent = COURSE_PROGRESS_TEXT.seeAnswers;
    }
  }
}

customElements.define('course-progress', CourseProgress);
