/**
 * The course's content: the lessons (one MDX file each) and the course data, read from the
 * folder named by COURSE_DIR (default "content"). Tests point COURSE_DIR at fixture courses
 * under tests/fixtures/ so that published content never holds test lessons.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { courseSchema } from './schemas/course';
import { lessonSchema } from './schemas/lesson';
import { lessonSlugFromPath } from './utils/slugs';

const courseDir = process.env['COURSE_DIR'] ?? 'content';

const lessons = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: `${courseDir}/lessons`,
    generateId: ({ entry }) => lessonSlugFromPath(entry),
  }),
  schema: lessonSchema,
});

const course = defineCollection({
  loader: file(`${courseDir}/course.yaml`),
  schema: courseSchema,
});

export const collections = { lessons, course };
