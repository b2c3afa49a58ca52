/** Keyboard moves a learner makes, for end-to-end tests. */
import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `locator` has focus, as a keyboard user would; fails if it never gets there. */
export async function tabTo(page: Page, locator: Locator, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses && !(await locator.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(locator).toBeFocused();
}
