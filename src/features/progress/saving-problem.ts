/** The saving problems in the learner's words. Pure: the words are passed in. */
import type { Dictionary } from '../../i18n/sv';
import type { ReadResult, WriteResult } from './progress.store';

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
