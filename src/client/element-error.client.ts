/**
 * The error an element throws when the markup its component renders is not what it expects (a
 * part or an attribute missing), as GOV.UK Frontend's components do: it names the element and
 * what is missing, so a mismatch between a component and its element shows in the first test
 * run instead of as a control that silently does nothing.
 */
export class ElementError extends Error {
  constructor(element: Element, missing: string) {
    super(`<${element.localName}> is missing ${missing}`);
    this.name = 'ElementError';
  }
}
