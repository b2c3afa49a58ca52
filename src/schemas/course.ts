/** The course-level data in content/course.yaml: one course per site. */
import { z } from 'astro/zod';

export const courseSchema = z.strictObject({
  /** The course's name, shown in the header of every page and in page titles. */
  title: z.string().trim().min(1),
  /** One or two sentences for the start page's meta description and link previews. */
  description: z.string().trim().min(20).max(200),
  /** The start page's introduction, one string a paragraph. */
  intro: z.array(z.string().trim().min(1)).min(1),
  /** One sentence on where the course comes from, shown in every page's footer. */
  credit: z.string().trim().min(1),
  /** Where the course comes from and who made it, one string a paragraph, for "Om kursen". */
  about: z.array(z.string().trim().min(1)).min(1),
  /**
   * Who answers for the site's accessibility, for the accessibility statement
   * (tillgänglighetsredogörelse). Leave out what is not known: the statement then shows a
   * clear placeholder and the build warns; never invent an address.
   */
  accessibility: z
    .strictObject({
      /** The organisation that publishes the course, e.g. "Exempelby kommun". */
      publisher: z.string().trim().min(1).optional(),
      /** Where learners report accessibility problems. */
      email: z.email().optional(),
      /** A phone number for the same, as it should be shown. */
      phone: z.string().trim().min(5).optional(),
      /** When the site's accessibility was last reviewed. */
      reviewed: z.coerce.date().optional(),
    })
    .default({}),
});

export type CourseData = z.output<typeof courseSchema>;
