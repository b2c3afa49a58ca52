/** The frontmatter of a site page written in MDX under content/pages/ (privacy, accessibility). */
import { z } from 'astro/zod';

export const pageSchema = z.strictObject({
  /** The page's h1, title and breadcrumb. */
  title: z.string().trim().min(1),
  /** One or two sentences for the meta description. */
  description: z.string().trim().min(20).max(200),
  /** An opening paragraph set larger than the body; optional. */
  lead: z.string().trim().min(1).optional(),
  /** The opening paragraph inside an LMS package, where the public one would not be true; optional. */
  lmsLead: z.string().trim().min(1).optional(),
});
