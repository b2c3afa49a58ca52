/**
 * <film-consent-settings>: shows whether the learner's film choice is stored and withdraws it
 * with one click, as easily as it was given. Follows changes made in other tabs.
 */
import { ManagedElement } from '../../client/managed-element';
import { forgetConsent, isConsentRemembered, onConsentChange } from './consent-client';
import { readStrings } from '../../client/strings';
import type { Dictionary } from '../../i18n/sv';

type Strings = Dictionary['film']['settings'] & Pick<Dictionary['film'], 'forgetFailed'>;

class FilmConsentSettings extends ManagedElement {
  #strings = {} as Strings;

  connectedCallback(): void {
    this.#strings = readStrings(this);
    const signal = this.signal;
    const button = this.#button();
    // Always enabled once the script runs: withdrawing must work whatever this page believes.
    button.disabled = false;
    button.addEventListener('click', () => this.#forget(), { signal });
    onConsentChange(() => this.#render(), signal);
    this.#render();
  }

  #button(): HTMLButtonElement {
    const button = this.querySelector<HTMLButtonElement>('[data-forget]');
    if (!button) throw new Error('<film-consent-settings> is missing its button');
    return button;
  }

  #status(text: string): void {
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = text;
  }

  #render(): void {
    const remembered = isConsentRemembered();
    this.#status(remembered ? this.#strings.on : this.#strings.off);
  }

  #forget(): void {
    const forgotten = forgetConsent();
    this.#render();
    this.#status(forgotten ? this.#strings.forgotten : this.#strings.forgetFailed);
  }
}

customElements.define('film-consent-settings', FilmConsentSettings);
