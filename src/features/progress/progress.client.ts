/**
 * The browser side of the progress store: the only way the page reads and writes localStorage
 * through progress.store.ts, and what keeps every control on the page, and in other tabs, in
 * step. Small, since the page's one script carries it: writes under the cross-tab lock are in
 * progress-lock.client.ts.
 */
import { browserStorage, onStoredChange } from '../../client/browser-storage.client';
import {
  PROGRESS_KEY,
  doneTime,
  hasStarted,
  readProgress,
  setLastOpened,
  updateProgress,
  type ProgressData,
  type ReadResult,
  type WriteResult,
} from './progress.store';

const PROGRESS_CHANGE = 'progress-change';

/** Tells every progress control on this page that progress changed. */
export function announce(): void {
  window.dispatchEvent(new Event(PROGRESS_CHANGE));
}

export function loadProgress(): ReadResult {
  return readProgress(browserStorage());
}

/**
 * The same at once, without waiting for the lock: for a page that is going away (pagehide), which
 * cannot wait, and for one-click changes the learner may leave right after (marking a lesson
 * done). It still re-reads storage first, so it changes only what it changes.
 */
export function saveProgressNow(change: (data: ProgressData) => ProgressData): WriteResult {
  const result = updateProgress(browserStorage(), change);
  if (result.saved) announce();
  return result;
}

/** When the lesson named in the element's data-lesson-id was marked done, if it was. */
export function doneAt(element: HTMLElement): string | undefined {
  return doneTime(loadProgress().data, element.dataset['lessonId'] ?? '');
}

/**
 * Records `lesson` as the last one opened, so that "Fortsätt" can lead back here, once the
 * learner has started the course (the privacy page says so); before that, opening writes
 * nothing. At once, not after the lock: the learner may leave at once.
 */
export function recordLastOpened(lesson: string): void {
  const { status, data } = loadProgress();
  if (status === 'ok' && hasStarted(data) && data.lastOpened !== lesson) {
    saveProgressNow((progress) => setLastOpened(progress, lesson));
  }
}

/** Calls `listener` when progress changes on this page or in another tab. */
export function onProgressChange(listener: () => void, signal: AbortSignal): void {
  onStoredChange(PROGRESS_KEY, PROGRESS_CHANGE, listener, signal);
}
