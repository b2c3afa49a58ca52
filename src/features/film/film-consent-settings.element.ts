/**
 * <digidel-film-consent-settings>: shows whether the learner's film choice is stored and withdraws it
 * with one click, as easily as it was given. Follows changes made in other tabs.
 */
import { ManagedElement } from '../../client/managed-element.client';
import { forgetConsent, isConsentRemembered, onConsentChange } from './consent.client';
import { readStrings, type StringsOf } from '../../client/strings.client';
import type { Dictionary } from '../../i18n/sv';

const STRINGS = ['on', 'off', 'forgotten', 'forgetFailed'] as const;
/** The words FilmConsentSettings.astro renders for this element. */
export type FilmConsentSettingsStrings = StringsOf<
  Dictionary['film']['settings'] & Pick<Dictionary['film'], 'forgetFailed'>,
  typeof STRINGS
>;

class FilmConsentSettings extends ManagedElement {
  /** Read first thing in connectedCallback, before anything can use them. */
  #strings!: FilmConsentSettingsStrings;

  connectedCallback(): void {
    this.#strings = readStrings<FilmConsentSettingsStrings>(this, STRINGS);
    const signal = this.signal;
    const button = this.requirePart<HTMLButtonElement>('[data-forget]');
    // Always enabled once the script runs: withdrawing must work whatever this page believes.
    button.disabled = false;
    button.addEventListener('click', () => this.#forget(), { signal });
    onConsentChange(() => this.#render(), signal);
    this.#render();
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

customElements.define('digidel-film-consent-settings', FilmConsentSettings);
