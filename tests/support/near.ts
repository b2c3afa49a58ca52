import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/**
 * Scrolls to `locator` as a learner reaching it does, and waits until its behaviour has arrived.
 * What sits below a lesson's first screen (the answers, the films) gets its behaviour when it
 * comes near (src/client/load-when.client.ts): until then its buttons are disabled, and its
 * fields take typing that is saved only once the code runs.
 */
export async function scrollTo(locator: Locator): Promise<void> {
  await locator.first().scrollIntoViewIfNeeded();
  await expect
    .poll(() =>
      locator.first().evaluate((element) => element.matches(':defined') && !element.closest(':not(:defined)')),
    )
    .toBe(true);
}

/**
 * Scrolls to the lesson's "Markera lektionen som klar" at its end, as a learner does, and clicks it;
 * on a page, or in a frame (an LMS's).
 */
export async function markDone(page: Page | FrameLocator): Promise<void> {
  const button = page.getByRole('button', { name: 'Markera lektionen som klar' });
  await scrollTo(page.locator('digidel-lesson-progress'));
  await button.click();
}
