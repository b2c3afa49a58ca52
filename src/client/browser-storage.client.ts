/** Access to the browser's localStorage that never throws, for the modules that keep learner data. */
import type { KeyValueStorage } from '../utils/key-value-storage';

/** The browser's localStorage, or undefined where reading it throws (blocked, sandboxed). */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Calls `listener` when a page changes `key`: this page through `eventName`, another tab through
 * the `storage` event (key null means the other tab cleared everything). Stops when `signal` aborts.
 */
export function onStoredChange(key: string, eventName: string, listener: () => void, signal: AbortSignal): void {
  window.addEventListener(eventName, listener, { signal });
  window.addEventListener(
    'storage',
    (event) => {
      if (event.key === key || event.key === null) listener();
    },
    { signal },
  );
}
