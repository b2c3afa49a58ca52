/** The lessons a progress element was given by the build, checked. */
import { ElementError } from '../../client/element-error.client';

/** A lesson as the progress elements receive it from the build, in a data-lessons attribute. */
export interface LessonLink {
  id: string;
  title: string;
  href: string;
}

function isLessonLink(value: unknown): value is LessonLink {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof value.id === 'string' &&
    'title' in value &&
    typeof value.title === 'string' &&
    'href' in value &&
    typeof value.href === 'string'
  );
}

/** The lessons an element was given in its data-lessons attribute, checked. */
export function lessonLinks(element: HTMLElement): LessonLink[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(element.dataset['lessons'] ?? '');
  } catch {
    throw new ElementError(element, 'a data-lessons attribute holding JSON');
  }
  if (!Array.isArray(parsed) || !parsed.every(isLessonLink)) throw new ElementError(element, 'its data-lessons list');
  return parsed;
}
