/**
 * <digidel-search-panel>: searches the course as the learner types and draws the results: each lesson as
 * a link with an excerpt, its best-matching sections below it, and "Visa fler träffar" when more
 * lessons matched than are shown. The visible summary names the term; a separate live region
 * tells a screen reader only how many lessons matched, once typing has paused, so it neither
 * talks over every key nor reads a long query back. Arrow keys move between the field and the
 * result links.
 */
import { ManagedElement } from '../../client/managed-element.client';
import { readStrings, type StringsOf } from '../../client/strings.client';
import { format, plural } from '../../i18n/format';
import type { Dictionary } from '../../i18n/sv';
import { loadPagefind, type Pagefind, type PagefindResultData, type PagefindSearch } from './pagefind.client';
import { englishStretches, excerptParts, nextPage, queryOf, sectionsToShow } from './search-results';

/** A summary saying "Söker …" only when the answer is slow (the first search loads the engine). */
const SEARCHING_AFTER_MS = 300;

/**
 * Terms shorter than this match a large part of the index, so they wait for a pause in typing
 * (SHORT_TERM_PAUSE_MS) instead of loading index chunks on the way to a longer word; "IT" is
 * still searched once the learner stops.
 */
const MIN_IMMEDIATE_LENGTH = 3;
const SHORT_TERM_PAUSE_MS = 300;

/**
 * A search's result fragments are fetched once typing has paused this long: any human pause
 * between keys is longer, so each word a learner types shows at once, while pasted or very fast
 * input fetches fragments only for its last term.
 */
const FRAGMENTS_AFTER_MS = 20;

/** How long typing must pause before the number of matches is announced. */
export const ANNOUNCE_AFTER_MS = 700;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const STRINGS = ['searching', 'noResults', 'results', 'unavailable', 'failed', 'found', 'foundNone'] as const;
/** The words SearchPanel.astro renders for this element. */
export type SearchPanelStrings = StringsOf<
  // In npm run dev, "unavailable" is the editor's hint about the missing index (SearchPanel.astro).
  Omit<Dictionary['search'], 'unavailable'> & { unavailable: string },
  typeof STRINGS
>;

/** The event a panel sends after each search, with the term, for the search page's address. */
export const SEARCHED_EVENT = 'digidel-search-panel:searched';

/** An excerpt with its terms marked, and its English in lang="en" so that a screen reader says it in English. */
function excerpt(text: string, english: readonly string[]): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'search-result__excerpt';
  const parts = excerptParts(text);
  const stretches = englishStretches(parts.map((part) => part.text).join(''), english);
  let offset = 0;
  for (const part of parts) {
    const cuts = [
      ...new Set([0, part.text.length, ...stretches.flatMap(({ start, end }) => [start - offset, end - offset])]),
    ]
      .filter((cut) => cut >= 0 && cut <= part.text.length)
      .sort((a, b) => a - b);
    for (const [index, from] of cuts.slice(0, -1).entries()) {
      const piece = part.text.slice(from, cuts[index + 1]);
      const node = part.marked ? Object.assign(document.createElement('mark'), { textContent: piece }) : piece;
      const inEnglish = stretches.some(({ start, end }) => offset + from >= start && offset + from < end);
      if (inEnglish) {
        const span = document.createElement('span');
        span.lang = 'en';
        span.append(node);
        paragraph.append(span);
      } else paragraph.append(node);
    }
    offset += part.text.length;
  }
  return paragraph;
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  if (className) anchor.className = className;
  return anchor;
}

function resultItem(data: PagefindResultData, english: readonly string[]): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  item.append(link(data.url, data.meta.title ?? data.url, 'search-result__title'));
  const sections = sectionsToShow(data);
  if (sections.length === 0) {
    item.append(excerpt(data.excerpt, english));
    return item;
  }
  const list = document.createElement('ul');
  list.className = 'search-result__sections';
  for (const section of sections) {
    const entry = document.createElement('li');
    entry.className = 'search-result__section';
    entry.append(link(section.url, section.title), excerpt(section.excerpt, english));
    list.append(entry);
  }
  item.append(list);
  return item;
}

