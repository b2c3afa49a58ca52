/**
 * The browser side of the film consent store (consent.store.ts): reads and writes the
 * browser's localStorage and keeps every film and control on the page, and in other tabs, in step.
 */
import { browserStorage, onStoredChange } from '../../client/browser-storage.client';
import { FILM_CONSENT_KEY, forgetFilmConsent, isFilmConsentRemembered, rememberFilmConsent } from './consent.store';

/** Fired on window when a page changes the remembered choice, so every film and control follows. */
const FILM_CONSENT_CHANGE = 'film-consent-change';

function announce(): void {
  window.dispatchEvent(new Event(FILM_CONSENT_CHANGE));
}

/** True only when a valid, current choice to load films is stored in this browser. */
export function isConsentRemembered(): boolean {
  return isFilmConsentRemembered(browserStorage());
}

/** Stores the choice and tells the page; false when the browser refused it. */
export function rememberConsent(): boolean {
  const saved = rememberFilmConsent(browserStorage());
  announce();
  return saved;
}

/** Removes the choice and tells the page; false when the browser refused it. */
export function forgetConsent(): boolean {
  const forgotten = forgetFilmConsent(browserStorage());
  announce();
  return forgotten;
}

/** Calls `listener` whenever the choice changes, on this page or in another tab, until `signal` aborts. */
export function onConsentChange(listener: () => void, signal: AbortSignal): void {
  onStoredChange(FILM_CONSENT_KEY, FILM_CONSENT_CHANGE, listener, signal);
}
