/**
 * Stored progress states that a test or a screenshot starts from, built with the store's own
 * functions so they always have the shape the site reads.
 */
import type { Page } from '@playwright/test';
import { scrollTo } from './near.ts';
import { setAnswer } from '../../src/features/progress/answers.store.ts';
import { PROGRESS_KEY, emptyProgress } from '../../src/features/progress/progress.store.ts';

/** Uppdrag 5's first answer as two tabs left it: `mine` saved over `other`, both kept. */
export async function storeTwoVersions(page: Page, mine: string, other: string): Promise<void> {
  const target = { assignment: 'uppdrag-5', title: 'Uppdrag 5', lesson: 'x', field: 'argument-1', label: 'Argument 1' };
  const now = new Date();
  const first = setAnswer(emptyProgress(), target, { answer: other, source: '' }, now);
  const both = setAnswer(first, target, { answer: mine, source: '' }, now, '');
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: PROGRESS_KEY,
    value: JSON.stringify(both),
  });
  await page.reload();
  await scrollTo(page.locator('digidel-answer-fields'));
}
