/**
 * What the search UI shows of Pagefind's answer, as pure functions: which sections of a lesson
 * to list under it, and how many results each "Visa fler träffar" adds. Kept apart from the
 * element so that the choices are tested without a browser.
 */
import type { PagefindResultData, PagefindSubResult } from './pagefind.client';

/**
 * Results drawn at a time. Only these results' fragments are fetched, so a word in every lesson
 * of a 10,000-lesson course costs ten small files, not 10,000; "Visa fler träffar" adds more.
 */
export const RESULTS_PER_PAGE = 10;

/**
 * The longest query searched: longer text (a pasted page) is cut to this before searching, so it
 * cannot stall the page, and no summary reads a whole page back.
 */
export const MAX_QUERY_LENGTH = 200;

/** The text to search for in what the learner typed: trimmed, and cut to MAX_QUERY_LENGTH. */
export const queryOf = (value: string) => value.trim().slice(0, MAX_QUERY_LENGTH).trim();

/** Sections listed under a lesson: the ones with the most matches, in the lesson's order. */
export const SECTIONS_PER_RESULT = 3;

/**
 * The sections to list under a result. Pagefind also reports the text before the first heading
 * as a "section" without an anchor, which is the lesson itself; it is left out, as the lesson's
 * own link already leads there.
 */
export function sectionsToShow(result: PagefindResultData): PagefindSubResult[] {
  const sections = result.sub_results.filter((section) => section.anchor && section.url !== result.url);
  const strongest = [...sections].sort((a, b) => b.locations.length - a.locations.length).slice(0, SECTIONS_PER_RESULT);
  return sections.filter((section) => strongest.includes(section));
}

/** How many results the next "Visa fler träffar" should add, after `shown` of `total`. */
export function nextPage(shown: number, total: number): number {
  return Math.max(0, Math.min(RESULTS_PER_PAGE, total - shown));
}

/**
 * The text nodes and marked words of an excerpt. Pagefind escapes the indexed text and adds only
 * <mark> around matches; reading it back this way keeps any other markup from reaching the page.
 */
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
  const decode = (text: string) =>
    text
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#0?39;/g, "'")
      .replace(/&amp;/g, '&');
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => {
      const marked = part.startsWith('<mark>');
      return { text: decode(marked ? part.slice(6, -7) : part), marked };
    });
}

/** A stretch of an excerpt, by its characters' offsets. */
export interface Stretch {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}’']+/gu;

/**
 * The stretches of `text` that are English: runs of two or more words, in order, from one of
 * the lessons' English `phrases` (what the lessons mark lang="en"). Pagefind's excerpts are plain
 * text, so the language has to be found again; a single word is never marked, as one word can be
 * the same in Swedish ("digital", "data").
 */
export function englishStretches(text: string, phrases: readonly string[]): Stretch[] {
  const words = [...text.matchAll(WORD)].map((match) => ({
    word: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
  const phraseWords = phrases.map((phrase) => [...phrase.matchAll(WORD)].map((match) => match[0].toLowerCase()));
  const stretches: Stretch[] = [];
  let at = 0;
  while (at < words.length) {
    let longest = 0;
    for (const phrase of phraseWords) {
      for (let from = 0; from < phrase.length; from += 1) {
        let length = 0;
        while (at + length < words.length && phrase[from + length] === words[at + length]?.word) length += 1;
        longest = Math.max(longest, length);
      }
    }
    const first = words[at];
    const last = words[at + longest - 1];
    if (longest >= 2 && first && last) {
      stretches.push({ start: first.start, end: last.end });
      at += longest;
    } else at += 1;
  }
  return stretches;
}
