/** What the offline copy has left in a browser: service worker registrations and Cache Storage. */
import { expect, type Page } from '@playwright/test';

export interface OfflineTraces {
  registrations: string[];
  caches: string[];
}

export function offlineTraces(page: Page): Promise<OfflineTraces> {
  return page.evaluate(async () => ({
    registrations: (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.scope),
    caches: await caches.keys(),
  }));
}

export const SAVE_BUTTON = 'Spara kursen för läsning utan internet';

/** Clicks "Spara kursen för läsning utan internet" on the page and waits until the course is saved. */
export async function saveCourse(page: Page): Promise<void> {
  await page.getByRole('button', { name: SAVE_BUTTON }).click();
  await expect(page.getByText(/^Kursen är sparad för läsning utan internet sedan \d+ \S+ \d{4}\.$/)).toBeVisible({
    timeout: 30_000,
  });
}
