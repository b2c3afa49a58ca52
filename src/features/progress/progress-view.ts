/**
 * Base for the elements that only show progress: they read their words once and render again
 * whenever progress changes, on this page or in another tab.
 */
import { ManagedElement } from '../../client/managed-element';
import { readStrings } from '../../client/strings';
import { onProgressChange } from './progress-client';

export abstract class ProgressView<Strings> extends ManagedElement {
  protected strings = {} as Strings;

  connectedCallback(): void {
    this.strings = readStrings<Strings>(this);
    onProgressChange(() => this.render(), this.signal);
    this.render();
  }

  /** Shows the current progress. */
  protected abstract render(): void;
}
