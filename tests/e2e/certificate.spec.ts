/**
 * The course certificate (kursbevis), on the fixture course's three lessons: offered once every
 * lesson is marked done, with what is left until then; the learner's name written in as typed
 * and kept only when asked; each lesson's day, the course's time, authors and publisher; one
 * clean A4 page when printed; readable at 320 px, in dark mode and in forced colours.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { markDone } from '../support/near';
import { FIXTURE_SITE } from '../support/sites';

const LESSONS = ['forsta-lektionen', 'mellersta-lektionen', 'sista-lektionen'];
const NAME_KEY = 'digidel:certificate-name';
const certificatePage = () => FIXTURE_SITE.at('kursbevis/');
const today = () =>
  new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());

async function markAllDone(page: Page, lessons = LESSONS): Promise<void> {
  for (const lesson of lessons) {
    await page.goto(FIXTURE_SITE.at(`lektioner/${lesson}/`));
    await markDone(page);
    await expect(page.getByText(/^Du markerade lektionen som klar /)).toBeVisible();
  }
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), NAME_KEY);

test('before every lesson is done, the certificate says what is left and offers nothing yet', async ({ page }) => {
  await markAllDone(page, ['forsta-lektionen']);
  await page.goto(FIXTURE_SITE.url);
  await expect(page.getByText('1 av 3 lektioner klar', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skapa kursbevis' })).toHaveCount(0);
  await page.goto(FIXTURE_SITE.at('mina-svar/'));
  await expect(page.getByText('1 av 3 lektioner klar. När alla är klara kan du skapa ett kursbevis.')).toBeVisible();
  await page.goto(certificatePage());
  await expect(
    page.getByText('Du har 1 av 3 lektioner klar. När alla är klara kan du skapa ditt kursbevis.'),
  ).toBeVisible();
  const left = page.locator('[data-left] a');
  await expect(left).toHaveText(['Lektion två: Mellersta lektionen', 'Lektion tre: Sista lektionen']);
  await expect(page.getByRole('textbox', { name: /Ditt namn/ })).toBeHidden();
  await expect(page.locator('[data-sheet]')).toBeHidden();
});

test('once every lesson is done: offered on the start page and the answers page, filled in, the name kept only when asked', async ({
  page,
}) => {
  await markAllDone(page);
  await page.goto(FIXTURE_SITE.at('mina-svar/'));
  await expect(page.getByRole('link', { name: 'Skapa kursbevis' })).toBeVisible();
  await page.goto(FIXTURE_SITE.url);
  await page.getByRole('link', { name: 'Skapa kursbevis' }).click();
  await expect(page).toHaveURL(certificatePage());

  const sheet = page.getByRole('article', { name: 'Kursbevis' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('(ditt namn)');
  await page.getByRole('textbox', { name: 'Ditt namn, som det ska stå på kursbeviset' }).fill('Anna Andersson');
  await expect(sheet.locator('[data-name-out]')).toHaveText('Anna Andersson');
  await expect(sheet).toContainText('Testkurs med flera lektioner');
  for (const row of await sheet.locator('tbody tr').all()) await expect(row.locator('td').nth(1)).toHaveText(today());
  await expect(sheet.locator('tbody tr td:first-child')).toHaveText([
    'Lektion ett: Första lektionen',
    'Lektion två: Mellersta lektionen',
    'Lektion tre: Sista lektionen',
  ]);
  await expect(sheet).toContainText(/Beräknad tid för kursen: cirka \d+ minuter/);
  await expect(sheet).toContainText('Kursen är skriven av: Test Testsson');
  await expect(sheet).toContainText('Utgivare: Testkommunen');
  await expect(sheet).toContainText(`Kursbeviset skapades: ${today()}`);
  await expect(sheet).toContainText('en egen försäkran, inte ett intyg som någon har kontrollerat');

  // Not asked: nothing stored, and the name is gone after a reload.
  expect(await stored(page)).toBeNull();
  await page.reload();
  await expect(page.getByRole('textbox', { name: /Ditt namn/ })).toHaveValue('');

  const remember = page.getByRole('checkbox', { name: 'Kom ihåg namnet på den här enheten' });
  await page.getByRole('textbox', { name: /Ditt namn/ }).fill('Anna Andersson');
  await remember.check();
  expect(await stored(page)).toBe('Anna Andersson');
  await page.reload();
  await expect(page.getByRole('textbox', { name: /Ditt namn/ })).toHaveValue('Anna Andersson');
  await expect(remember).toBeChecked();
  await remember.uncheck();
  expect(await stored(page)).toBeNull();

  // "Rensa allt" takes the remembered name with everything else.
  await remember.check();
  await page.goto(FIXTURE_SITE.at('mina-svar/'));
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Rensa allt' }).click();
  await expect(page.getByText('Allt är borttaget från den här enheten.')).toBeVisible();
  expect(await stored(page)).toBeNull();
});

test('prints as one A4 page with the certificate alone', async ({ page }) => {
  await markAllDone(page);
  await page.goto(certificatePage());
  await page.getByRole('textbox', { name: /Ditt namn/ }).fill('Anna Andersson');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.site-footer', '.breadcrumb', '[data-form]', 'h1']) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  await expect(page.getByRole('article', { name: 'Kursbevis' })).toBeVisible();
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
});

test.describe('readable', () => {
  for (const [name, options] of [
    ['at 320 px', { viewport: { width: 320, height: 700 } }],
    ['in dark mode', { colorScheme: 'dark' }],
    ['in forced colours', { forcedColors: 'active' }],
  ] as const) {
    test(name, async ({ browser }) => {
      const context = await browser.newContext({ ...options, baseURL: FIXTURE_SITE.url });
      const page = await context.newPage();
      await markAllDone(page);
      await page.goto(certificatePage());
      await expect(page.getByRole('article', { name: 'Kursbevis' })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
      await context.close();
    });
  }
});
