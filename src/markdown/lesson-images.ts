/**
 * Sätteri mdast plugin, how a lesson's images are shown:
 * - an image alone in its paragraph with a title, `![Bokbussen](bokbussen.jpg "Bokbussen på
 *   torget i Hylte")`, becomes a figure with that title as its caption, so an editor captions an
 *   image in Markdown alone; "dekorativ" is not a caption (the lesson check reads it as decoration);
 * - an image before the lesson's first section heading is on its first screen, so it loads at
 *   once; every later one loads lazily (Astro's default).
 * The images themselves go through Astro's image pipeline like any other.
 */
import type { MdastPluginEntry } from 'satteri';

export const DECORATIVE = 'dekorativ';

export function lessonImages(): MdastPluginEntry {
  return () => {
    let firstScreen = true;
    return {
      name: 'lesson-images',
      heading() {
        firstScreen = false;
      },
      image(node, ctx) {
        if (firstScreen) ctx.setProperty(node, 'data', { ...node.data, hProperties: { loading: 'eager' } });
      },
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
  };
}
