/**
 * Astro integration: builds the Pagefind search index into dist/pagefind/ once the pages are
 * written, with Pagefind's Node API. Only elements marked data-pagefind-body (the lesson
 * articles) are indexed, and the language, and so the Swedish stemmer, comes from <html lang>.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * What Pagefind writes that the site never loads: its three ready-made UIs (the site draws its
 * own, src/features/search/) and its Web Worker (the engine runs on the main thread). Removed so
 * that neither the host nor the offline copy carries 0.5 MB of dead files.
 */
export const UNUSED_PAGEFIND_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-worker.js',
];

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0)
            throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          await Promise.all(UNUSED_PAGEFIND_FILES.map((file) => rm(join(outDir, 'pagefind', file), { force: true })));
          logger.info(`Search index written: ${added.page_count} pages read, lesson bodies indexed.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
