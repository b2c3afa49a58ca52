/**
 * Sätteri mdast plugin: an image alone in its paragraph with a title, `![Bokbussen](bokbussen.jpg
 * "Bokbussen på torget i Hylte")`, becomes a figure with that title as its caption, so an editor
 * captions an image in Markdown alone. The image itself goes through Astro's image pipeline like
 * any other; "dekorativ" is not a caption (the lesson check reads it as decoration).
 */
import type { MdastPluginEntry } from 'satteri';

export const DECORATIVE = 'dekorativ';

export function imageCaptions(): MdastPluginEntry {
  return {
    name: 'image-captions',
    paragraph(node, ctx) {
      const [only] = node.children;
      if (node.children.length !== 1 || only?.type !== 'image') return;
      const caption = only.title?.trim();
      if (!caption || caption.toLowerCase() === DECORATIVE) return;
      ctx.replaceNode(node, {
        type: 'mdxJsxFlowElement',
        name: 'figure',
        attributes: [{ type: 'mdxJsxAttribute', name: 'class', value: 'lesson-figure' }],
        children: [
          { type: 'paragraph', children: [{ ...only, title: null }] },
          {
            type: 'mdxJsxFlowElement',
            name: 'figcaption',
            attributes: [],
            children: [{ type: 'paragraph', children: [{ type: 'text', value: caption }] }],
          },
        ],
      });
    },
  };
}
