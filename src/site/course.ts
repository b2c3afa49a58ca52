/** The course and its lessons in course order, as every page reads them. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { LessonLink } from '../features/progress/lesson-links.client';
import { lessonLabel } from '../i18n/swedish';
import { orderLessons } from '../utils/lesson-order';
import { lessonPath } from './routes';

export type Lesson = CollectionEntry<'lessons'>;

/** The one course of this site; content/course.yaml must hold exactly one. */
export async function getCourse(): Promise<CollectionEntry<'course'>> {
  const courses = await getCollection('course');
  const [course] = courses;
  if (!course || courses.length > 1) {
    throw new Error(`course.yaml must describe exactly one course; it describes ${courses.length}.`);
  }
  return course;
}

/**
 * The lessons sorted by number; a duplicate number stops the build. Drafts only in `npm run
 * dev`: what the build leaves out has no page, so nothing else (sitemap, search, the lesson
 * count, the offline copy) can hold it.
 */
export async function getLessons(): Promise<Lesson[]> {
  return orderLessons(await getCollection('lessons', (lesson) => import.meta.env.DEV || !lesson.data.draft));
}

/** The lessons as the progress elements receive them in data-lessons: "Lektion sex: …" and the page's address. */
export async function getLessonLinks(): Promise<LessonLink[]> {
  return (await getLessons()).map((lesson) => ({
    id: lesson.id,
    title: lessonLabel(lesson.data.number, lesson.data.title),
    href: lessonPath(lesson.id),
  }));
}
