/**
 * The browser side of the offline copy: registers the service worker that the build generated
 * with Workbox (src/integrations/service-worker.ts) only when the learner asks, reports how much
 * is saved, and removes the worker, its caches and the saved date.
 *
 * The lifecycle is the platform's own ServiceWorker API: workbox-window wraps the same three
 * events, and would add a chunk and Vite's preload helper to every page for them. Noticing a new
 * build is in worker-registration.client.ts, which every page loads; this module only pages with the controls do.
 */
import { browserStorage, onStoredChange } from '../../client/browser-storage.client';
import { CACHE_ID, FILE_LIST, isOfflineFileList, savingProgress, type SavingProgress } from './offline-files';
import { OFFLINE_KEY, forgetSavedAt, readSavedAt, writeSavedAt } from './offline.store';
import { offlineSupported, registration, scopeUrl, workerUrl } from './worker-registration.client';

/** Fired on window when this page saves or removes the copy, so every control on it follows. */
const OFFLINE_CHANGE = 'offline-copy-change';

/** How often saving measures what is already in the cache. */
const PROGRESS_INTERVAL_MS = 250;

/** The worker's caches: Workbox names them with the cache id first and the scope last. */
async function ourCaches(base: string): Promise<string[]> {
  return (await caches.keys()).filter((name) => name.startsWith(CACHE_ID) && name.endsWith(scopeUrl(base)));
}

async function cachedUrls(base: string): Promise<string[]> {
  const urls: string[] = [];
  for (const name of await ourCaches(base)) {
    const cache = await caches.open(name);
    urls.push(...(await cache.keys()).map((request) => request.url));
  }
  return urls;
}

function announce(): void {
  window.dispatchEvent(new Event(OFFLINE_CHANGE));
}

/** Whether the course is saved here, and since when if that is known; undefined when it is not saved. */
export async function savedCopy(base: string): Promise<{ savedAt: string | undefined } | undefined> {
  if (!offlineSupported()) return undefined;
  const current = await registration(base);
  if (!current?.active) return undefined;
  return { savedAt: readSavedAt(browserStorage()) };
}

/** Resolves when `worker` is active, rejects when it fails to install (a file could not be fetched or stored). */
function activation(worker: ServiceWorker): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (worker.state === 'activated') resolve();
      else if (worker.state === 'redundant') reject(new Error('The offline copy could not be saved.'));
    };
    worker.addEventListener('statechange', check);
    check();
  });
}

/**
 * Saves the course: fetches the list of its files, registers the worker, which stores every file
 * as it installs, and reports progress from what is already stored.
 */
export async function saveOfflineCopy(base: string, onProgress: (progress: SavingProgress) => void): Promise<void> {
  const response = await fetch(`${base}${FILE_LIST}`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${FILE_LIST} answered ${response.status}`);
  const list: unknown = await response.json();
  if (!isOfflineFileList(list)) throw new Error(`${FILE_LIST} is not a file list`);

  const measure = async () => onProgress(savingProgress(list, workerUrl(base), await cachedUrls(base)));
  const timer = window.setInterval(() => void measure(), PROGRESS_INTERVAL_MS);
  try {
    const registered = await navigator.serviceWorker.register(workerUrl(base), { scope: base });
    const worker = registered.installing ?? registered.waiting ?? registered.active;
    if (!worker) throw new Error('The service worker did not start.');
    await activation(worker);
  } finally {
    window.clearInterval(timer);
  }
  await measure();
  writeSavedAt(browserStorage(), new Date());
  announce();
}

/** Unregisters the worker and deletes its caches and the saved date; false when the browser refused. */
export async function removeOfflineCopy(base: string): Promise<boolean> {
  if (!offlineSupported()) return forgetSavedAt(browserStorage());
  try {
    await (await registration(base))?.unregister();
    await Promise.all((await ourCaches(base)).map((name) => caches.delete(name)));
    return forgetSavedAt(browserStorage());
  } catch {
    return false;
  } finally {
    announce();
  }
}

/** Calls `listener` when the copy is saved or removed, on this page or in another tab. */
export function onOfflineChange(listener: () => void, signal: AbortSignal): void {
  onStoredChange(OFFLINE_KEY, OFFLINE_CHANGE, listener, signal);
}
