/**
 * <digidel-film-player>: the behaviour of FilmPlayer.astro. The server-rendered block works without it;
 * this element enables its controls, starts the film on "Starta video" (one click: the
 * player autoplays and takes focus), remembers the choice only when the learner ticks
 * "Kom ihåg mitt val", and keeps every film on the page, and in other tabs, in step when
 * the choice is given or withdrawn. lite-youtube-embed is loaded only after consent: on
 * its own it would fetch a poster from i.ytimg.com and preconnect to Google on hover.
 */
import { ManagedElement } from '../../client/managed-element.client';
import { forgetConsent, isConsentRemembered, onConsentChange, rememberConsent } from './consent.client';
import { loadScript } from '../../client/load-script.client';
import { readStrings, type StringsOf } from '../../client/strings.client';
import type { Dictionary } from '../../i18n/sv';
// The library's file as published, served by the site and run only after consent.
import liteYouTubeUrl from 'lite-youtube-embed/src/lite-yt-embed.js?url';

/** The parts of lite-youtube-embed's element this code relies on. */
interface LiteYouTubeElement extends HTMLElement {
  needsYTApi: boolean;
  activate(): Promise<void>;
  createBasicIframe(): HTMLIFrameElement;
}

/**
 * The tightest sandbox in which YouTube's player still plays: its own scripts on its own
 * origin, full screen, and "watch on YouTube" opening a new window. No top navigation, forms
 * or downloads.
 */
const PLAYER_SANDBOX = ['allow-scripts', 'allow-same-origin', 'allow-presentation', 'allow-popups'];

async function loadLiteYouTube(): Promise<void> {
  await loadScript(liteYouTubeUrl);
  // Its hover/focus preconnects to google.com and doubleclick.net add nothing once the
  // iframe is loading; switching them off keeps the hosts contacted to the player's own.
  const liteClass = customElements.get('lite-youtube') as unknown as { preconnected?: boolean } | undefined;
  if (liteClass) liteClass.preconnected = true;
}

const STRINGS = ['notSaved', 'forgetFailed', 'loadFailed', 'needsConnection'] as const;
/** The words FilmPlayer.astro renders for this element. */
export type FilmPlayerStrings = StringsOf<Dictionary['film'], typeof STRINGS>;

class FilmPlayer extends ManagedElement {
  #playing = false;
  /** Read first thing in connectedCallback, before anything can use them. */
  #strings!: FilmPlayerStrings;

  connectedCallback(): void {
    this.#strings = readStrings<FilmPlayerStrings>(this, STRINGS);
    const signal = this.signal;
    const start = this.requirePart<HTMLButtonElement>('[data-start]');
    const remember = this.requirePart<HTMLInputElement>('[data-remember]');
    start.disabled = false;
    remember.disabled = false;
    start.addEventListener('click', () => void this.#play(remember.checked), { signal });
    // The poster starts the film exactly as "Starta video" does, with the same choice to remember.
    this.requirePart('[data-play]').addEventListener('click', () => void this.#play(remember.checked), { signal });
    this.requirePart('[data-forget]').addEventListener('click', () => this.#forget(), { signal });
    onConsentChange(() => this.#render(), signal);
    this.#render();
  }

  /** Consent text when nothing is remembered; the plain facade and "Ändra mitt val" when it is. */
  #render(): void {
    const remembered = isConsentRemembered();
    this.requirePart('[data-consent]').hidden = remembered || this.#playing;
    this.requirePart('[data-remembered]').hidden = !remembered;
    const play = this.requirePart<HTMLButtonElement>('[data-play]');
    play.hidden = this.#playing;
    // Beside the consent text, "Starta video" is the keyboard's one stop; the poster is for a tap.
    play.tabIndex = remembered ? 0 : -1;
  }

  #forget(): void {
    const forgotten = forgetConsent();
    this.requirePart('[data-status]').textContent = forgotten ? '' : this.#strings.forgetFailed;
    if (!this.#playing) this.requirePart<HTMLButtonElement>('[data-start]').focus();
  }

  async #play(remember: boolean): Promise<void> {
    if (this.#playing) return;
    // Without a connection (reading the saved offline copy) the player cannot load: say so
    // plainly instead of opening an empty frame, and remember nothing.
    if (!navigator.onLine) {
      this.requirePart('[data-status]').textContent = this.#strings.needsConnection;
      return;
    }
    this.#playing = true;
    this.requirePart('[data-status]').textContent = '';
    if (remember) {
      const saved = rememberConsent();
      this.requirePart('[data-status]').textContent = saved ? '' : this.#strings.notSaved;
    }
    this.#render();

    try {
      await loadLiteYouTube();
    } catch {
      // The site's own script did not load (offline, a deploy in progress): let the learner try again.
      this.#playing = false;
      this.requirePart('[data-status]').textContent = this.#strings.loadFailed;
      this.#render();
      return;
    }
    const player = document.createElement('lite-youtube') as LiteYouTubeElement;
    player.setAttribute('videoid', this.dataset['videoId'] ?? '');
    player.setAttribute('playlabel', this.dataset['title'] ?? '');
    player.setAttribute('params', this.dataset['params'] ?? '');
    // A background set beforehand keeps lite-youtube-embed from fetching its poster from i.ytimg.com.
    player.style.backgroundImage = 'none';
    // The iframe is sandboxed before it is inserted, that is before it loads anything.
    const createIframe = player.createBasicIframe.bind(player);
    player.createBasicIframe = () => {
      const iframe = createIframe();
      iframe.sandbox.add(...PLAYER_SANDBOX);
      return iframe;
    };
    this.requirePart('[data-stage]').replaceChildren(player);
    // A network that blocks YouTube shows only the browser's error page in the frame, which the
    // page cannot read: the way round it is said beside every player.
    this.requirePart('[data-playing-hint]').hidden = false;
    // Its YouTube-API path (Safari, mobile) loads youtube.com scripts and a youtube.com player;
    // the plain youtube-nocookie.com iframe is the one the consent text promises.
    player.needsYTApi = false;
    await player.activate();
  }
}

customElements.define('digidel-film-player', FilmPlayer);
