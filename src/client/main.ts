/**
 * The page's one script module, loaded by BaseLayout on every page. It holds only what the first
 * view of a lesson needs at once: the header's search button, the lesson's "Klar" note and its
 * progress (which also records the lesson as the last one opened). Everything else is a chunk
 * loaded by loadWhen(): on the pages that have it, when it is near or used. That keeps a lesson
 * to one small request of JavaScript before the learner does anything, with no chain of imports.
 */
import '../features/progress/lesson-done-note';
import '../features/progress/lesson-progress';
import '../features/search/site-search';
import { HIGHLIGHT_PARAM } from '../features/search/highlight-param';
import { loadWhen } from './load-when';

// Lessons: what sits below the first screen, and what only follows scrolling.
loadWhen('film-player', 'near', () => import('../features/film/film-player'));
loadWhen('answer-fields', 'near', () => import('../features/progress/answer-fields'));
loadWhen('table-of-contents', 'scroll', () => import('../components/table-of-contents'));

// Pages of their own.
loadWhen('course-progress', 'present', () => import('../features/progress/course-progress'));
loadWhen('answers-page', 'present', () => import('../features/progress/answers-page'));
loadWhen('progress-data-controls', 'present', () => import('../features/progress/progress-data-controls'));
loadWhen('film-consent-settings', 'present', () => import('../features/film/film-consent-settings'));
loadWhen('offline-copy', 'present', () => import('../features/offline/offline-copy'));
loadWhen('search-page', 'present', () => import('../features/search/search-page'));

// Only when they have something to do: a page opened from a search result, and a saved copy
// that may have fetched a new version.
if (new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM))
  loadWhen('search-highlight', 'present', () => import('../features/search/search-highlight'));
if (navigator.serviceWorker?.controller)
  loadWhen('offline-update-notice', 'present', () => import('../features/offline/offline-update-notice'));
