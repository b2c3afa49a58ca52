/**
 * The page's one script module, loaded by BaseLayout on every page. It holds only what the first
 * view of a lesson needs at once: the header's search button, the lesson's "Klar" note, recording
 * the lesson as the last one opened, keeping what is typed before the answer fields' code runs,
 * and what a part says when its code cannot load (code-recovery.client.ts). Everything else is a chunk
 * loaded by loadWhen(): on the pages that have it, when it is near or used. That keeps a lesson
 * to one small request of JavaScript before the learner does anything, with no chain of imports.
 */
import '../features/progress/lesson-done-note.element';
import '../features/search/site-search.element';
import { keepDraftsUntilDefined } from '../features/progress/drafts.client';
import { recordLastOpened } from '../features/progress/progress.client';
import { HIGHLIGHT_PARAM } from '../features/search/highlight-param';
import { loadWhen } from './load-when.client';

// Lessons: the lesson opened, what sits below the first screen, and what only follows scrolling. The answer fields
// take typing before their code runs; what is typed is kept until it does.
const lesson = document.querySelector<HTMLElement>('digidel-lesson-progress')?.dataset['lessonId'];
if (lesson) recordLastOpened(lesson);
if (document.querySelector('digidel-answer-fields')) keepDraftsUntilDefined();
loadWhen('digidel-film-player', 'near', () => import('../features/film/film-player.element'));
loadWhen('digidel-answer-fields', 'near', () => import('../features/progress/answer-fields.element'));
loadWhen('digidel-lesson-progress', 'near', () => import('../features/progress/lesson-progress.element'));
loadWhen('digidel-table-of-contents', 'scroll', () => import('../components/table-of-contents.element'));

// Pages of their own.
loadWhen('digidel-course-progress', 'present', () => import('../features/progress/course-progress.element'));
loadWhen('digidel-answers-overview', 'present', () => import('../features/progress/answers-overview.element'));
loadWhen('digidel-certificate', 'present', () => import('../features/certificate/certificate.element'));
loadWhen(
  'digidel-progress-data-controls',
  'present',
  () => import('../features/progress/progress-data-controls.element'),
);
loadWhen('digidel-film-consent-settings', 'present', () => import('../features/film/film-consent-settings.element'));
loadWhen('digidel-offline-copy', 'present', () => import('../features/offline/offline-copy.element'));
loadWhen('digidel-url-search', 'present', () => import('../features/search/url-search.element'));

// Only when they have something to do: a page opened from a search result, and a saved copy
// that may have fetched a new version.
if (new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM))
  loadWhen('digidel-search-highlight', 'present', () => import('../features/search/search-highlight.element'));
if (navigator.serviceWorker?.controller)
  loadWhen(
    'digidel-offline-update-notice',
    'present',
    () => import('../features/offline/offline-update-notice.element'),
  );
