/**
 * When the learner saved the course for reading without internet, so the page can say since
 * when. Written only after the learner asked for the offline copy and removed with it.
 *
 * Stored under `digidel:offline-copy` as JSON: { "savedAt": "2026-11-24T10:00:00.000Z" }.
 * Anything else reads as "no date": the copy itself lives in Cache Storage, and the page then
 * says it is saved without a date. Pure: the storage is passed in. The browser side is offline.client.ts.
 */
import { isIsoTime } from '../../utils/iso-time';
import type { KeyValueStorage } from '../../utils/key-value-storage';

export const OFFLINE_KEY = 'digidel:offline-copy';

/** When the copy was saved, as an ISO time, or undefined when that is not known. */
export function readSavedAt(storage: KeyValueStorage | undefined): string | undefined {
  try {
    const raw = storage?.getItem(OFFLINE_KEY);
    const savedAt: unknown = raw == null ? undefined : (JSON.parse(raw) as { savedAt?: unknown }).savedAt;
    return isIsoTime(savedAt) ? savedAt : undefined;
  } catch {
    return undefined;
  }
}

/** Records when the copy was saved; false when storage refused it (the copy works without it). */
export function writeSavedAt(storage: KeyValueStorage | undefined, now: Date): boolean {
  try {
    storage?.setItem(OFFLINE_KEY, JSON.stringify({ savedAt: now.toISOString() }));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Removes the date; true when nothing remains stored. */
export function forgetSavedAt(storage: KeyValueStorage | undefined): boolean {
  try {
    storage?.removeItem(OFFLINE_KEY);
    return true;
  } catch {
    return false;
  }
}
