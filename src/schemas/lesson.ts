/** The frontmatter of a lesson MDX file under content/lessons/. */
import { z } from 'astro/zod';

/**
 * The roles a lesson credits, as editors write them in frontmatter and as the lesson's foot
 * shows them: the main author first, then co-authors.
 */
export const AUTHOR_ROLES = ['Författare', 'Medförfattare'] as const;

/** One person credited on a lesson. */
export const authorSchema = z.strictObject({
  /** Full name as the person writes it. */
  name: z.string().trim().min(1),
  /** "Författare" for the main author, "Medförfattare" for co-authors. */
  role: z.enum(AUTHOR_ROLES),
});

/** An optional date; an empty YAML field ("published:") means not known, never a made-up date. */
const optionalDate = z
  .date()
  .nullish()
  .transform((date) => date ?? undefined);

export const lessonSchema = z.strictObject({
  /** Position in the course, 1 upwards; orders the lessons and names them ("Lektion sex"). Unique. */
  number: z.number().int().positive(),
  /** The lesson's title, shown as its h1 and in the course's lesson list. */
  title: z.string().trim().min(1),
  /** One or two sentences for the lesson list, search results and the meta description. */
  description: z.string().trim().min(20).max(200),
  /** Everyone credited on the lesson, in the order shown at its foot; at least one Författare. */
  authors: z
    .array(authorSchema)
    .min(1)
    .refine((authors) => authors.some((author) => author.role === AUTHOR_ROLES[0]), {
      message: `Minst en person ska ha role: ${AUTHOR_ROLES[0]}.`,
    }),
  /** The day the lesson was first published, as YYYY-MM-DD; leave out when not known. */
  published: optionalDate,
  /** The day the lesson was last revised, as YYYY-MM-DD; leave out when not known. */
  revised: optionalDate,
  /**
   * `draft: true` keeps a lesson that is not ready in the repository: `npm run dev` shows it
   * with an "Utkast" banner, and the build leaves it out altogether (its page, the sitemap,
   * search, the lesson count, the offline copy).
   */
  draft: z.boolean().default(false),
});

export type LessonData = z.output<typeof lessonSchema>;
