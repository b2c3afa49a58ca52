/**
 * A tab whose renderer crashes right after the learner typed (no pagehide, no visibilitychange)
 * loses at most what was typed in the last save delay: the text typed before that pause is in
 * storage, and what is stored is what was typed, never more or other. The crash is Chromium's
 * own (CDP Page.crash); a second tab of the same browser reads what the first one saved.
 */
import { expect, test } from '@playwright/test';
import { SAVE_DELAY_MS } from '../../src/features/progress/save-delay';
import { PROGRESS_KEY } from '../../src/features/progress/progress.store';
import { scrollTo } from '../support/near';
import { LESSON_SIX } from '../support/sites';

test('a renderer crash right after typing loses at most the save delay', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(LESSON_SIX);
  await scrollTo(page.locator('digidel-answer-fields'));
  await page.getByLabel('Argument 1', { exact: true }).click();
  const before = 'Skrivet före pausen';
  const after = ', och precis före kraschen';
  await page.keyboard.type(before, { delay: 20 });
  // A pause a little longer than the save delay (it was 600 ms: then this text was lost too).
  await page.waitForTimeout(SAVE_DELAY_MS * 3);
  await page.keyboard.type(after);

  const crashed = new Promise((resolve) => page.once('crash', resolve));
  const session = await context.newCDPSession(page);
  // The session ends with the renderer, so the command's own answer never comes.
  void session.send('Page.crash').catch(() => undefined);
  await crashed;

  const other = await context.newPage();
  await other.goto(LESSON_SIX);
  const stored = await other.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  const answer = (
    JSON.parse(stored ?? '{}') as { answers?: Record<string, { fields: Record<string, { answer: string }> }> }
  ).answers?.['uppdrag-5']?.fields['argument-1']?.answer;
  expect(answer?.startsWith(before)).toBe(true);
  expect(`${before}${after}`.startsWith(answer ?? '-')).toBe(true);
});
