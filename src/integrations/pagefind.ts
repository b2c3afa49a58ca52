/**
 * Astro integration: builds the Pagefind search index into dist/pagefind/ once the pages are
 * written, with Pagefind's Node API. Only elements marked data-pagefind-body (the lesson
 * articles) are indexed, and the language, and so the Swedish stemmer, comes from <html lang>.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
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

/**
 * The page as Pagefind should read it: a space after every closing tag that another tag follows.
 * Astro writes the HTML without whitespace between elements, and Pagefind joins the text of
 * neighbouring elements as it finds it, so its excerpts ran a heading into the next paragraph
 * ("träffpunktenEn bibliotekarie") and a film's title into its description. The space changes
 * no word (a closing tag directly before an opening one never splits one) and only this copy,
 * never the published page.
 */
export function withWordBoundaries(html: string): string {
  return html.replace(/(<\/[a-zA-Z][\w-]*>|<br\s*\/?>)(?=<)/g, '$1 ');
}

/** The address Pagefind gives a page written at `file` (relative to the output folder). */
export function pageUrl(file: string): string {
  const path = file.split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
          let pageCount = 0;
          for (const file of pages) {
            const content = withWordBoundaries(await readFile(join(outDir, file), 'utf8'));
            const added = await index.addHTMLFile({ url: pageUrl(file), content });
            if (added.errors.length > 0)
              throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
            pageCount += 1;
          }
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          await Promise.all(UNUSED_PAGEFIND_FILES.map((file) => rm(join(outDir, 'pagefind', file), { force: true })));
          logger.info(`Search index written: ${pageCount} pages read, lesson bodies indexed.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
