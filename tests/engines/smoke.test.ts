/**
 * The learner's core flows in the three engines (./engines.ts): Chromium, Firefox ESR and
 * WebKitGTK (Safari's engine). Each engine gets the same steps on the real built courses: the
 * layout at 320, 390 and 1280 px, a film after consent and nothing from YouTube before it, the
 * search dialog and one Escape, an answer typed, saved and back after a reload, a lesson marked
 * done, the table of contents, the offline copy read with the server gone, and the SCORM package
 * reporting to an LMS (scorm-again) from inside its frames.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server.ts';
import { buildOnce } from '../support/course-builds';
import { prepareLmsHost } from '../support/lms-host';
import { PACKAGE_PATHS } from '../support/lms-player';
import { ENGINE_BINARIES, installed, launch, type LearnerBrowser } from './engines';

const LESSON_SIX = 'lektioner/digidelcenter-och-samhallets-digitalisering/';
const FILM_LESSON = 'lektioner/forsta-lektionen/';
const PACKAGES = { chromium: 'chromium', firefox: 'firefox-esr', webkit: 'webkit2gtk-driver xvfb' } as const;

/** The course's document in the LMS player: the player's frame holds the launch page, whose frame holds the course. */
const COURSE = `document.querySelector('iframe')?.contentDocument?.querySelector('iframe[name="kurs"]')?.contentDocument`;
/** The player's runtime data, as JSON text. */
const CMI = 'JSON.stringify(window.lms.cmi())';

let lmsHost: RunningServer;
beforeAll(async () => {
  lmsHost = await serveStatic(await prepareLmsHost());
}, 300_000);
afterAll(async () => {
  await lmsHost?.close();
});

