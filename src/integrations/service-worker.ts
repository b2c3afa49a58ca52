/**
 * Astro integration: the opt-in offline copy. Once the pages and the search index are written
 * (so it runs after pagefindIndex()), it bundles the service worker
 * (src/features/offline/service-worker.client.ts) with esbuild, and Workbox's injectManifest
 * gives it a precache manifest of every page, style, script, image and search file, each with a
 * revision, so that a new build fetches only what changed. Nothing registers the worker until a
 * learner asks for the offline copy (src/features/offline/).
 *
 * The pages tell the learner the copy's size before they click, so the integration first
 * measures the copy, writes that size into the pages in place of a stand-in, and only then
 * writes the worker, whose revisions cover the pages as published.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { getManifest, injectManifest } from 'workbox-build';
import { byteSize } from '../i18n/sizes';
import {
  FILES_TOKEN,
  FILE_LIST,
  HASHED_NAMES,
  SIZE_TOKEN,
  WORKER_FILE,
  type OfflineFile,
  type OfflineFileList,
} from '../features/offline/offline-files';

const WORKER_SOURCE = fileURLToPath(new URL('../features/offline/service-worker.client.ts', import.meta.url));

/** What is saved: everything the site serves to a learner, but not what only hosts and crawlers read. */
const FILES = {
  globPatterns: ['**/*'],
  globIgnores: ['_headers', 'sitemap-*.xml', WORKER_FILE, FILE_LIST],
  // A large course has a large search index; no file of it may be left out silently.
  maximumFileSizeToCacheInBytes: 50 * 1024 * 1024,
};

/** The worker's code as one classic script, with the manifest's injection point left in place. */
async function bundledWorker(into: string): Promise<string> {
  const path = join(into, WORKER_FILE);
  await build({
    entryPoints: [WORKER_SOURCE],
    outfile: path,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    // Workbox logs every request in development builds of its modules.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return path;
}

export function offlineCopy(): AstroIntegration {
  return {
    name: 'digidel-offline-copy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const measured = await getManifest({ globDirectory: outDir, ...FILES });
        const filled = await fillSizeIntoPages(outDir, measured.size, measured.count);

        let files: OfflineFile[] = [];
        const scratch = await mkdtemp(join(tmpdir(), 'digidel-worker-'));
        try {
          const { count, size, warnings } = await injectManifest({
            globDirectory: outDir,
            ...FILES,
            swSrc: await bundledWorker(scratch),
            swDest: join(outDir, WORKER_FILE),
            dontCacheBustURLsMatching: HASHED_NAMES,
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
        } finally {
          await rm(scratch, { recursive: true, force: true });
        }
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
