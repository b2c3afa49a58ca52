/**
 * Progress and Uppdrag 5 without an account: mark done, resume, answers that save as you type,
 * download, load, print and clear; storage that fails; two tabs. Keyboard only where a learner
 * would use it.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { tabTo } from '../support/keyboard';
import { FIXTURE_SITE, LESSON_SIX } from '../support/sites';
import { markDone, scrollTo } from '../support/near';

const PROGRESS_KEY = 'digidel:progress';
const stored = (page: Page) =>
  page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as Record<string, unknown>);
  }, PROGRESS_KEY);

const fixtureLesson = (slug: string) => `${FIXTURE_SITE.url}lektioner/${slug}/`;

test('opening lessons writes nothing until the learner acts', async ({ page }) => {
  await page.goto('/');
  await page.goto(LESSON_SIX);
  await page.getByLabel('Argument 1', { exact: true }).focus();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('mark a lesson done with the keyboard; the start page shows it after a reload', async ({ page }) => {
  await page.goto('/');
  const go = page.getByRole('main').getByRole('link', { name: 'Börja lektionen' });
  await expect(go).toHaveAttribute('href', LESSON_SIX);
  await expect(page.getByText(/lektion klar/)).toBeHidden();

  await page.goto(LESSON_SIX);
  await expect(page.getByText(/^Klar – markerad/)).toBeHidden();
  const button = page.getByRole('button', { name: 'Markera lektionen som klar' });
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Du markerade lektionen som klar \d+ \p{L}+ \d{4}\./u)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ångra' })).toBeFocused();
  // The last lesson's next step is the course start; "Ångra" is the quiet second action.
  const next = page.getByRole('link', { name: 'Tillbaka till kursstarten' });
  await expect(next).toBeVisible();
  await expect(next).toHaveClass(/\bbutton\b/);
  await expect(page.getByRole('button', { name: 'Ångra' })).toHaveClass(/button--secondary/);
  await page.goto(LESSON_SIX);
  await expect(page.getByText(/^Klar – markerad \d+ \p{L}+ \d{4}$/u)).toBeInViewport();
  await scrollTo(page.locator('digidel-lesson-progress'));
  await expect(page.getByRole('button', { name: 'Ångra' })).toBeAttached();

  await next.click();
  await expect(page).toHaveURL('/');
  await expect(page.getByText('1 av 1 lektion klar', { exact: true })).toBeVisible();
  await expect(page.locator('[data-lesson-id]').getByText('Klar', { exact: true })).toBeVisible();
  await expect(page.getByText('Du har gått igenom alla lektioner')).toBeVisible();
  await expect(page.getByRole('link', { name: /Fortsätt där du slutade/ })).toBeHidden();
  await expect(page.getByRole('main').getByRole('link', { name: 'Se mina svar och framsteg' })).toBeVisible();

  await page.goto(LESSON_SIX);
  await scrollTo(page.locator('digidel-lesson-progress'));
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(page.getByRole('button', { name: 'Markera lektionen som klar' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tillbaka till kursstarten' })).toBeHidden();
  await expect(page.getByText(/^Klar – markerad/)).toBeHidden();
  expect((await stored(page))?.['done']).toEqual({});
});

test('"Fortsätt" leads to the first lesson not done, or the one opened last', async ({ page }) => {
  await page.goto(FIXTURE_SITE.url);
  await expect(page.getByText(/av 3 lektioner/)).toBeHidden();
  const go = page.getByRole('main').getByRole('link', { name: 'Börja kursen' });
  await expect(go).toHaveAttribute('href', fixtureLesson('forsta-lektionen').replace(/^https?:\/\/[^/]+/, ''));
  await go.click();
  await markDone(page);
  // Not the last lesson: the next step is the next lesson.
  await page.getByRole('link', { name: 'Nästa lektion: Mellersta lektionen' }).click();
  await expect(page).toHaveURL(fixtureLesson('mellersta-lektionen'));

  await page.goto(FIXTURE_SITE.url);
  await expect(page.getByText('1 av 3 lektioner klar', { exact: true })).toBeVisible();
  const resume = page.getByRole('link', { name: /Fortsätt där du slutade/ });
  await expect(resume).toHaveText('Fortsätt där du slutade: Mellersta lektionen');
  await tabTo(page, resume);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(fixtureLesson('mellersta-lektionen'));

  await page.goto(fixtureLesson('sista-lektionen'));
  await page.goto(FIXTURE_SITE.url);
  await expect(page.getByRole('link', { name: /Fortsätt där du slutade/ })).toHaveText(
    'Fortsätt där du slutade: Sista lektionen',
  );
  await expect(page.getByRole('progressbar', { name: /lektioner klar/ })).toHaveAttribute('value', '1');
});

test('answers save as the learner types and survive a reload', async ({ page }) => {
  await page.goto(LESSON_SIX);
  const assignment = page.locator('[data-assignment-section="uppdrag-5"]');
  await expect(assignment.getByRole('group', { name: 'Dina svar' })).toBeVisible();
  await tabTo(page, assignment.getByLabel('Argument 1', { exact: true }));
  await page.keyboard.type('Digitala agendan nämner digital delaktighet.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Digital agenda 2030');
  await assignment.getByLabel('Argument 4', { exact: true }).fill('Välfärdsteknik i biblioteksplanen.');
  // Each field says beside itself that it was saved, and a screen reader hears it on the field.
  const savedAt = /^Sparat på den här enheten kl\. \d\d[.:]\d\d\.$/;
  await expect(assignment.getByLabel('Argument 4', { exact: true })).toHaveAccessibleDescription(savedAt);
  await expect(assignment.getByLabel('Argument 1', { exact: true })).toHaveAccessibleDescription(savedAt);
  await expect(assignment.getByLabel('Argument 2', { exact: true })).toHaveAccessibleDescription('');
  const field = await assignment.getByLabel('Argument 4', { exact: true }).boundingBox();
  const message = await assignment.locator('.answer-fields__field').nth(3).getByText(savedAt).boundingBox();
  expect(message && field && message.y - (field.y + field.height)).toBeLessThan(120);
  await page.reload();
  // Their code fills the fields once they come near; the browser restores no text (autocomplete off).
  await scrollTo(assignment);
  await expect(assignment.getByLabel('Argument 1', { exact: true })).toHaveValue(
    'Digitala agendan nämner digital delaktighet.',
  );
  await expect(assignment.getByLabel('Dokument där du hittade argumentet (valfritt)').first()).toHaveValue(
    'Digital agenda 2030',
  );
  await expect(assignment.getByLabel('Argument 4', { exact: true })).toHaveValue('Välfärdsteknik i biblioteksplanen.');
  await expect(assignment.getByLabel('Argument 2', { exact: true })).toHaveValue('');
  await expect(assignment.getByLabel('Argument 1', { exact: true })).toHaveAccessibleDescription(
    'Sparat på den här enheten.',
  );
});

test('data cleared in another tab: the fields follow, and none still says it is saved', async ({ context }) => {
  const first = await context.newPage();
  await first.goto(LESSON_SIX);
  await scrollTo(first.locator('digidel-answer-fields'));
  await first.getByLabel('Argument 1', { exact: true }).fill('Kommunens digitala agenda.');
  await expect(first.getByLabel('Argument 1', { exact: true })).toHaveAccessibleDescription(
    /^Sparat på den här enheten kl\./,
  );
  const second = await context.newPage();
  await second.goto('/mina-svar/');
  await second.evaluate(() => localStorage.clear());
  await expect(first.getByLabel('Argument 1', { exact: true })).toHaveValue('');
  await expect(first.getByLabel('Argument 1', { exact: true })).toHaveAccessibleDescription('');
});

test('switching away from the tab saves what was typed at once', async ({ page }) => {
  await page.goto(LESSON_SIX);
  await scrollTo(page.locator('digidel-answer-fields'));
  await page.getByLabel('Argument 2', { exact: true }).click();
  await page.keyboard.type('Biblioteksplanen');
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  // Saved under the progress lock, which answers within moments.
  await expect.poll(async () => JSON.stringify(await stored(page)), { timeout: 1000 }).toContain('Biblioteksplanen');
});

test('an answer field grows with the text instead of scrolling inside itself', async ({ page }) => {
  await page.goto(LESSON_SIX);
  await scrollTo(page.locator('digidel-answer-fields'));
  const field = page.getByLabel('Argument 3', { exact: true });
  const before = (await field.boundingBox())?.height ?? 0;
  await field.fill('En mening om kommunens digitala agenda och vad den säger om delaktighet. '.repeat(12));
  const after = (await field.boundingBox())?.height ?? 0;
  expect(after).toBeGreaterThan(before * 2);
  expect(await field.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
});

test('download, clear, load the file: the answers come back; a damaged file changes nothing', async ({ page }) => {
  await page.goto(LESSON_SIX);
  await scrollTo(page.locator('digidel-answer-fields'));
  await page
    .getByLabel('Argument 2', { exact: true })
    .fill('Kommunens vision nämner ett digitalt inkluderande samhälle.');
  await markDone(page);

  await page.goto('/mina-svar/');
  await expect(page.getByRole('main')).toContainText('Kommunens vision nämner ett digitalt inkluderande samhälle.');
  const downloading = page.waitForEvent('download');
  await tabTo(page, page.getByRole('button', { name: 'Ladda ner mina svar och framsteg' }));
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^kursframsteg-\d{4}-\d\d-\d\d\.json$/);
  const file = await download.path();
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ kind: 'digidel-kursframsteg', fileVersion: 1 });

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Rensa allt' }).click();
  await expect(page.getByRole('main').getByRole('status').last()).toHaveText('Allt är borttaget från den här enheten.');
  expect(await stored(page)).toBeNull();
  await expect(page.getByText('Du har inte skrivit några svar ännu.')).toBeVisible();

  const choosing = page.waitForEvent('filechooser');
  await tabTo(page, page.getByRole('button', { name: 'Läs in från en fil' }));
  await page.keyboard.press('Enter');
  await (await choosing).setFiles(file);
  await expect(page.getByRole('main').getByRole('status').last()).toHaveText(
    /^Dina framsteg och svar från .+ är inlästa\.$/,
  );
  await expect(page.getByRole('main')).toContainText('Kommunens vision nämner ett digitalt inkluderande samhälle.');
  await page.goto(LESSON_SIX);
  await scrollTo(page.locator('digidel-answer-fields'));
  await expect(page.getByLabel('Argument 2', { exact: true })).toHaveValue(
    'Kommunens vision nämner ett digitalt inkluderande samhälle.',
  );
  await scrollTo(page.locator('digidel-lesson-progress'));
  await expect(page.getByRole('button', { name: 'Ångra' })).toBeVisible();

  await page.goto('/mina-svar/');
  const before = await stored(page);
  for (const [name, body, message] of [
    [
      'trasig.json',
      '{"kind":"digidel-kursframsteg","fileVersion":1,"progress":{"version":1,"done":',
      'Filen går inte att läsa',
    ],
    ['fel.json', '{"hello":"world"}', 'Filen kommer inte från den här kursen'],
  ] as const) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Läs in från en fil' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await expect(page.getByRole('main').getByRole('status').last()).toContainText(message);
    await expect(page.getByRole('main').getByRole('status').last()).toContainText('Inget har ändrats.');
    expect(await stored(page)).toEqual(before);
  }
});

test('a file with a deeply nested or unknown key: the first is refused, the second loads without it', async ({
  page,
}) => {
  await page.goto('/mina-svar/');
  const load = async (name: string, body: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Läs in från en fil' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
  };
  const progress = {
    version: 1,
    done: { 'digidelcenter-och-samhallets-digitalisering': '2026-11-24T10:00:00.000Z' },
    answers: {},
  };
  const wrapper = { kind: 'digidel-kursframsteg', fileVersion: 1, exportedAt: '2026-11-24T10:00:00.000Z' };
  const deep = JSON.stringify({ ...wrapper, progress, extra: 0 }).replace(
    '"extra":0',
    `"extra":${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  );
  await load('djup.json', deep);
  await expect(page.getByRole('main').getByRole('status').last()).toContainText('Filen är skadad');
  expect(await stored(page)).toBeNull();

  await load('skräp.json', JSON.stringify({ ...wrapper, progress: { ...progress, junk: 'x'.repeat(100_000) } }));
  await expect(page.getByRole('main').getByRole('status').last()).toHaveText(
    /^Dina framsteg och svar från .+ är inlästa\.$/,
  );
  expect(JSON.stringify(await stored(page))).not.toContain('junk');
  expect(JSON.stringify(await stored(page))).toContain('digidelcenter-och-samhallets-digitalisering');
  // Saving and downloading work as always afterwards.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner mina svar och framsteg' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/^kursframsteg-/);
});

test('the answers page prints cleanly', async ({ page }) => {
  await page.goto(LESSON_SIX);
  await scrollTo(page.locator('digidel-answer-fields'));
  await page.getByLabel('Argument 3', { exact: true }).fill('Biblioteksplanen tar upp digital kompetens.');
  await page.getByLabel('Argument 3', { exact: true }).blur();
  await page.goto('/mina-svar/');
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', '');
  });
  await page.getByRole('button', { name: 'Skriv ut mina svar' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', '');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Uppdrag 5 – Koll på strategidokumenten' })).toBeVisible();
  await expect(page.getByText('Biblioteksplanen tar upp digital kompetens.')).toBeVisible();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Rensa allt' })).toBeHidden();
});

test('storage that throws: the lesson still works and says saving is off', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is disabled', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(LESSON_SIX);
  await scrollTo(page.locator('digidel-answer-fields'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const assignment = page.locator('[data-assignment-section="uppdrag-5"]');
  await expect(assignment.getByRole('status')).toContainText('sparas inte');
  await assignment.getByLabel('Argument 1', { exact: true }).fill('Skrivs men sparas inte.');
  await expect(assignment.getByLabel('Argument 1', { exact: true })).toHaveValue('Skrivs men sparas inte.');
  await markDone(page);
  await expect(page.locator('digidel-lesson-progress').getByText(/sparas inte/)).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});

test('unreadable stored data is set aside, not lost, and the learner is told', async ({ page }) => {
  await page.goto(LESSON_SIX);
  await scrollTo(page.locator('digidel-answer-fields'));
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"done":'), PROGRESS_KEY);
  await page.reload();
  await scrollTo(page.locator('digidel-answer-fields'));
  await expect(page.locator('[data-assignment-section="uppdrag-5"]').getByRole('status')).toContainText(
    'gick inte att läsa',
  );
  await page.getByLabel('Argument 1', { exact: true }).fill('Nytt svar.');
  await page.getByLabel('Argument 1', { exact: true }).blur();
  await expect(page.getByLabel('Argument 1', { exact: true })).toHaveAccessibleDescription(/^Sparat/);
  expect(await page.evaluate(() => localStorage.getItem('digidel:progress:unreadable'))).toBe('{"version":1,"done":');
  expect((await stored(page))?.['answers']).toHaveProperty('uppdrag-5');
});

test('a stale second tab does not overwrite answers typed in the first', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(LESSON_SIX);
  await scrollTo(first.locator('digidel-answer-fields'));
  await second.goto(LESSON_SIX);
  await scrollTo(second.locator('digidel-answer-fields'));
  await first.getByLabel('Argument 1', { exact: true }).fill('Från första fliken.');
  await first.getByLabel('Argument 1', { exact: true }).blur();
  await expect(second.getByLabel('Argument 1', { exact: true })).toHaveValue('Från första fliken.');
  await second.getByLabel('Argument 2', { exact: true }).fill('Från andra fliken.');
  await second.getByLabel('Argument 2', { exact: true }).blur();
  await expect(first.getByLabel('Argument 2', { exact: true })).toHaveValue('Från andra fliken.');
  await first.reload();
  await scrollTo(first.locator('digidel-answer-fields'));
  await expect(first.getByLabel('Argument 1', { exact: true })).toHaveValue('Från första fliken.');
  await expect(first.getByLabel('Argument 2', { exact: true })).toHaveValue('Från andra fliken.');
});

test('full storage: what was typed stays on screen through other saves, and can be downloaded', async ({ page }) => {
  await page.goto(LESSON_SIX);
  await scrollTo(page.locator('digidel-answer-fields'));
  // Fill localStorage until about 2,000 characters are left.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1_000_000);
    for (let i = 0; chunk.length > 500; i++) {
      try {
        localStorage.setItem(`fyllnad-${i}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
  });
  const assignment = page.locator('[data-assignment-section="uppdrag-5"]');
  const long = 'Kommunens digitala agenda säger att alla ska kunna vara med. '.repeat(90).slice(0, 5500);
  await assignment.getByLabel('Argument 1', { exact: true }).fill(long);
  await assignment.getByLabel('Argument 1', { exact: true }).blur();
  await expect(assignment.getByRole('status')).toContainText('lagring är full');
  await expect(assignment.getByLabel('Argument 1', { exact: true })).toHaveAccessibleDescription(/lagring är full/);

  // A save that fits, then marking the lesson done: the first field keeps all 5,500 characters.
  await assignment.getByLabel('Argument 2', { exact: true }).fill('Kort.');
  await assignment.getByLabel('Argument 2', { exact: true }).blur();
  await expect(assignment.getByLabel('Argument 2', { exact: true })).toHaveAccessibleDescription(/^Sparat/);
  await markDone(page);
  await expect(assignment.getByLabel('Argument 1', { exact: true })).toHaveValue(long);

  const downloading = page.waitForEvent('download');
  await assignment.getByRole('button', { name: 'Ladda ner det du har skrivit' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('mina-svar.txt');
  const text = await readFile((await download.path()) ?? '', 'utf8');
  expect(text).toContain(`Argument 1\n${long}`);
  expect(text).toContain('Argument 2\nKort.');

  // With room again, the next save stores it too.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('fyllnad-')) localStorage.removeItem(key);
  });
  await assignment.getByLabel('Argument 3', { exact: true }).fill('Nu finns det plats.');
  await assignment.getByLabel('Argument 3', { exact: true }).blur();
  await expect(assignment.getByLabel('Argument 1', { exact: true })).toHaveAccessibleDescription(/^Sparat/);
  await page.reload();
  await scrollTo(page.locator('digidel-answer-fields'));
  await expect(assignment.getByLabel('Argument 1', { exact: true })).toHaveValue(long);
});

test('two tabs on one answer: a field follows the other tab, and two edits are both kept', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(LESSON_SIX);
  await scrollTo(first.locator('digidel-answer-fields'));
  await second.goto(LESSON_SIX);
  await scrollTo(second.locator('digidel-answer-fields'));
  // The second tab's field has focus but no edit: it follows the first tab's save at once.
  await second.getByLabel('Argument 1', { exact: true }).focus();
  const long = 'Ett långt svar som skrevs i den första fliken och sparades där.';
  await first.getByLabel('Argument 1', { exact: true }).fill(long);
  await first.getByLabel('Argument 1', { exact: true }).blur();
  await expect(second.getByLabel('Argument 1', { exact: true })).toHaveValue(long);
  await expect(first.getByLabel('Argument 1', { exact: true })).toHaveAccessibleDescription(/^Sparat/);

  // Both tabs edit the same answer before either save is written: a third tab holds the progress
  // lock meanwhile, so that a slow machine cannot let one save reach the other tab before its
  // edit (it would then rightly follow it, and there would be no second version to test).
  const holder = await context.newPage();
  await holder.goto(LESSON_SIX);
  await holder.evaluate(
    () =>
      new Promise<void>((held) => {
        void navigator.locks.request('digidel:progress', () => {
          held();
          return new Promise<void>((release) => ((window as unknown as { release: () => void }).release = release));
        });
      }),
  );
  await first.getByLabel('Argument 2', { exact: true }).fill('Första flikens version.');
  await second.getByLabel('Argument 2', { exact: true }).fill('Andra flikens version.');
  await first.getByLabel('Argument 2', { exact: true }).blur();
  await second.getByLabel('Argument 2', { exact: true }).blur();
  // The later save keeps the other as a second version.
  await holder.evaluate(() => (window as unknown as { release: () => void }).release());
  for (const page of [first, second]) {
    const other = page.locator('[data-field="argument-2"] [data-other]');
    await expect(other).toBeVisible();
    await expect(other).toContainText('en annan sparad version');
  }
  await expect(second.getByLabel('Argument 2', { exact: true })).toHaveValue('Andra flikens version.');
  await expect(second.locator('[data-field="argument-2"] [data-other-text]')).toHaveText('Första flikens version.');
  await second.getByRole('button', { name: 'Använd den andra versionen' }).click();
  await expect(second.getByLabel('Argument 2', { exact: true })).toHaveValue('Första flikens version.');
  await expect(first.locator('[data-field="argument-2"] [data-other]')).toBeHidden();
  await expect(first.getByLabel('Argument 2', { exact: true })).toHaveValue('Första flikens version.');
});

test('data from a newer version: typing is kept on screen, with a download, and no advice to reload', async ({
  page,
}) => {
  await page.goto(LESSON_SIX);
  await scrollTo(page.locator('digidel-answer-fields'));
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ version: 2, done: {} })), PROGRESS_KEY);
  await page.reload();
  await scrollTo(page.locator('digidel-answer-fields'));
  const assignment = page.locator('[data-assignment-section="uppdrag-5"]');
  await expect(assignment.getByRole('status')).toContainText('nyare version');
  await expect(assignment.getByRole('status')).not.toContainText('Ladda om');
  await assignment.getByLabel('Argument 1', { exact: true }).fill('Skrivet här ändå.');
  await assignment.getByLabel('Argument 1', { exact: true }).blur();
  await markDone(page);
  await expect(assignment.getByLabel('Argument 1', { exact: true })).toHaveValue('Skrivet här ändå.');
  await expect(assignment.getByRole('button', { name: 'Ladda ner det du har skrivit' })).toBeVisible();
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? '{}')).toEqual({
    version: 2,
    done: {},
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the button is disabled, the fields take typing, and both say that nothing is saved', async ({ page }) => {
    await page.goto(LESSON_SIX);
    await expect(page.getByRole('button', { name: 'Markera lektionen som klar' })).toBeDisabled();
    await expect(page.getByLabel('Argument 1', { exact: true })).toBeEditable();
    expect(await page.locator('digidel-answer-fields noscript').innerHTML()).toContain(
      'Utan JavaScript sparas inte det du skriver här.',
    );
  });
});
