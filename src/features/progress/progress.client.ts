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

/** The name of the Web Lock every read-modify-write of stored progress holds, in every tab. */
const PROGRESS_LOCK = 'digidel:progress';

/**
 * How long the lock is held after a write. Browsers hand a localStorage write to other tabs'
 * processes asynchronously (Chromium: a few milliseconds, more on a loaded machine), so a tab that
 * took the lock the moment it was released could still read the old value and write over the new
 * one. tests/e2e/two-tabs.spec.ts loses an answer within ten rounds without this wait, and lost
 * one with 30 ms on a loaded two-core machine. It is a margin, not a guarantee: a guarantee needs
 * each answer under its own key, or acknowledgements from the other tabs (docs/progress.md).
 */
const SETTLE_MS = 100;

/**
 * Runs `work` while no other tab of the site changes stored progress. localStorage has no
 * transactions, and tabs run in separate processes: without the lock, two tabs saving at the same
 * moment both read the old value and the second write drops the first tab's answer. Where Web
 * Locks are missing or refused (site data blocked), the work runs at once, as one write.
 */
async function exclusively<T>(work: () => T): Promise<T> {
  // Web Locks exist only in secure contexts (https, localhost).
  if (!('locks' in navigator)) return work();
  let ran = false;
  try {
    return await navigator.locks.request(PROGRESS_LOCK, async () => {
      ran = true;
      const result = work();
      await new Promise((settled) => setTimeout(settled, SETTLE_MS));
      return result;
    });
  } catch (error) {
    // Refused before it ran (site data blocked): write without the lock.
    if (ran) throw error;
    return work();
  }
}

/** Applies `change` to what is stored now, holding the progress lock; resolves once it is written (or refused). */
export function saveProgress(change: (data: ProgressData) => ProgressData): Promise<WriteResult> {
  return exclusively(() => saveProgressNow(change));
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

/** Replaces everything stored with a loaded file's data, and tells the page. */
export function replaceStoredProgress(data: ProgressData): Promise<WriteResult> {
  return exclusively(() => {
    const result = replaceProgress(browserStorage(), data);
    if (result.saved) announce();
    return result;
  });
}

/** Removes everything stored; true when nothing remains. Tells the page either way. */
export function clearStoredProgress(): Promise<boolean> {
  return exclusively(() => {
    const cleared = clearProgress(browserStorage());
    announce();
    return cleared;
  });
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
