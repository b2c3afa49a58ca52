/**
 * Changes to stored progress that hold the Web Lock across tabs: an answer as it is typed, a
 * loaded file and "Rensa allt". Apart from progress.client.ts so that the page's one script,
 * which only reads progress and records the lesson opened, does not carry them.
 */
import { browserStorage } from '../../client/browser-storage.client';
import { announce, saveProgressNow } from './progress.client';
import { clearProgress, replaceProgress, type ProgressData, type WriteResult } from './progress.store';

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
