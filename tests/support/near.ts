import type { Locator } from '@playwright/test';

/**
 * Scrolls to `locator` as a learner reaching it does. What sits below a lesson's first screen
 * (the answers, the films) gets its behaviour when it comes near (src/client/load-when.client.ts), and
 * until then its controls are disabled; Playwright waits for a control to be enabled before it
 * scrolls to it, so a test scrolls first.
 */
export async function scrollTo(locator: Locator): Promise<void> {
  await locator.first().scrollIntoViewIfNeeded();
}
