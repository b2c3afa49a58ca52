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