for (const name of ['chromium', 'firefox', 'webkit'] as const) {
  describe(`the learner's flows in ${name}`, { timeout: 60_000 }, () => {
    let browser: LearnerBrowser;
    let main: RunningServer;
    let fixture: RunningServer;

    beforeAll(async () => {
      if (!installed(name)) {
        throw new Error(`${ENGINE_BINARIES[name]} is missing: apt-get install ${PACKAGES[name]} (.ci/run does).`);
      }
      const [mainCourse, fixtureCourse] = [await buildOnce('main'), await buildOnce('multi-lesson')];
      main = await serveStatic(mainCourse.outDir, { base: mainCourse.base });
      fixture = await serveStatic(fixtureCourse.outDir, { base: fixtureCourse.base });
      browser = await launch(name);
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await main?.close();
      await fixture?.close();
    });

    it('lays out every kind of page without sideways scrolling at 320, 390 and 1280 px', async () => {
      try {
        for (const width of [320, 390, 1280]) {
          await browser.resize(width, 800);
          for (const path of ['', LESSON_SIX, 'mina-svar/', 'integritet/']) {
            await browser.open(main.url + path);
            const layout = await browser.value<{ width: number; sideways: number }>(
              '({ width: window.innerWidth, sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth })',
            );
            expect(layout, `${path || 'start page'} at ${width} px`).toEqual({ width, sideways: 0 });
          }
        }
      } finally {
        await browser.resize(1280, 900);
      }
    });

    it('asks before a film, fetches nothing from YouTube until then, and plays it after "Starta video"', async () => {
      await browser.open(fixture.url + FILM_LESSON);
      await browser.until('customElements.get("digidel-film-player")', 'the film code');
      const thirdParty = `performance.getEntriesByType('resource').map((e) => e.name).filter((url) => !url.startsWith(location.origin))`;
      expect(await browser.value(thirdParty)).toEqual([]);
      expect(await browser.value('document.querySelectorAll("iframe").length')).toBe(0);
      await browser.click('digidel-film-player [data-start]');
      await browser.until(
        'document.querySelector("digidel-film-player iframe")?.src.startsWith("https://www.youtube-nocookie.com/embed/")',
        'the player',
      );
    });

    it('opens search mid-lesson with Ctrl+K, finds a term, and one Escape closes it where the learner was', async () => {
      await browser.open(main.url + LESSON_SIX);
      await browser.until('customElements.get("digidel-site-search")', 'the search code');
      // A link well down the lesson, where a learner reading it has focus.
      const y = await browser.value<number>(`(() => {
        const link = [...document.querySelectorAll('.lesson__body a')].find((a) => a.getBoundingClientRect().top > 1500);
        link.id = 'reading-place';
        link.scrollIntoView({ block: 'center', behavior: 'instant' });
        link.focus({ preventScroll: true });
        return Math.round(window.scrollY);
      })()`);
      expect(y).toBeGreaterThan(500);
      await browser.control('k');
      await browser.until('document.querySelector("[data-search-dialog]").open', 'the dialog');
      await browser.type('[data-search-dialog] [data-search-input]', 'kommunens');
      await browser.until(
        'document.querySelectorAll("[data-search-dialog] [data-search-results] li").length > 0',
        'results',
      );
      await browser.press('Escape');
      await browser.until('!document.querySelector("[data-search-dialog]").open', 'the dialog to close');
      expect(await browser.value('Math.round(window.scrollY)')).toBe(y);
      expect(await browser.value('document.activeElement.id')).toBe('reading-place');
    });

    it('keeps an answer typed in an assignment, and a lesson marked done, after a reload', async () => {
      await browser.open(main.url + LESSON_SIX);
      const field = '[data-field="argument-1"] textarea';
      await browser.value(
        `document.querySelector('${field}').scrollIntoView({ block: 'center', behavior: 'instant' })`,
      );
      await browser.until('customElements.get("digidel-answer-fields")', 'the answer code');
      await browser.type(field, `Svar i ${name}.`);
      await browser.until(
        `document.querySelector('[data-field="argument-1"] [data-field-status]').textContent.startsWith('Sparat')`,
        'the saved line',
      );
      await browser.value(
        `document.querySelector('digidel-lesson-progress').scrollIntoView({ block: 'center', behavior: 'instant' })`,
      );
      await browser.until(
        '!document.querySelector("digidel-lesson-progress [data-toggle]").disabled',
        'the done button',
      );
      await browser.click('digidel-lesson-progress [data-toggle]');
      await browser.until(`document.body.innerText.includes('Du markerade lektionen som klar')`, 'done');
      await browser.reload();
      await browser.value(
        `document.querySelector('${field}').scrollIntoView({ block: 'center', behavior: 'instant' })`,
      );
      await browser.until(`document.querySelector('${field}').value === 'Svar i ${name}.'`, 'the answer back');
      await browser.until(`document.body.innerText.includes('Klar – markerad')`, 'the done note');
    });

    it('marks the section being read in the table of contents, also after End and Home', async () => {
      await browser.open(main.url + LESSON_SIX);
      // Its code comes with the first scroll.
      await browser.value('window.scrollBy({ top: 10, behavior: "instant" })');
      await browser.until('customElements.get("digidel-table-of-contents")', 'the contents code');
      const current = 'document.querySelector(".toc [aria-current=\\"true\\"]")?.textContent.trim() ?? ""';
      await browser.value(
        `document.getElementById('uppdrag-5-koll-pa-strategidokumenten').scrollIntoView({ behavior: 'instant' })`,
      );
      await browser.until(`${current} === 'Uppdrag 5 – Koll på strategidokumenten'`, 'the assignment marked');
      await browser.value('document.querySelector("main").focus({ preventScroll: true })');
      await browser.press('End');
      await browser.until(`${current} === 'Frivillig fördjupning'`, 'the last section after End');
      await browser.press('Home');
      await browser.until(`${current} === ''`, 'nothing marked after Home');
    });

    it('saves the course for reading offline, and shows it with the server gone', async () => {
      const own = await serveStatic((await buildOnce('main')).outDir, { base: '/' });
      try {
        await browser.open(own.url);
        await browser.until('!document.querySelector("digidel-offline-copy [data-save]").disabled', 'the save button');
        await browser.click('digidel-offline-copy [data-save]');
        await browser.until('!document.querySelector("digidel-offline-copy [data-saved]").hidden', 'the saved copy');
        await own.close();
        await browser.open(own.url + LESSON_SIX);
        await browser.until(
          `document.querySelector('h1')?.textContent === 'DigidelCenter och samhällets digitalisering'`,
          'the lesson from the copy',
        );
      } finally {
        await own.close().catch(() => undefined);
      }
    });

    it('reports a lesson done, an answer and the place to an LMS, from inside the package’s frames', async () => {
      const query = new URLSearchParams({
        version: '1.2',
        package: PACKAGE_PATHS['lms-fixture']['1.2'],
        learner: name,
      });
      await browser.open(`${lmsHost.origin}/player/?${query}`);
      await browser.until(
        `${COURSE}?.querySelector('h1')?.textContent === 'Testkurs med flera lektioner'`,
        'the course',
      );
      // The course fills the launch page below the player's bar: the frames size in this engine too.
      expect(
        await browser.value<number>(
          `document.querySelector('iframe').contentDocument.querySelector('iframe[name="kurs"]').getBoundingClientRect().height`,
        ),
      ).toBeGreaterThan(600);
      await browser.value(`(${COURSE}.querySelector('a[href$="lektioner/mellersta-lektionen/"]').click(), true)`);
      await browser.until(`${COURSE}?.querySelector('h1')?.textContent === 'Mellersta lektionen'`, 'the lesson');
      for (const part of ['digidel-answer-fields', 'digidel-lesson-progress']) {
        await browser.value(
          `(${COURSE}.querySelector('${part}').scrollIntoView({ block: 'center', behavior: 'instant' }), true)`,
        );
      }
      await browser.until(
        `!${COURSE}.querySelector('digidel-lesson-progress [data-toggle]').disabled`,
        'the done button',
      );
      await browser.value(`(${COURSE}.querySelector('digidel-lesson-progress [data-toggle]').click(), true)`);
      await browser.until(`${CMI}.includes('"lesson_location":"lektioner/mellersta-lektionen/"')`, 'the place');
      await browser.until(
        `JSON.parse(window.lms.cmi().suspend_data || '{}').progress?.done['mellersta-lektionen']`,
        'the lesson done',
      );
      await browser.until(`${COURSE}.defaultView.customElements.get('digidel-answer-fields')`, 'the answer code');
      await browser.value(
        `(() => { const field = ${COURSE}.querySelector('[data-field="svar-1"] textarea'); field.value = 'Svar i ${name}.'; field.dispatchEvent(new Event('input', { bubbles: true })); return true; })()`,
      );
      await browser.until(`${CMI}.includes('Svar i ${name}.')`, 'the answer in suspend_data');
      await browser.value(`(document.querySelector('iframe').remove(), true)`);
      await browser.until('window.lms.calls.LMSFinish === 1', 'the session finished');
      expect(await browser.value<number>('window.lms.calls.LMSInitialize')).toBe(1);
    });
  });
}
