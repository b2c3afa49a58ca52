/**
 * The browser side of the progress store: the only way the page reads and writes localStorage
 * through progress.store.ts, and what keeps every control on the page, and in other tabs, in
 * step. Also the saving problems in the learner's words, and the lessons an element was given.
 */
import { browserStorage, onStoredChange } from '../../client/browser-storage.client';
import { ElementError } from '../../client/element-error.client';
import {
  PROGRESS_KEY,
  clearProgress,
  doneTime,
  readProgress,
  replaceProgress,
  updateProgress,
  type ProgressData,
  type ReadResult,
  type WriteResult,
} from './progress.store';
import type { Dictionary } from '../../i18n/sv';

const PROGRESS_CHANGE = 'progress-change';

/** Tells every progress control on this page that progress changed. */
export function announce(): void {
  window.dispatchEvent(new Event(PROGRESS_CHANGE));
}

export function loadProgress(): ReadResult {
  return readProgress(browserStorage());
}

export function saveProgress(change: (data: ProgressData) => ProgressData): WriteResult {
  const result = updateProgress(browserStorage(), change);
  if (result.saved) announce();
  return result;
}

/** When the lesson named in the element's data-lesson-id was marked done, if it was. */
export function doneAt(element: HTMLElement): string | undefined {
  return doneTime(loadProgress().data, element.dataset['lessonId'] ?? '');
}

/** Replaces everything stored with a loaded file's data, and tells the page. */
export function replaceStoredProgress(data: ProgressData): WriteResult {
  const result = replaceProgress(browserStorage(), data);
  if (result.saved) announce();
  return result;
}

/** Removes everything stored; true when nothing remains. Tells the page either way. */
export function clearStoredProgress(): boolean {
  const cleared = clearProgress(browserStorage());
  announce();
  return cleared;
}

/** Calls `listener` when progress changes on this page or in another tab. */
export function onProgressChange(listener: () => void, signal: AbortSignal): void {
  onStoredChange(PROGRESS_KEY, PROGRESS_CHANGE, listener, signal);
}

/** What to tell the learner when saving is off, or undefined when it works. */
export function savingProblem(
  status: ReadResult['status'] | Exclude<WriteResult, { saved: true }>['reason'],
  strings: Pick<Dictionary['progress'], 'savingUnavailable' | 'savingFull' | 'savingNewer'>,
): string | undefined {
  switch (status) {
    case 'unavailable':
      return strings.savingUnavailable;
    case 'full':
      return strings.savingFull;
    case 'newer':
      return strings.savingNewer;
    default:
      return undefined;
  }
}

/** A lesson as the progress elements receive it from the build, in a data-lessons attribute. */
export interface LessonLink {
  id: string;
  title: string;
  href: string;
}

function isLessonLink(value: unknown): value is LessonLink {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof value.id === 'string' &&
    'title' in value &&
    typeof value.title === 'string' &&
    'href' in value &&
    typeof value.href === 'string'
  );
}

/** The lessons an element was given in its data-lessons attribute, checked. */
export function lessonLinks(element: HTMLElement): LessonLink[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(element.dataset['lessons'] ?? '');
  } catch {
    throw new ElementError(element, 'a data-lessons attribute holding JSON');
  }
  if (!Array.isArray(parsed) || !parsed.every(isLessonLink)) throw new ElementError(element, 'its data-lessons list');
  return parsed;
}
