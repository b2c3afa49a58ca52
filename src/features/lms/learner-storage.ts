/**
 * The browser's progress, made the current LMS learner's before the course's pages read it.
 * An LMS is often used on shared computers (a library's staff room): the progress in this
 * browser may be someone else's. So the browser remembers a fingerprint of whose progress it
 * holds; another learner's is set aside under their fingerprint (never deleted, never shown),
 * and the current learner's comes back from where it was set aside, merged with the LMS's record.
 */
import { mergeProgress } from './lms-record';
import { PROGRESS_KEY, readProgress, replaceProgress, type ProgressData } from '../progress/progress.store';
import type { KeyValueStorage } from '../../utils/key-value-storage';

export const LMS_LEARNER_KEY = 'digidel:lms-learner';
export const LMS_SET_ASIDE_PREFIX = 'digidel:lms:';

/** A short fingerprint of an LMS learner id (FNV-1a, 32 bits): enough to tell the few people of one browser apart, and not the id itself. */
export function learnerFingerprint(id: string): string {
  let hash = 0x811c9dc5;
  for (const char of id) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Hands the browser's progress to `learner` and merges `remote` (the LMS's record) into it.
 * Returns what the course should now report; undefined when the browser's storage cannot be
 * used (then `remote` alone is what the LMS keeps).
 */
export function takeOverStorage(
  storage: KeyValueStorage | undefined,
  learner: string,
  remote: ProgressData | undefined,
): ProgressData | undefined {
  if (!storage) return undefined;
  try {
    const owner = storage.getItem(LMS_LEARNER_KEY);
    if (owner !== null && owner !== learner) {
      const theirs = storage.getItem(PROGRESS_KEY);
      if (theirs !== null) storage.setItem(LMS_SET_ASIDE_PREFIX + owner, theirs);
      storage.removeItem(PROGRESS_KEY);
      const mine = storage.getItem(LMS_SET_ASIDE_PREFIX + learner);
      if (mine !== null) {
        storage.setItem(PROGRESS_KEY, mine);
        storage.removeItem(LMS_SET_ASIDE_PREFIX + learner);
      }
    }
    storage.setItem(LMS_LEARNER_KEY, learner);
  } catch {
    return undefined;
  }
  const local = readProgress(storage);
  if (local.status === 'unavailable' || local.status === 'newer') return undefined;
  if (!remote) return local.data;
  const merged = mergeProgress(local.data, remote);
  const written = replaceProgress(storage, merged);
  return written.saved ? written.data : merged;
}
