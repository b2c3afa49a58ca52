/**
 * The SCORM packages in an LMS: each launched in a player page whose API is scorm-again, the
 * runtime LMSs embed, from a deep path (tests/support/lms-host.ts). A learner works through a
 * launch and leaves; the runtime then holds completion, the place and the answers, and a relaunch
 * in a fresh browser (nothing in localStorage) gives them back. Also: answers too long for SCORM
 * 1.2, two learners on one browser, the package opened outside an LMS, and search and films at the
 * deep path with nothing fetched from another host before consent.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { markDone, scrollTo } from '../support/near';
import { watchNetwork } from '../support/network';
import { PACKAGE_PATHS, launch, lmsOrigin, packageUrl, relaunchData, type Cmi } from '../support/lms-player';

const MIDDLE = 'lektioner/mellersta-lektionen/';

/** Marks the open lesson done, as a learner does, and waits until it says so. */
async function markLessonDone(course: FrameLocator | Page): Promise<void> {
  await markDone(course);
  await expect(course.getByRole('button', { name: 'Ångra att lektionen är klar' })).toBeVisible();
}

/**
 * Follows the link `name` to the page whose heading is `title`, and waits for that page: until
 * then a locator may still find the page being left, and lose it mid-action.
 */
async function follow(course: FrameLocator, name: string | RegExp, title: string): Promise<void> {
  await course
    .getByRole('link', { name, exact: typeof name === 'string' })
    .first()
    .click();
  await expect(course.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Opens a lesson from the course start, by its link. */
const openLesson = (course: FrameLocator, title: string) => follow(course, title, title);

/** An answer field, scrolled to: the fields fill in from storage once they come near. */
async function answerField(course: FrameLocator, label: string) {
  const field = course.getByLabel(label, { exact: true });
  await scrollTo(field);
  return field;
}

const core = (cmi: Cmi) => cmi['core'] as Record<string, string>;

for (const version of ['1.2', '2004'] as const) {
  test.describe(`SCORM ${version}`, () => {
    test('a launch reports progress, the place, the answers and completion, and a relaunch elsewhere gets them back', async ({
      page,
      browser,
    }) => {
      const first = await launch(page, 'lms-fixture', version);
      await expect(first.course.getByRole('heading', { level: 1, name: 'Testkurs med flera lektioner' })).toBeVisible();

      await openLesson(first.course, 'Första lektionen');
      await markLessonDone(first.course);
      await follow(first.course, 'Nästa lektion: Mellersta lektionen', 'Mellersta lektionen');
      const answer = first.course.getByLabel('Svar 1', { exact: true });
      await answer.fill('Bokbussen kommer varje tisdag.');
      await expect(answer).toHaveAccessibleDescription(/^Sparat på den här enheten kl\./);
      await markLessonDone(first.course);

      // Two of three lessons: reported, not yet complete.
      await expect
        .poll(async () => {
          const cmi = await first.cmi();
          return version === '1.2'
            ? [core(cmi)['lesson_status'], core(cmi)['lesson_location']]
            : [cmi['completion_status'], cmi['progress_measure'], cmi['location']];
        })
        .toEqual(version === '1.2' ? ['incomplete', MIDDLE] : ['incomplete', '0.6667', MIDDLE]);
      const suspendData = String((await first.cmi())['suspend_data']);
      expect(suspendData).toContain('Bokbussen kommer varje tisdag.');
      expect(JSON.parse(suspendData)).toMatchObject({ kind: 'digidel-kursframsteg', progress: { version: 1 } });

      await follow(first.course, 'Nästa lektion: Sista lektionen', 'Sista lektionen');
      await markLessonDone(first.course);
      await expect
        .poll(async () => {
          const cmi = await first.cmi();
          return version === '1.2' ? core(cmi)['lesson_status'] : [cmi['completion_status'], cmi['progress_measure']];
        })
        .toEqual(version === '1.2' ? 'completed' : ['completed', '1']);

      // The learner goes back to the middle lesson and closes the course there.
      await follow(first.course, /^Föregående lektion/, 'Mellersta lektionen');
      await expect
        .poll(async () => {
          const cmi = await first.cmi();
          return version === '1.2' ? core(cmi)['lesson_location'] : cmi['location'];
        })
        .toBe(MIDDLE);
      await first.leave();
      const calls = await first.calls();
      const [initialize, finish] = version === '1.2' ? ['LMSInitialize', 'LMSFinish'] : ['Initialize', 'Terminate'];
      // One session for the whole launch, over four pages, ended when the course was left, and a
      // commit after each change: three lessons done, an answer, the places.
      expect([calls[initialize], calls[finish]]).toEqual([1, 1]);
      expect(calls[version === '1.2' ? 'LMSCommit' : 'Commit']).toBeGreaterThanOrEqual(6);
      const ended = await first.cmi();
      if (version === '1.2') {
        expect(core(ended)['exit']).toBe('suspend');
        expect(core(ended)['session_time']).toMatch(/^\d{2,4}:\d\d:\d\d(\.\d\d)?$/);
      } else {
        expect(ended['exit']).toBe('suspend');
        expect(ended['session_time']).toMatch(/^PT/);
      }

      // Another computer: a fresh browser, nothing stored, the LMS's data only.
      const elsewhere = await browser.newContext();
      const again = await launch(await elsewhere.newPage(), 'lms-fixture', version, {
        cmi: relaunchData(version, ended),
      });
      await expect(again.course.getByRole('heading', { level: 1, name: 'Mellersta lektionen' })).toBeVisible();
      await expect(await answerField(again.course, 'Svar 1')).toHaveValue('Bokbussen kommer varje tisdag.');
      await expect(again.course.getByText(/^Klar – markerad/)).toBeVisible();
      await follow(again.course, 'Kursstart', 'Testkurs med flera lektioner');
      await expect(again.course.getByText('3 av 3 lektioner klara', { exact: true })).toBeVisible();
      expect((await again.calls())[initialize]).toBe(1);
      await elsewhere.close();
    });
  });
}

test('SCORM 1.2: answers longer than the LMS keeps stay on this device, the learner is told, and nothing is cut', async ({
  page,
}) => {
  const lms = await launch(page, 'lms-fixture', '1.2');
  await openLesson(lms.course, 'Mellersta lektionen');
  await markLessonDone(lms.course);
  const long = 'Bokbussen stannar vid torget och biblioteket kommer till byn. '.repeat(40);
  await lms.course.getByLabel('Svar 1', { exact: true }).fill(long);
  await lms.course.getByLabel('Svar 2', { exact: true }).fill(long);
  await expect(lms.course.getByLabel('Svar 2', { exact: true })).toHaveAccessibleDescription(/^Sparat/);

  const notice = lms.launchPage.getByRole('status');
  await expect(notice).toContainText('Dina svar är för långa för lärplattformen, som sparar högst 4 096 tecken.');
  await expect(notice.getByRole('link', { name: 'Ladda ner dina svar' })).toBeVisible();
  const cmi = await lms.cmi();
  const suspendData = String(cmi['suspend_data']);
  expect(suspendData.length).toBeLessThanOrEqual(4096);
  const record = JSON.parse(suspendData) as { answersLeftOut: boolean; progress: { done: object; answers: object } };
  expect(record.answersLeftOut).toBe(true);
  expect(record.progress.answers).toEqual({});
  expect(Object.keys(record.progress.done)).toEqual(['mellersta-lektionen']);
  // On this device the answers are whole: away to the course start and back.
  await follow(lms.course, 'Kursstart', 'Testkurs med flera lektioner');
  await openLesson(lms.course, 'Mellersta lektionen');
  await expect(await answerField(lms.course, 'Svar 1')).toHaveValue(long);

  // Shorter again: they fit, go to the LMS, and the notice goes.
  await lms.course.getByLabel('Svar 1', { exact: true }).fill('Kort svar.');
  await lms.course.getByLabel('Svar 2', { exact: true }).fill('Också kort.');
  await expect(lms.course.getByLabel('Svar 2', { exact: true })).toHaveAccessibleDescription(/^Sparat/);
  await expect(notice.getByText(/för långa/)).toBeHidden();
  await expect.poll(async () => String((await lms.cmi())['suspend_data'])).toContain('Också kort.');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the notice above the course passes axe, fits a 320 px phone and stays closed once closed (${colorScheme})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 }, colorScheme });
    const page = await context.newPage();
    const lms = await launch(page, 'lms-fixture', '1.2');
    await openLesson(lms.course, 'Mellersta lektionen');
    const field = await answerField(lms.course, 'Svar 1');
    await field.fill('Biblioteket kommer till byn med bokbussen. '.repeat(100));
    const notice = lms.launchPage.getByRole('status');
    await expect(notice.getByText(/för långa/)).toBeVisible();

    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' '))}`),
    ).toEqual([]);
    const layout = await lms.launchPage.locator('html').evaluate((html) => ({
      sideways: html.scrollWidth > html.clientWidth,
      fontSize: parseFloat(getComputedStyle(html.querySelector('[data-notice-text]') ?? html).fontSize),
    }));
    expect(layout).toEqual({ sideways: false, fontSize: expect.any(Number) });
    expect(layout.fontSize).toBeGreaterThanOrEqual(16);

    await notice.getByRole('button', { name: 'Stäng meddelandet' }).click();
    await expect(notice.getByText(/för långa/)).toBeHidden();
    await field.fill(`${await field.inputValue()} Ännu en mening.`);
    await expect(field).toHaveAccessibleDescription(/^Sparat/);
    await expect.poll(async () => String((await lms.cmi())['suspend_data'])).toContain('"answersLeftOut":true');
    await expect(notice.getByText(/för långa/)).toBeHidden();
    await context.close();
  });
}

test('two learners on one browser: each sees only their own answers, and gets them back', async ({ page }) => {
  const anna = await launch(page, 'lms-fixture', '2004', { learner: 'anna' });
  await openLesson(anna.course, 'Mellersta lektionen');
  await anna.course.getByLabel('Svar 1', { exact: true }).fill('Annas svar.');
  await expect(anna.course.getByLabel('Svar 1', { exact: true })).toHaveAccessibleDescription(/^Sparat/);
  await anna.leave();

  const bo = await launch(page, 'lms-fixture', '2004', { learner: 'bo' });
  await openLesson(bo.course, 'Mellersta lektionen');
  const bosField = await answerField(bo.course, 'Svar 1');
  await expect(bosField).toHaveValue('');
  await bosField.fill('Bos svar.');
  await expect(bosField).toHaveAccessibleDescription(/^Sparat/);
  expect(String((await bo.cmi())['suspend_data'])).toContain('Bos svar.');
  expect(String((await bo.cmi())['suspend_data'])).not.toContain('Annas svar.');
  await bo.leave();

  // Anna again, with an LMS that lost nothing either: her answer is in the browser, set aside for her.
  const annaAgain = await launch(page, 'lms-fixture', '2004', { learner: 'anna' });
  await openLesson(annaAgain.course, 'Mellersta lektionen');
  await expect(await answerField(annaAgain.course, 'Svar 1')).toHaveValue('Annas svar.');
});

test('outside an LMS the package is the course as on the public site, progress in the browser', async ({ page }) => {
  const root = packageUrl('lms-fixture', '2004');
  await page.goto(`${root}lms/index.html`);
  await expect(page).toHaveURL(root);
  await expect(page.getByRole('heading', { level: 1, name: 'Testkurs med flera lektioner' })).toBeVisible();
  await page.getByRole('link', { name: 'Första lektionen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Första lektionen' })).toBeVisible();
  await markLessonDone(page);
  await page.goto(root);
  await expect(page.getByText('1 av 3 lektioner klar', { exact: true })).toBeVisible();
});

test('in an LMS frame that offers no API, the course opens and says that the LMS will not see the progress', async ({
  page,
}) => {
  const query = new URLSearchParams({ version: 'ingen', package: PACKAGE_PATHS['lms-fixture']['1.2'] });
  await page.goto(`${lmsOrigin()}/player/?${query}`);
  const launchPage = page.frameLocator('iframe[title="Kursen"]');
  await expect(launchPage.getByRole('status')).toContainText('Kursen får ingen kontakt med lärplattformen.');
  await expect(
    launchPage
      .frameLocator('iframe[name="kurs"]')
      .getByRole('heading', { level: 1, name: 'Testkurs med flera lektioner' }),
  ).toBeVisible();
});

test('at a deep path in an LMS, pages, search and films work, with nothing from another host before consent', async ({
  page,
  context,
}) => {
  const network = await watchNetwork(context, lmsOrigin());
  const lms = await launch(page, 'lms-fixture', '1.2');
  const root = packageUrl('lms-fixture', '1.2');
  await follow(lms.course, 'Om kursen', 'Om kursen');

  await lms.course.getByRole('banner').getByRole('button', { name: /Sök/ }).click();
  await lms.course.getByRole('dialog').getByRole('searchbox', { name: 'Sökord' }).fill('bokbussen');
  const result = lms.course.getByRole('dialog').locator('[data-search-results] a').first();
  await expect(result).toHaveAttribute('href', new RegExp(`^${new URL(root).pathname}lektioner/`));
  await result.click();
  await expect(lms.course.getByRole('heading', { level: 1 })).not.toHaveText('Om kursen');
  expect(network.thirdParty()).toEqual([]);

  await follow(lms.course, 'Kursstart', 'Testkurs med flera lektioner');
  await openLesson(lms.course, 'Första lektionen');
  const film = lms.course.getByRole('figure').filter({ hasText: 'Första testfilmen' });
  await expect(film.locator('img.film__poster')).toHaveAttribute('src', /^\.\.\/\.\.\/_astro\//);
  expect(network.thirdParty()).toEqual([]);
  await film.getByRole('button', { name: 'Starta video' }).click();
  await expect(film.locator('iframe')).toHaveAttribute(
    'src',
    /^https:\/\/www\.youtube-nocookie\.com\/embed\/aaaaaaaaaaa\?/,
  );
  await expect
    .poll(() => network.thirdParty().map((url) => new URL(url).hostname))
    .toEqual(['www.youtube-nocookie.com']);
  const local = network.requests.map((request) => request.url()).filter((url) => url.startsWith(lmsOrigin()));
  expect(local.every((url) => url.startsWith(root) || url.startsWith(`${lmsOrigin()}/player/`))).toBe(true);
});

test('the package tells the learner what goes to the LMS, and offers no offline copy', async ({ page }) => {
  const lms = await launch(page, 'lms', '2004');
  await expect(lms.course.getByRole('heading', { level: 1, name: 'DigidelCenter på bibliotek' })).toBeVisible();
  await expect(lms.course.getByRole('heading', { name: 'Läs kursen utan internet' })).toHaveCount(0);
  await lms.course
    .getByRole('contentinfo')
    .getByRole('link', { name: /Integritet/ })
    .click();
  await expect(lms.course.getByRole('heading', { name: 'Det här skickas till lärplattformen' })).toBeVisible();
  await expect(lms.course.getByText(/din organisations egen integritetspolicy/)).toBeVisible();
  await expect(lms.course.getByText(/skickas till din organisations lärplattform/)).toBeVisible();
  await expect(lms.course.getByText('Webbplatsen skickar inte det som sparas någonstans.')).toHaveCount(0);
  await expect(lms.course.getByRole('heading', { name: 'Kursen utan internet' })).toHaveCount(0);
  await expect(lms.course.getByRole('button', { name: /Spara kursen/ })).toHaveCount(0);
});

test('the real course in an LMS: Uppdrag 5 answered and lesson six done is the course completed', async ({
  page,
  browser,
}) => {
  const first = await launch(page, 'lms', '1.2');
  await first.course.getByRole('main').getByRole('link', { name: 'Börja lektionen' }).click();
  const assignment = first.course.locator('[data-assignment-section="uppdrag-5"]');
  await assignment.getByLabel('Argument 1', { exact: true }).fill('Kommunens digitala agenda nämner biblioteket.');
  await expect(assignment.getByLabel('Argument 1', { exact: true })).toHaveAccessibleDescription(/^Sparat/);
  await markLessonDone(first.course);
  await expect.poll(async () => core(await first.cmi())['lesson_status']).toBe('completed');
  await first.leave();
  const elsewhere = await browser.newContext();
  const again = await launch(await elsewhere.newPage(), 'lms', '1.2', { cmi: relaunchData('1.2', await first.cmi()) });
  await expect(await answerField(again.course, 'Argument 1')).toHaveValue(
    'Kommunens digitala agenda nämner biblioteket.',
  );
  await elsewhere.close();
});
