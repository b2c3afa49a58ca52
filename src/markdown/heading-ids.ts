/**
 * Sätteri hast plugin: ASCII heading ids from Swedish text ("Så gjorde vi" → "sa-gjorde-vi"),
 * so section links and search deep links read well. Runs before Astro's own heading pass,
 * which keeps ids that are already set and collects the headings for the table of contents.
 */
import type { HastPluginEntry } from 'satteri';
import { createSlugger } from '../utils/slugs';

export function headingIds(): HastPluginEntry {
  return () => {
    const slug = createSlugger();
    return {
      name: 'swedish-heading-ids',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          if (typeof node.properties?.['id'] === 'string') return;
          ctx.setProperty(node, 'id', slug(ctx.textContent(node)));
        },
      },
    };
  };
}
