/**
 * The offline copy's service worker as a page sees it: whether this browser can have one, this
 * course's registration, and a new build waiting. Small on purpose: the update notice loads it on
 * every page a saved copy serves; saving and removing are in offline.client.ts.
 */
import { WORKER_FILE } from './offline-files';

/** Service workers need a secure context (https, or localhost). */
export function offlineSupported(): boolean {
  return window.isSecureContext && 'serviceWorker' in navigator && 'caches' in window;
}

export const scopeUrl = (base: string) => new URL(base, window.location.origin).href;
export const workerUrl = (base: string) => new URL(`${base}${WORKER_FILE}`, window.location.origin).href;

/**
 * False when the browser refuses this site Cache Storage and service workers (site data blocked
 * in its settings): both then reject, where a missing feature would be absent.
 */
export async function siteDataAllowed(): Promise<boolean> {
  try {
    await caches.keys();
    await navigator.serviceWorker.getRegistrations();
    return true;
  } catch {
    return false;
  }
}

/** This course's registration; another site on the same host has another scope. */
export async function registration(base: string): Promise<ServiceWorkerRegistration | undefined> {
  const registrations = await navigator.serviceWorker.getRegistrations();
  return registrations.find((candidate) => candidate.scope === scopeUrl(base));
}

/**
 * Calls `onWaiting` with a function that shows the new version when a new build of the course
 * has been saved and waits (now or later while this page is open). Only pages the saved copy
 * serves look: before the learner saved the course there is nothing to update.
 */
export async function whenUpdateWaits(base: string, onWaiting: (showNewVersion: () => void) => void): Promise<void> {
  if (!offlineSupported() || !navigator.serviceWorker.controller) return;
  const current = await registration(base);
  if (!current) return;
  const offer = () => {
    const waiting = current.waiting;
    if (!waiting) return;
    onWaiting(() => {
      // The new worker takes over (it claims this page), and only then the page reloads from it.
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      waiting.postMessage({ type: 'SKIP_WAITING' });
    });
  };
  offer();
  current.addEventListener('updatefound', () => {
    const installing = current.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer();
    });
  });
}
