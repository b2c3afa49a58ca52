/**
 * What the offline copy is made of, shared by the build (src/integrations/service-worker.ts), which
 * writes the service worker and the file list, and the browser, which saves, measures and removes
 * the copy. Pure: no browser and no Node.
 */

/** The service worker, at the site's root so that its scope is the whole course. */
export const WORKER_FILE = 'sw.js';

/** Every file of the offline copy with its size, fetched only when the learner asks to save the course. */
export const FILE_LIST = 'offline-copy.json';

/** Prefix of every Cache Storage name the worker uses, so that removal finds them all. */
export const CACHE_ID = 'digidel-kurs';

/** The offline copy's page for an address it does not hold, relative to the worker. */
export const NOT_FOUND_PAGE = '404.html';

/**
 * Files whose names carry a content hash (Astro's bundles, Pagefind's index files): a file of
 * that name never changes, so the copy answers for it without asking the network.
 */
export const HASHED_NAMES = /^(_astro\/|pagefind\/(index|fragment|filter)\/)/;

/** True when `path`, relative to the course's base, names a file whose content hash is in its name. */
export function isHashedFile(path: string): boolean {
  return HASHED_NAMES.test(path);
}

const lastSegment = (url: URL) => url.pathname.slice(url.pathname.lastIndexOf('/') + 1);

/**
 * The address of the saved file that answers for `url`: the address without its query, and for
 * a page its index.html, with or without the trailing slash the site's links carry
 * (`/mina-svar` and `/mina-svar/` are one page).
 */
export function savedAddress(url: URL): string {
  const path = `${url.origin}${url.pathname}`;
  if (path.endsWith('/')) return `${path}index.html`;
  return lastSegment(url).includes('.') ? path : `${path}/index.html`;
}

/** True when `url` looks like one of the course's pages rather than a file (a PDF, an image). */
export function isPageAddress(url: URL): boolean {
  const last = lastSegment(url);
  return !last.includes('.') || last.endsWith('.html');
}

/** Stand-ins the build replaces in the pages once it knows the copy's size (see the integration). */
export const SIZE_TOKEN = '@@offline-size@@';
export const FILES_TOKEN = '@@offline-files@@';

/** One file of the copy: its address relative to the worker, and its size in bytes. */
export interface OfflineFile {
  url: string;
  size: number;
}

export interface OfflineFileList {
  files: number;
  bytes: number;
  entries: OfflineFile[];
}

/** How far saving has come: files and bytes saved of the total. */
export interface SavingProgress {
  files: number;
  bytes: number;
  totalFiles: number;
  totalBytes: number;
}

/** True when `value` is a file list as the build writes it; anything else is refused. */
export function isOfflineFileList(value: unknown): value is OfflineFileList {
  if (typeof value !== 'object' || value === null) return false;
  const list = value as Partial<OfflineFileList>;
  return (
    typeof list.files === 'number' &&
    typeof list.bytes === 'number' &&
    Array.isArray(list.entries) &&
    list.entries.every(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as OfflineFile).url === 'string' &&
        typeof (entry as OfflineFile).size === 'number',
    )
  );
}

/**
 * Progress from the addresses already in the cache. Workbox keys a file by its absolute address,
 * with a `__WB_REVISION__` parameter when its name carries no hash, so both are compared without it.
 */
export function savingProgress(
  list: OfflineFileList,
  workerUrl: string,
  cachedUrls: readonly string[],
): SavingProgress {
  const cached = new Set(cachedUrls.map(withoutRevision));
  let files = 0;
  let bytes = 0;
  for (const entry of list.entries) {
    if (!cached.has(new URL(entry.url, workerUrl).href)) continue;
    files += 1;
    bytes += entry.size;
  }
  return { files, bytes, totalFiles: list.files, totalBytes: list.bytes };
}

function withoutRevision(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete('__WB_REVISION__');
  return parsed.href;
}
