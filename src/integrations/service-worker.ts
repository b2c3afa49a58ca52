/**
 * Astro integration: the opt-in offline copy. Once the pages and the search index are written
 * (so it runs after pagefindIndex()), Workbox's generateSW writes a service worker with a
 * precache manifest of every page, style, script, image and search file, each with a revision,
 * so that a new build fetches only what changed. Nothing registers the worker until a learner
 * asks for the offline copy (src/features/offline/).
 *
 * The pages tell the learner the copy's size before they click, so the integration first
 * measures the copy, writes that size into the pages in place of a stand-in, and only then
 * generates the worker, whose revisions cover the pages as published.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, getManifest } from 'workbox-build';
import { byteSize } from '../i18n/format';
import {
  CACHE_ID,
  FILES_TOKEN,
  FILE_LIST,
  SIZE_TOKEN,
  WORKER_FILE,
  type OfflineFile,
  type OfflineFileList,
} from '../features/offline/offline-files';

/** What is saved: everything the site serves to a learner, but not what only hosts and crawlers read. */
const FILES = {
  globPatterns: ['**/*'],
  globIgnores: ['_headers', 'sitemap-*.xml', WORKER_FILE, FILE_LIST],
  // A large course has a large search index; no file of it may be left out silently.
  maximumFileSizeToCacheInBytes: 50 * 1024 * 1024,
};

/** Astro's bundles and Pagefind's index files have content hashes in their names: no revision needed. */
const HASHED_NAMES = /^(_astro\/|pagefind\/(index|fragment|filter)\/)/;

export function offlineCopy(): AstroIntegration {
  return {
    name: 'digidel-offline-copy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const measured = await getManifest({ globDirectory: outDir, ...FILES });
        const filled = await fillSizeIntoPages(outDir, measured.size, measured.count);

        let files: OfflineFile[] = [];
        const { count, size, warnings } = await generateSW({
          globDirectory: outDir,
          ...FILES,
          swDest: join(outDir, WORKER_FILE),
          mode: 'production',
          sourcemap: false,
          inlineWorkboxRuntime: true,
          cacheId: CACHE_ID,
          dontCacheBustURLsMatching: HASHED_NAMES,
          // A new build waits until the learner chooses to reload (the update notice).
          skipWaiting: false,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          // Every file is static, so no query changes it: the search page's ?q=, a result's
          // ?highlight= and Pagefind's cache-busting ?ts= all find the saved file.
          ignoreURLParametersMatching: [/./],
          directoryIndex: 'index.html',
          // Any address the copy does not hold shows the 404 page, also without a connection.
          navigateFallback: '404.html',
          navigateFallbackDenylist: [/sitemap[^/]*\.xml$/, /\/_headers$/],
          manifestTransforms: [
            (manifest) => {
              files = manifest.map(({ url, size }) => ({ url, size }));
              return { manifest, warnings: [] };
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        const list: OfflineFileList = { files: count, bytes: size, entries: files };
        await writeFile(join(outDir, FILE_LIST), JSON.stringify(list));
        logger.info(
          `Offline copy: ${count} files, ${byteSize(size)}; its size is shown on ${filled} ${filled === 1 ? 'page' : 'pages'}.`,
        );
      },
    },
  };
}

/** Replaces the size stand-ins in every page; returns how many pages had them. */
async function fillSizeIntoPages(outDir: string, bytes: number, files: number): Promise<number> {
  const pages = (await readdir(outDir, { recursive: true })).filter((path) => path.endsWith('.html'));
  let filled = 0;
  for (const page of pages) {
    const path = join(outDir, page);
    const html = await readFile(path, 'utf8');
    if (!html.includes(SIZE_TOKEN) && !html.includes(FILES_TOKEN)) continue;
    await writeFile(path, html.replaceAll(SIZE_TOKEN, byteSize(bytes)).replaceAll(FILES_TOKEN, String(files)));
    filled += 1;
  }
  return filled;
}
