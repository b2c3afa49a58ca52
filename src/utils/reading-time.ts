/**
 * Reading time of a lesson from its MDX source: counts the words a learner reads, not the
 * markup. 180 words a minute is a calm pace for Swedish non-fiction read on screen.
 */

const WORDS_PER_MINUTE = 180;

/** The words of an MDX body: import/export lines, JSX tags, expressions and Markdown syntax removed. */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ');
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Whole minutes, at least one. */
export function readingMinutes(mdx: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(mdx) / wordsPerMinute));
}
