/**
 * The browser side of drafts.store.ts. The page's one script keeps, when the page goes away,
 * what is typed into answer fields whose code has not run (the fields take typing from first
 * paint); the fields' code takes the drafts when it starts, and saves them.
 */
import { browserStorage } from '../../client/browser-storage.client';
import { keepDrafts, takeDrafts } from './drafts.store';

const WAITING_FIELDS = ['[data-answer]', '[data-source]']
  .map((part) => `digidel-answer-fields:not(:defined) ${part}`)
  .join();

/** On leaving or hiding the page (which a reload does too), keeps what waits for its code. */
export function keepDraftsUntilDefined(): void {
  const keep = () => {
    const typed = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(WAITING_FIELDS)]
      .filter((field) => field.value !== '')
      .map((field): [string, string] => [field.id, field.value]);
    if (typed.length > 0) keepDrafts(browserStorage(), typed);
  };
  window.addEventListener('pagehide', keep);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && keep());
}

/** The drafts of the fields with `ids`, now theirs to save. */
export function draftsFor(ids: readonly string[]): Map<string, string> {
  return takeDrafts(browserStorage(), ids);
}
