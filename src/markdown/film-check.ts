/**
 * Sätteri mdast plugin: checks every <Film> in a lesson while the MDX compiles, where the
 * lesson's file is known, so that a mistake names the file. A film without a YouTube ID yet
 * is allowed (it shows as "not available yet") but the build says which one it is.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { MdastPluginEntry } from 'satteri';

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
      if (stringAttribute(attributes, 'youtube') === undefined) {
        console.warn(`[films] ${file}: the film "${title}" has no YouTube ID yet; it is shown as not available.`);
      }
    },
  });
}
