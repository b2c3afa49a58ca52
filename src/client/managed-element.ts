/**
 * Base for the site's custom elements: listeners registered with `this.signal` end when the
 * element leaves the page, so an element that is moved or re-added never listens twice.
 */
export abstract class ManagedElement extends HTMLElement {
  #abort = new AbortController();

  protected get signal(): AbortSignal {
    return this.#abort.signal;
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
  }
}
