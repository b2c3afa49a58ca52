/**
 * How a custom element gets its words: the component renders its part of the dictionary
 * (src/i18n/sv.ts) into a `data-strings` JSON attribute, and the element reads it once, as
 * Starlight's search element does. Scripts never import the dictionary, so no string is
 * shipped twice and every word a learner reads comes from one place.
 */
export function readStrings<T>(element: HTMLElement): T {
  return JSON.parse(element.dataset['strings'] ?? '{}') as T;
}
