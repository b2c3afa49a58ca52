import { describe, expect, it } from 'vitest';
import type { PagefindResultData, PagefindSubResult } from '../../src/features/search/pagefind.client';
import {
  RESULTS_PER_PAGE,
  englishStretches,
  SECTIONS_PER_RESULT,
  excerptParts,
  nextPage,
  sectionsToShow,
} from '../../src/features/search/search-results';

const section = (id: string | undefined, matches: number): PagefindSubResult => ({
  title: `Rubrik ${id ?? 'ingen'}`,
  url: id ? `/lektioner/sex/#${id}` : '/lektioner/sex/',
  excerpt: '',
  ...(id ? { anchor: { id } } : {}),
  locations: Array.from({ length: matches }, (_, index) => index),
});

const result = (sub_results: PagefindSubResult[]): PagefindResultData => ({
  url: '/lektioner/sex/',
  excerpt: '',
  meta: { title: 'Lektion sex' },
  sub_results,
});

describe('sectionsToShow', () => {
  it('leaves out the text before the first heading, which is the lesson itself', () => {
    expect(sectionsToShow(result([section(undefined, 9), section('uppdrag', 1)])).map((s) => s.anchor?.id)).toEqual([
      'uppdrag',
    ]);
  });

  it(`keeps the ${SECTIONS_PER_RESULT} sections with most matches, in the lesson's order`, () => {
    const sections = [section('a', 1), section('b', 5), section('c', 2), section('d', 7), section('e', 3)];
    expect(sectionsToShow(result(sections)).map((s) => s.anchor?.id)).toEqual(['b', 'd', 'e']);
  });

  it('lists nothing when only the lesson itself matched', () => {
    expect(sectionsToShow(result([section(undefined, 4)]))).toEqual([]);
  });
});

describe('nextPage', () => {
  it('adds a page at a time, then what is left, then nothing', () => {
    expect(nextPage(0, 1000)).toBe(RESULTS_PER_PAGE);
    expect(nextPage(RESULTS_PER_PAGE, RESULTS_PER_PAGE + 3)).toBe(3);
    expect(nextPage(13, 13)).toBe(0);
    expect(nextPage(0, 0)).toBe(0);
  });
});

describe('excerptParts', () => {
  it('splits marked words from the text around them', () => {
    expect(excerptParts('Om <mark>bibliotek</mark> och <mark>skolor</mark>.')).toEqual([
      { text: 'Om ', marked: false },
      { text: 'bibliotek', marked: true },
      { text: ' och ', marked: false },
      { text: 'skolor', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('shows escaped characters as text and drops any other markup', () => {
    expect(excerptParts('a &lt;b&gt; &amp; <em>c</em> &quot;d&quot;')).toEqual([
      { text: 'a <b> & c "d"', marked: false },
    ]);
  });
});

describe('englishStretches', () => {
  const phrases = ['Library’s digital centre closes the digital gap for elderly citizens'];

  it('finds a run of two or more words of an English phrase, also cut off at the excerpt’s edge', () => {
    const text = 'I IFLA:s karta skriver de: … closes the digital gap for elderly citizens. Sedan …';
    const [stretch, ...rest] = englishStretches(text, phrases);
    expect(rest).toEqual([]);
    expect(text.slice(stretch?.start, stretch?.end)).toBe('closes the digital gap for elderly citizens');
  });

  it('leaves a single shared word, and Swedish text, unmarked', () => {
    expect(englishStretches('En digital agenda för kommunen.', phrases)).toEqual([]);
  });
});
