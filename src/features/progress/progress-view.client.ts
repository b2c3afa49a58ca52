/**
 * Base for the elements that only show progress: they read their words once and render again
 * whenever progress changes, on this page or in another tab.
 */
import { ManagedElement } from '../../client/managed-element.client';
import { readStrings } from '../../client/strings.client';
import { onProgressChange } from './progress.client';

export abstract class ProgressView<Strings extends object> extends ManagedElement {
  readonly #keys: readonly (keyof Strings & string)[];
  /** Read first thing in connectedCallback, before render() can use them. */
  protected strings!: Strings;

  /** `keys`: the words the element reads from its data-strings (see src/client/strings.client.ts). */
  constructor(keys: readonly (keyof Strings & string)[]) {
    super();
    this.#keys = keys;
  }

  connectedCallback(): void {
    this.strings = readStrings<Strings>(this, this.#keys);
    onProgressChange(() => this.render(), this.signal);
    this.render();
  }

  /** Shows the current progress. */
  protected abstract render(): void;
}