export class SearchPanel extends ManagedElement {
  /** Read first thing in connectedCallback, before anything can use them. */
  #strings!: SearchPanelStrings;
  /** The lessons' English phrases (SearchPanel.astro), marked lang="en" in excerpts. */
  #english: readonly string[] = [];
  /** The search whose results are on screen. */
  #search: PagefindSearch | undefined;
  /**
   * No fixed debounce: a key starts a search at once, unless one is running; then only the
   * latest value is searched when it ends. Typing never queues more than one search, and the
   * last key waits for at most one. Searches never overlap, so none can answer out of turn.
   */
  #running = false;
  #pending = false;
  #shortTermTimer: ReturnType<typeof setTimeout> | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  get input(): HTMLInputElement | null {
    return this.querySelector('[data-search-input]');
  }

  connectedCallback(): void {
    const signal = this.signal;
    this.#strings = readStrings<SearchPanelStrings>(this, STRINGS);
    this.#english = JSON.parse(this.dataset['english'] ?? '[]') as string[];
    this.input?.addEventListener('input', () => this.#schedule(), { signal });
    this.querySelector('[data-search-more]')?.addEventListener('click', () => void this.#more(), { signal });
    this.querySelector('[data-search-retry]')?.addEventListener('click', () => this.#retry(), { signal });
    // An engine that could not load is tried again as soon as the connection returns.
    window.addEventListener('online', () => this.#retry(), { signal });
    this.addEventListener('keydown', (event) => this.#arrows(event), { signal });
    // What the learner typed while this code loaded.
    if (this.input?.value.trim()) this.#schedule();
  }

  /** Starts loading the engine, so that the first search does not wait for it. */
  prepare(): Promise<Pagefind> {
    const engine = loadPagefind(this.dataset['bundle'] ?? '/pagefind/', this.dataset['base'] ?? '/');
    engine.then(
      () => this.#showRetry(false),
      () => {
        this.#say(this.#strings.unavailable);
        this.#showRetry(true);
      },
    );
    return engine;
  }

  /** Loads the engine again after a failure, and searches what is in the field. */
  #retry(): void {
    const retry = this.querySelector<HTMLElement>('[data-search-retry]');
    if (!retry || retry.hidden) return;
    this.#showRetry(false);
    this.#say(this.#strings.searching);
    if (queryOf(this.input?.value ?? '')) this.#schedule();
    else void this.prepare().catch(() => undefined);
  }

  #showRetry(shown: boolean): void {
    const retry = this.querySelector<HTMLElement>('[data-search-retry]');
    if (retry) retry.hidden = !shown;
  }

  /** Puts `term` in the field and searches it at once. */
  searchFor(term: string): void {
    // Set by script, the value is not held to the field's maxlength: cut it here.
    if (this.input) this.input.value = queryOf(term);
    this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#shortTermTimer);
    this.#pending = true;
    const length = this.input?.value.trim().length ?? 0;
    if (length > 0 && length < MIN_IMMEDIATE_LENGTH)
      this.#shortTermTimer = setTimeout(() => void this.#drain(), SHORT_TERM_PAUSE_MS);
    else void this.#drain();
  }

  /** Searches until the field's latest value has been searched. */
  async #drain(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    while (this.#pending) {
      this.#pending = false;
      await this.#run();
    }
    this.#running = false;
  }

  async #run(): Promise<void> {
    const term = queryOf(this.input?.value ?? '');
    const slow = setTimeout(() => this.#say(this.#strings.searching), SEARCHING_AFTER_MS);
    try {
      if (term === '') {
        this.#show(undefined, term, []);
        return;
      }
      let pagefind: Pagefind;
      try {
        pagefind = await this.prepare();
      } catch {
        return;
      }
      const search = await pagefind.search(term);
      await sleep(FRAGMENTS_AFTER_MS);
      // The learner typed on meanwhile: fetch no fragments for this one; the newer term is next.
      if (this.#pending) return;
      const first = await Promise.all(search.results.slice(0, nextPage(0, search.results.length)).map((r) => r.data()));
      if (!this.#pending) this.#show(search, term, first);
    } catch {
      // The index could not be fetched (the connection went): try again when it returns.
      this.#say(this.#strings.failed);
      this.#showRetry(true);
    } finally {
      clearTimeout(slow);
    }
  }

  #show(search: PagefindSearch | undefined, term: string, first: PagefindResultData[]): void {
    this.#search = search;
    const list = this.#list();
    const links = () => [...(list?.querySelectorAll('a') ?? [])];
    // A learner who arrowed into the results of what they had typed so far keeps their place when
    // the results of the whole term replace them, instead of focus falling out of the dialog.
    const focused = links().indexOf(document.activeElement as HTMLAnchorElement);
    list?.replaceChildren(...first.map((data) => resultItem(data, this.#english)));
    if (focused >= 0) (links()[Math.min(focused, links().length - 1)] ?? this.input)?.focus({ preventScroll: true });
    this.#updateMore();
    const total = search?.results.length ?? 0;
    const count = total.toLocaleString('sv-SE');
    if (term === '') this.#say('');
    else if (total === 0) this.#say(format(this.#strings.noResults, { term }), this.#strings.foundNone);
    else
      this.#say(plural(total, this.#strings.results, { term, count }), plural(total, this.#strings.found, { count }));
    this.dispatchEvent(new CustomEvent(SEARCHED_EVENT, { detail: term, bubbles: true }));
  }

  /** "Visa fler träffar": draws the next page and moves focus to its first link. */
  async #more(): Promise<void> {
    const search = this.#search;
    const list = this.#list();
    if (!search || !list) return;
    const shown = list.children.length;
    let added: PagefindResultData[];
    try {
      added = await Promise.all(
        search.results.slice(shown, shown + nextPage(shown, search.results.length)).map((r) => r.data()),
      );
    } catch {
      this.#say(this.#strings.failed);
      return;
    }
    // A new search replaced these results while the page of them loaded.
    if (search !== this.#search) return;
    const items = added.map((data) => resultItem(data, this.#english));
    list.append(...items);
    this.#updateMore();
    items[0]?.querySelector('a')?.focus();
  }

  #updateMore(): void {
    const more = this.querySelector<HTMLButtonElement>('[data-search-more]');
    const shown = this.#list()?.children.length ?? 0;
    if (more) more.hidden = !this.#search || nextPage(shown, this.#search.results.length) === 0;
  }

  /** ↓ from the field to the first result, ↑/↓ between results, ↑ from the first back to the field. */
  #arrows(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const input = this.input;
    const links = [...(this.#list()?.querySelectorAll('a') ?? [])];
    const at = document.activeElement;
    const index = links.findIndex((anchor) => anchor === at);
    if (at === input && event.key === 'ArrowDown') links[0]?.focus();
    else if (index >= 0 && event.key === 'ArrowDown') links[index + 1]?.focus();
    else if (index > 0) links[index - 1]?.focus();
    else if (index === 0) input?.focus();
    else return;
    event.preventDefault();
  }

  #list(): HTMLOListElement | null {
    return this.querySelector('[data-search-results]');
  }

  /**
   * Shows `text` in the summary, and announces `announcement` (the text itself when it names no
   * term) once typing has paused: a new key before then cancels it.
   */
  #say(text: string, announcement = text): void {
    const summary = this.querySelector('[data-search-summary]');
    if (summary && summary.textContent !== text) summary.textContent = text;
    const live = this.querySelector('[data-search-announcement]');
    clearTimeout(this.#announceTimer);
    if (live) live.textContent = '';
    if (!live || announcement === '') return;
    this.#announceTimer = setTimeout(() => (live.textContent = announcement), ANNOUNCE_AFTER_MS);
  }
}

customElements.define('digidel-search-panel', SearchPanel);
