/**
 * The offline copy's service worker, bundled by the build (src/integrations/service-worker.ts),
 * which also gives it the list of the course's files (Workbox's injectManifest). It never hides
 * the live course:
 *
 * - pages and files whose names carry no content hash go to the network first, and the copy
 *   answers only when the network fails, is too slow or the server errs: a lesson published
 *   after the copy was saved opens, and search reads the new index;
 * - files with a content hash in their name never change, so the copy answers for them at once;
 * - the course's 404 page answers only a page address that is unknown while the network fails;
 * - anything the copy does not hold (a host's own file beside the course) is left to the network.
 *
 * A new build installs beside the old one and waits until the learner chooses to see it (the
 * page's update notice sends SKIP_WAITING).
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, getCacheKeyForURL, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CACHE_ID, NOT_FOUND_PAGE, isHashedFile, isPageAddress, savedAddress } from './offline-files';

/** How long a page waits for the network before the copy answers: a bad connection is not a dead one. */
const NETWORK_TIMEOUT_MS = 4000;

/** What this worker uses of its global scope (the DOM's types describe a window, not a worker). */
interface WorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}
const worker = self as unknown as WorkerScope;

setCacheNameDetails({ prefix: CACHE_ID });

/** The network's answer, or undefined when it fails, takes too long or the server errs. */
async function fromNetwork(request: Request): Promise<Response | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), NETWORK_TIMEOUT_MS);
  });
  const network = fetch(request).then(
    (response) => (response.status >= 500 ? undefined : response),
    () => undefined,
  );
  try {
    return await Promise.race([network, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Unhashed files the copy holds, and every page address in the worker's scope. */
function networkFirst(url: URL, request: Request): boolean {
  if (request.method !== 'GET' || !url.href.startsWith(worker.registration.scope)) return false;
  if (isHashedFile(url.href.slice(worker.registration.scope.length))) return false;
  return request.mode === 'navigate' || getCacheKeyForURL(savedAddress(url)) !== undefined;
}

registerRoute(
  ({ url, request }) => networkFirst(url, request),
  async ({ url, request }) => {
    const live = await fromNetwork(request);
    if (live) return live;
    const saved = await matchPrecache(savedAddress(url));
    if (saved) return saved;
    const notFound =
      request.mode === 'navigate' && isPageAddress(url)
        ? await matchPrecache(new URL(NOT_FOUND_PAGE, worker.registration.scope).href)
        : undefined;
    // Nothing saved answers: the browser's own error, as without a copy.
    return notFound ?? fetch(request);
  },
);

// Written as `self.__WB_MANIFEST`, the place where the build puts the list of files.
const manifest = (self as unknown as { __WB_MANIFEST: (PrecacheEntry | string)[] }).__WB_MANIFEST;
precacheAndRoute(manifest, {
  directoryIndex: 'index.html',
  // Every file is static, so no query changes it: Pagefind's cache-busting ?ts= finds the saved file.
  ignoreURLParametersMatching: [/./],
});
cleanupOutdatedCaches();
clientsClaim();

worker.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void worker.skipWaiting();
});
