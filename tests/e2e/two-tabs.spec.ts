/**
 * Two tabs saving at the same moment: every read-modify-write of stored progress is serialized
 * across tabs (Web Locks), so neither answer is lost, and no field says "Sparat" for text that is
 * not in storage. Two pages of one browser context, saving different answers together, ten times.
 */
import { expect, test, type Page } from '@playwright/test';
import { scrollTo } from '../support/near';
import { LESSON_SIX } from '../support/sites';

/** Types `text` into the field labelled `label` and leaves it, which saves at once. */
const saveNow = (page: Page, label: string, text: string) =>
  page.getByLabel(label, { exact: true }).evaluate((field: HTMLTextAreaElement, value) => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('blur'));
  }, text);

const storedAnswers = (page: Page) =>
  page.evaluate(() => {
    const raw = localStorage.getItem('digidel:progress');
    const fields = raw
      ? (JSON.parse(raw) as { answers: Record<string, { fields: Record<string, { answer: string }> }> }).answers[
          'uppdrag-5'
        ]?.fields
      : undefined;
    return Object.fromEntries(Object.entries(fields ?? {}).map(([id, field]) => [id, field.answer]));
  });

test('simultaneous saves from two tabs, ten times: no answer lost, no false "Sparat"', async ({ context }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) {
    await page.goto(LESSON_SIX);
    await scrollTo(page.locator('digidel-answer-fields'));
    await expect(page.getByLabel('Argument 1', { exact: true })).toBeEnabled();
  }
  for (let round = 1; round <= 10; round++) {
    await Promise.all([
      saveNow(first, 'Argument 1', `Första fliken, varv ${round}.`),
      saveNow(second, 'Argument 2', `Andra fliken, varv ${round}.`),
    ]);
    await expect
      .poll(() => storedAnswers(first), { message: `round ${round}` })
      .toMatchObject({ 'argument-1': `Första fliken, varv ${round}.`, 'argument-2': `Andra fliken, varv ${round}.` });
  }
  // What each tab shows is what is stored.
  for (const page of [first, second]) {
    await expect(page.getByLabel('Argument 1', { exact: true })).toHaveValue('Första fliken, varv 10.');
    await expect(page.getByLabel('Argument 2', { exact: true })).toHaveValue('Andra fliken, varv 10.');
  }
});
