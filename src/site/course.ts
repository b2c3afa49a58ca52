/** The course and its lessons in course order, as every page reads them. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { orderLessons } from '../utils/lesson-order';

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

/** All lessons sorted by number; a duplicate number stops the build. */
export async function getLessons(): Promise<Lesson[]> {
  return orderLessons(await getCollection('lessons'));
}
