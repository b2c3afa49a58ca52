/**
 * The learner's remembered choice to load films from YouTube ("Kom ihåg mitt val"), kept in
 * localStorage only when they ask for it. Swedish law treats Web Storage like cookies, so
 * nothing is written unless the learner ticks the box, and withdrawing removes the entry.
 *
 * Stored under `digidel:film-consent` as JSON:
 *   { "version": 1, "allowYouTube": true, "savedAt": "2026-11-24T10:00:00.000Z" }
 * Anything else (absent, unparsable, another version, storage that throws) reads as "not
 * remembered": the learner is asked again, which is always safe. A future version that
 * changes the shape bumps `version`; older entries then count as not remembered.
 * Pure: the storage is passed in. The browser side is consent.client.ts.
 */

import type { KeyValueStorage } from '../../utils/key-value-storage';

export const FILM_CONSENT_KEY = 'digidel:film-consent';
export const FILM_CONSENT_VERSION = 1;

export interface FilmConsentRecord {
  version: typeof FILM_CONSENT_VERSION;
  allowYouTube: true;
  savedAt: string;
}

function isRecord(value: unknown): value is FilmConsentRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record['version'] === FILM_CONSENT_VERSION &&
    record['allowYouTube'] === true &&
    typeof record['savedAt'] === 'string'
  );
}

/** True only when a valid, current choice to load films is stored. */
export function isFilmConsentRemembered(storage: KeyValueStorage | undefined): boolean {
  try {
    const raw = storage?.getItem(FILM_CONSENT_KEY);
    return raw != null && isRecord(JSON.parse(raw));
  } catch {
    return false;
  }
}

/** Stores the choice; false when storage refused it (full, disabled), so the page can say so. */
export function rememberFilmConsent(storage: KeyValueStorage | undefined, now = new Date()): boolean {
  if (!storage) return false;
  const record: FilmConsentRecord = { version: FILM_CONSENT_VERSION, allowYouTube: true, savedAt: now.toISOString() };
  try {
    storage.setItem(FILM_CONSENT_KEY, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

/** Removes the choice; true when nothing remains stored. */
export function forgetFilmConsent(storage: KeyValueStorage | undefined): boolean {
  if (!storage) return true;
  try {
    storage.removeItem(FILM_CONSENT_KEY);
    return true;
  } catch {
    return false;
  }
}
