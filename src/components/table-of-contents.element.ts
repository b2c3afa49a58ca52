/**
 * <digidel-table-of-contents>: marks the section being read with aria-current="true" as the learner
 * scrolls, as Starlight's table of contents does. The section being read is the last one whose
 * heading has passed the top third of the window; at the very end of the page, the last one.
 * Checked on every scroll (once a frame), not by an IntersectionObserver: a jump with Home, End or
 * a fast fling moves a heading past the line between two observations, which then report nothing.
 * Without JavaScript the list stays plain links.
 */
import { ManagedElement } from '../client/managed-element.client';

/** How far down the window a heading counts as the start of what is being read. */
const READING_LINE = 1 / 3;

class TableOfContents extends ManagedElement {
  #frame = 0;

  connectedCallback(): void {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const sections = links
      .map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
      .filter((section): section is { link: HTMLAnchorElement; heading: HTMLElement } => section.heading !== null);
    if (sections.length === 0) return;

    const update = () => {
      this.#frame = 0;
      const line = window.innerHeight * READING_LINE;
      const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      let current: HTMLAnchorElement | undefined = atEnd ? sections.at(-1)?.link : undefined;
      for (const { link, heading } of atEnd ? [] : sections) {
        if (heading.getBoundingClientRect().top <= line) current = link;
      }
      for (const { link } of sections) {
        if (link === current) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    };
    const schedule = () => {
      if (this.#frame === 0) this.#frame = requestAnimationFrame(update);
    };
    window.addEventListener('scroll', schedule, { passive: true, signal: this.signal });
    window.addEventListener('resize', schedule, { signal: this.signal });
    update();
  }

  override disconnectedCallback(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    super.disconnectedCallback();
  }
}

customElements.define('digidel-table-of-contents', TableOfContents);
