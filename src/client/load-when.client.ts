/**
 * When a custom element's behaviour loads, for what the page's one script module
 * (src/client/main.client.ts) leaves out: each is a chunk of its own, fetched only on pages that have
 * the element, and only when it is wanted.
 *
 * - `present`: at once, when the element is on the page (behaviour one page needs).
 * - `near`: when the element comes within a screen's height of the window, or at the learner's
 *   first key press or touch anywhere on the page (a keyboard user may Tab to it from far away).
 *   Its buttons are disabled until then (its text fields take typing at once), and it is ready
 *   before it scrolls into view.
 * - `scroll`: at the learner's first scroll, key press or touch (the table of contents, which
 *   has nothing to mark until the page moves).
 *
 * A chunk that cannot load makes the element say why and try again (code-recovery.client.ts).
 */

import { recoverFrom } from './code-recovery.client';

export type LoadWhen = 'present' | 'near' | 'scroll';

/** How far ahead of the window a `near` element starts loading: one screen below and above. */
const NEAR_MARGIN = '100% 0px';

export function loadWhen(tag: string, when: LoadWhen, load: () => Promise<unknown>): void {
  // Module scripts run once the document is parsed, so every element is already there.
  const elements = [...document.querySelectorAll(tag)];
  if (elements.length === 0) return;
  const run = () => void load().catch(() => recoverFrom(elements, load));
  if (when === 'present') {
    run();
    return;
  }
  const controller = new AbortController();
  const start = () => {
    controller.abort();
    run();
  };
  const events = when === 'scroll' ? ['keydown', 'pointerdown', 'scroll'] : ['keydown', 'pointerdown'];
  for (const type of events) window.addEventListener(type, start, { capture: true, signal: controller.signal });
  if (when !== 'near') return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) start();
    },
    { rootMargin: NEAR_MARGIN },
  );
  for (const element of elements) observer.observe(element);
  controller.signal.addEventListener('abort', () => observer.disconnect());
}
