/**
 * The browser side of the progress store: reads and writes localStorage through
 * progress-store.ts and keeps every control on the page, and in other tabs, in step.
 */
import { browserStorage, onStoredChange } from '../../client/browser-storage';
import {
  PROGRESS_KEY,
  readProgress,
  updateProgress,
  type ProgressData,
  type ReadResult,
  type WriteResult,
} from './progress-store';
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

/** When the lesson named in the element's data-lesson was marked done, if it was. */
export function doneAt(element: HTMLElement): string | undefined {
  return loadProgress().data.done[element.dataset['lesson'] ?? ''];
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

/** "kl. 16.45" in Swedish. */
export function timeText(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "24 november 2026" in Swedish. */
export function dayText(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long' }).format(new Date(iso));
}

/** A lesson as the progress elements receive it from the build, in a data-lessons attribute. */
export interface LessonLink {
  id: string;
  title: string;
  href: string;
}

/** The lessons an element was given in its data-lessons attribute. */
export function lessonLinks(element: HTMLElement): LessonLink[] {
  return JSON.parse(element.dataset['lessons'] ?? '[]') as LessonLink[];
}
