/**
 * Sätteri mdast plugin: checks every <Film> in a lesson while the MDX compiles, where the
 * lesson's file is known, so that a mistake names the file: a malformed ID or URL stops the
 * build. A film without a YouTube ID yet is allowed (it shows as "not available yet") but the
 * build says which one it is.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { MdastPluginEntry } from 'satteri';
import { parseDuration } from '../utils/reading-time';
import { InvalidYouTubeError, parseYouTube } from '../features/film/youtube';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** A string attribute's value, or undefined when absent or not a plain string. */
function stringAttribute(attributes: readonly JsxAttribute[], name: string): string | undefined {
  const attribute = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

export function filmCheck(): MdastPluginEntry {
  return () => ({
    name: 'film-check',
    mdxJsxFlowElement(node, ctx) {
      if (node.name !== 'Film') return;
      const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'a lesson';
      const attributes = node.attributes as readonly JsxAttribute[];
      const title = stringAttribute(attributes, 'title') ?? '(no title)';
      const duration = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'duration');
      if (duration && (typeof duration.value !== 'string' || parseDuration(duration.value) === undefined)) {
        throw new Error(
          `${file}: <Film title="${title}"> field "duration": ${JSON.stringify(duration.value)} is not a length (use "4:30" or "4m30s").`,
        );
      }
      const youtube = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'youtube');
      if (youtube === undefined) {
        console.warn(`[films] ${file}: the film "${title}" has no YouTube ID yet; it is shown as not available.`);
        return;
      }
      if (typeof youtube.value !== 'string') {
        throw new Error(`${file}: <Film title="${title}">: write youtube="…" as a plain string.`);
      }
      try {
        parseYouTube(youtube.value);
      } catch (error) {
        if (error instanceof InvalidYouTubeError) {
          throw new Error(`${file}: <Film title="${title}"> field "youtube": ${error.message}`);
        }
        throw error;
      }
    },
  });
}
