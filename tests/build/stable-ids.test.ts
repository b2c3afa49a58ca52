/**
 * Ids come from what they name (a film's id, an assignment and its field, a heading), never
 * from the order pages are rendered in: publishing a film in one lesson changes no other
 * page, so a learner's offline copy fetches only the page that changed. Two real builds of the
 * fixture course: multi-lesson, and multi-lesson-next with a film added ahead of the first
 * lesson's others and a fourth lesson published after the three (tests/fixtures/multi-lesson-next/).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COURSES } from '../support/course-builds';
import { htmlFiles } from '../support/dist-pages';

const before = COURSES['multi-lesson'].outDir;
const after = COURSES['multi-lesson-next'].outDir;
const CHANGED_LESSON = 'lektioner/forsta-lektionen/index.html';
const NEW_LESSON = 'lektioner/nytillkommen-lektion/index.html';
/** The pages that list the lessons (the start page, the course's credits, the answers page, the certificate) and the lesson before the new one, whose pager now leads to it. */
const LISTING_PAGES = [
  'index.html',
  'kursbevis/index.html',
  'lektioner/sista-lektionen/index.html',
  'mina-svar/index.html',
  'om-kursen/index.html',
];

/**
 * A page with the figures that honestly follow from a longer lesson masked: its time on the
 * start page's lesson card and the offline copy's size and number of files.
 */
const withoutFigures = (html: string) =>
  html.replace(/cirka \d+ (minuter|kB)/g, 'cirka N $1').replace(/\(\d+ filer\)/g, '(N filer)');

describe('adding a film to one lesson and a lesson at the end', () => {
  const pages = htmlFiles(before).map((file) => relative(before, file));

  it('builds the same pages and the new one', () => {
    expect(htmlFiles(after).map((file) => relative(after, file))).toEqual([...pages, NEW_LESSON].sort());
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  it('changes that lesson', () => {
    expect(readFileSync(`${after}/${CHANGED_LESSON}`, 'utf8')).toContain('Fjärde testfilmen');
  });

  it('changes no other page, but for the lesson time and the copy size it states, and the lists of lessons', () => {
    const changed = pages.filter(
      (page) =>
        page !== CHANGED_LESSON &&
        !LISTING_PAGES.includes(page) &&
        withoutFigures(readFileSync(`${before}/${page}`, 'utf8')) !==
          withoutFigures(readFileSync(`${after}/${page}`, 'utf8')),
    );
    expect(changed).toEqual([]);
  });
});
