/**
 * <film-consent-settings>: shows whether the learner's film choice is stored and withdraws it
 * with one click, as easily as it was given. Follows changes made in other tabs.
 */
import { ManagedElement } from '../utils/managed-element';
import {
  announceFilmConsentChange,
  forgetFilmConsent,
  isFilmConsentRemembered,
  onFilmConsentChange,
} from '../utils/film-consent';
import { browserStorage } from '../utils/browser-storage';
import { FILM_SETTINGS_TEXT } from './film-settings-strings';
import { FILM_TEXT } from '../user-components/film-strings';

class FilmConsentSettings extends ManagedElement {
  connectedCallback(): void {
    const signal = this.signal;
    const button = this.#button();
    // Always enabled once the script runs: withdrawing must work whatever this page believes.
    button.disabled = false;
    button.addEventListener('click', () => this.#forget(), { signal });
    onFilmConsentChange(() => this.#render(), signal);
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
    const remembered = isFilmConsentRemembered(browserStorage());
    this.#status(remembered ? FILM_SETTINGS_TEXT.settingsOn : FILM_SETTINGS_TEXT.settingsOff);
  }

  #forget(): void {
    const forgotten = forgetFilmConsent(browserStorage());
    announceFilmConsentChange();
    this.#render();
    this.#status(forgotten ? FILM_SETTINGS_TEXT.settingsForgotten : FILM_TEXT.forgetFailed);
  }
}

customElements.define('film-consent-settings', FilmConsentSettings);
