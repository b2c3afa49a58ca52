/**
 * <digidel-table-of-contents>: marks the section being read with aria-current="true" as the learner
 * scrolls, as Starlight's table of contents does. The section being read is the last one whose
 * heading has passed the top third of the window. Without JavaScript the list stays plain links.
 */
import { ManagedElement } from '../client/managed-element.client';

/** How far down the window a heading counts as the start of what is being read. */
const READING_LINE = 1 / 3;

class TableOfContents extends ManagedElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const sections = links
      .map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
      .filter((section): section is { link: HTMLAnchorElement; heading: HTMLElement } => section.heading !== null);
    if (sections.length === 0) return;

    const update = () => {
      const line = window.innerHeight * READING_LINE;
      let current: HTMLAnchorElement | undefined;
      for (const { link, heading } of sections) {
        if (heading.getBoundingClientRect().top <= line) current = link;
      }
      for (const { link } of sections) {
        if (link === current) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    };
    // A heading crossing the reading line is the only moment the answer can change.
    this.#observer = new IntersectionObserver(update, {
      rootMargin: `0px 0px -${100 - READING_LINE * 100}% 0px`,
    });
    for (const { heading } of sections) this.#observer.observe(heading);
    window.addEventListener('resize', update, { signal: this.signal });
    update();
  }

  override disconnectedCallback(): void {
    this.#observer?.disconnect();
    super.disconnectedCallback();
  }
}

customElements.define('digidel-table-of-contents', TableOfContents);
