/** The start page's view of progress: how many lessons are done and where "Fortsätt" leads. */
import { doneTime, hasStarted, type ProgressData } from './progress.store';

/**
 * The lesson "Fortsätt" leads to: the last one opened if it is not done, else the first lesson
 * not done in course order; undefined before the learner has started or once all are done.
 */
export function resumeLesson(orderedLessons: readonly string[], data: ProgressData): string | undefined {
  if (!hasStarted(data)) return undefined;
  if (data.lastOpened && orderedLessons.includes(data.lastOpened) && !doneTime(data, data.lastOpened))
    return data.lastOpened;
  return orderedLessons.find((lesson) => !doneTime(data, lesson));
}

/** How many of the course's lessons are done (ids of lessons no longer in the course do not count). */
export function countDone(orderedLessons: readonly string[], data: ProgressData): number {
  return orderedLessons.filter((lesson) => doneTime(data, lesson)).length;
}
