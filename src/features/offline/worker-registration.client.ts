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

/** What a saved copy's page hears about the next build. */
export interface UpdateListener {
  /** A new build is saved and waits; `showNewVersion` lets it take over and reloads the page. */
  waiting(showNewVersion: () => void): void;
  /**
   * The copy could not be brought up to date (the worker is missing or not a script, a file of
   * the new build could not be fetched); `retry` checks again, and calls `waiting` or `failed`.
   */
  failed(retry: () => Promise<void>): void;
  /** A check that `failed` reported has since worked. */
  recovered(): void;
}

/**
 * True when the worker's file answers, but not as a script: published without it, or with the
 * host's HTML in its place. False when it is a script, or when the network does not answer
 * (offline, where no update is expected).
 */
async function workerBroken(base: string): Promise<boolean> {
  try {
    const response = await fetch(workerUrl(base), { cache: 'no-store' });
    return !response.ok || !/javascript/.test(response.headers.get('content-type') ?? '');
  } catch {
    return false;
  }
}

/**
 * Tells `listener` about the course's next build, from the first page view on: a build already
 * waiting, one installing as the page opens (the browser checks on every navigation), and one
 * found later. Only pages the saved copy serves look: before the learner saved the course there
 * is nothing to update. The page asks for the check itself too, since only its promise says that
 * the worker's file could not be fetched.
 */
export async function watchUpdates(base: string, listener: UpdateListener): Promise<void> {
  if (!offlineSupported() || !navigator.serviceWorker.controller) return;
  const current = await registration(base);
  if (!current) return;
  let failed = false;
  const fail = () => {
    failed = true;
    listener.failed(check);
  };
  const offer = () => {
    const waiting = current.waiting;
    if (!waiting) return;
    if (failed) listener.recovered();
    failed = false;
    listener.waiting(() => {
      // The new worker takes over (it claims this page), and only then the page reloads from it.
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      waiting.postMessage({ type: 'SKIP_WAITING' });
    });
  };
  const track = (worker: ServiceWorker | null) => {
    let installed = false;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') {
        installed = true;
        offer();
      } else if (worker.state === 'redundant' && !installed) {
        // It never finished installing: a file of the new build could not be saved.
        fail();
      }
    });
  };
  const check = async () => {
    try {
      await current.update();
      if (failed && !current.installing) {
        failed = false;
        listener.recovered();
      }
    } catch {
      if (await workerBroken(base)) fail();
    }
  };
  track(current.installing);
  current.addEventListener('updatefound', () => track(current.installing));
  offer();
  await check();
}
