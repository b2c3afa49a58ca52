/** <course-progress>: the start page's count, bar, "Fortsätt" link and done badges. */
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
    for (const card of document.querySelectorAll<HTMLElement>('[data-lesson-card]')) {
      const badge = card.querySelector<HTMLElement>('[data-done]');
      if (badge) badge.hidden = !data.done[card.dataset['lessonCard'] ?? ''];
    }
    this.hidden = !hasStarted(data);
    if (this.hidden) return;
    const done = countDone(ids, data);
    const count = this.querySelector('[data-count]');
    const bar = this.querySelector<HTMLProgressElement>('[data-bar]');
    if (count) count.textContent = COURSE_PROGRESS_TEXT.courseProgress(done, ids.length);
    if (bar) bar.value = done;
    const next = lessons.find((lesson) => lesson.id === resumeLesson(ids, data));
    const resume = this.querySelector<HTMLAnchorElement>('[data-resume]');
    if (resume) {
      resume.hidden = !next;
      if (next) {
        resume.href = next.href;
        resume.textContent = `${COURSE_PROGRESS_TEXT.resume}: ${next.title}`;
      }
    }
    const allDone = this.querySelector<HTMLElement>('[data-all-done]');
    if (allDone) allDone.hidden = done < ids.length;
  }
}

customElements.define('course-progress', CourseProgress);
