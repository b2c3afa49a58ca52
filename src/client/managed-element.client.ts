/**
 * Base for the site's custom elements: listeners registered with `this.signal` end when the
 * element leaves the page, so an element that is moved or re-added never listens twice; and
 * `requirePart()` finds a part of the markup its component rendered, or throws an ElementError
 * naming what is missing.
 */
import { ElementError } from './element-error.client';

export abstract class ManagedElement extends HTMLElement {
  #abort = new AbortController();

  protected get signal(): AbortSignal {
    return this.#abort.signal;
  }

  /** The first element matching `selector` inside this one; throws when the component did not render it. */
  protected requirePart<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.querySelector<T>(selector);
    if (!element) throw new ElementError(this, selector);
    return element;
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
  }
}
