/**
 * Sätteri hast plugin: wraps each emoji in a lesson's headings in
 * `<span aria-hidden="true" data-pagefind-ignore>`, so it stays visible but screen readers
 * skip it and search titles leave it out (src/utils/emoji.ts says why).
 */
import type { HastPluginEntry } from 'satteri';
import { splitEmoji } from '../utils/emoji';

export function decorativeEmoji(): HastPluginEntry {
  return () => ({
    name: 'decorative-emoji',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        for (const child of node.children) {
          if (child.type !== 'text') continue;
          const parts = splitEmoji(child.value);
          if (!parts.some((part) => part.emoji)) continue;
          ctx.replaceNode(
            child,
            parts.map((part) =>
              part.emoji
                ? {
                    type: 'element' as const,
                    tagName: 'span',
                    properties: { ariaHidden: 'true', dataPagefindIgnore: '' },
                    children: [{ type: 'text' as const, value: part.text }],
                  }
                : { type: 'text' as const, value: part.text },
            ),
          );
        }
      },
    },
  });
}
