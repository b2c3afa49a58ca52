/**
 * How a custom element gets its words: the component renders its part of the dictionary
 * (src/i18n/sv.ts) into a `data-strings` JSON attribute, and the element reads it once, as
 * Starlight's search element does. Scripts never import the dictionary, so no string is
 * shipped twice and every word a learner reads comes from one place.
 *
 * The seam is typed at both ends: an element lists the keys it reads and exports their type
 * (`StringsOf`), its component builds the attribute with `satisfies` that type, and the element
 * checks what arrives against its list, so a word missing from the page is an ElementError
 * naming it at once, never "undefined" on a learner's screen.
 */
import { ElementError } from './element-error.client';

/** The words an element reads: `Keys` of a part of the dictionary, typed as the dictionary types them. */
export type StringsOf<Source, Keys extends readonly (keyof Source)[]> = Pick<Source, Keys[number]>;

/** A text or template, or plural forms ({ one, other }). */
function isWord(value: unknown): boolean {
  return (
    typeof value === 'string' ||
    (typeof value === 'object' &&
      value !== null &&
      Object.values(value).length > 0 &&
      Object.values(value).every((form) => typeof form === 'string'))
  );
}

/** The element's words for `keys`, checked: every key present, every value a word. */
export function readStrings<T extends object>(element: HTMLElement, keys: readonly (keyof T & string)[]): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(element.dataset['strings'] ?? '');
  } catch {
    throw new ElementError(element, 'a data-strings attribute holding JSON');
  }
  if (typeof parsed !== 'object' || parsed === null) throw new ElementError(element, 'its data-strings object');
  const words = parsed as Record<string, unknown>;
  const missing = keys.filter((key) => !isWord(words[key]));
  if (missing.length > 0) throw new ElementError(element, `the words ${missing.join(', ')} in data-strings`);
  // Every key of T was checked above to hold a word.
  return Object.fromEntries(keys.map((key) => [key, words[key]])) as T;
}
