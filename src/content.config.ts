/**
 * The course's content: the lessons (one MDX file each) and the course data, read from the
 * folder named by COURSE_DIR (default "content"). Tests point COURSE_DIR at fixture courses
 * under tests/fixtures/ so that published content never holds test lessons. The site's own
 * pages in MDX (privacy, accessibility statement) are the same for every course, so they are
 * always read from content/pages/.
 */
import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { courseSchema } from './schemas/course';
import { lessonSchema } from './schemas/lesson';
import { pageSchema } from './schemas/page';
import { swedishIssue } from './schemas/swedish-issues';
import { uniqueLessonIds } from './utils/slugs';

// Zod's messages are the editor's to read: set for the content layer's process, which parses
// nothing but this site's content after Astro's own configuration has been read.
z.config({ customError: swedishIssue });

const courseDir = process.env['COURSE_DIR'] ?? 'content';

const lessonId = uniqueLessonIds(`${courseDir}/lessons`);

const lessons = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: `${courseDir}/lessons`,
    generateId: ({ entry }) => lessonId(entry, readFileSync(`${courseDir}/lessons/${entry}`, 'utf8')),
  }),
  schema: lessonSchema,
});

const course = defineCollection({
  loader: file(`${courseDir}/course.yaml`),
  schema: courseSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: 'content/pages' }),
  schema: pageSchema,
});

export const collections = { lessons, course, pages };
