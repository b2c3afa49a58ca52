/**
 * Course order: lessons sorted by their number, with the neighbours of each for the
 * previous/next links. A duplicate number is an editing mistake that would make the order
 * ambiguous, so it stops the build and names both files.
 */

/** The part of a collection entry that ordering needs. */
export interface NumberedEntry {
  id: string;
  filePath?: string | undefined;
  data: { number: number };
}

export class DuplicateLessonNumberError extends Error {
  constructor(number: number, files: readonly string[]) {
    super(
      `Lesson number ${number} is used by more than one lesson: ${files.join(' and ')}. ` +
        `Give each lesson its own "number" in its frontmatter.`,
    );
    this.name = 'DuplicateLessonNumberError';
  }
}

/** The lessons sorted by number; throws when two share one. */
export function orderLessons<T extends NumberedEntry>(lessons: readonly T[]): T[] {
  const byNumber = new Map<number, T>();
  for (const lesson of lessons) {
    const other = byNumber.get(lesson.data.number);
    if (other) {
      throw new DuplicateLessonNumberError(lesson.data.number, [other, lesson].map(fileOf));
    }
    byNumber.set(lesson.data.number, lesson);
  }
  return [...lessons].sort((a, b) => a.data.number - b.data.number);
}

/** The lessons before and after `id` in course order. */
export function neighbours<T extends NumberedEntry>(
  ordered: readonly T[],
  id: string,
): { previous: T | undefined; next: T | undefined } {
  const index = ordered.findIndex((lesson) => lesson.id === id);
  if (index === -1) throw new Error(`No lesson with id "${id}" in the course.`);
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}

function fileOf(entry: NumberedEntry): string {
  return `${entry.filePath ?? entry.id} (field "number")`;
}
