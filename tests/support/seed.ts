/**
 * The sentences of lesson six as originally published (tests/fixtures/seed-lesson-six.txt, a
 * copy of the old page), less the old platform's chrome that the brief says to leave out.
 * Used to prove that the site publishes every sentence of the lesson body.
 */
import { readFileSync } from 'node:fs';

/** Old-platform chrome and the old picture's alt text and credit: replaced, not published. */
const CHROME = [
  /^YouTube$/,
  /^Genom att starta denna video/,
  /^Läs mere$/,
  /^Starta video$/,
  /^Om du loggar in/,
  /^En bild som illustrerar alla globala målen/,
  /^Publicerad:$/,
  /^Reviderad:/,
  /^DigidelCenter och samhällets digitaliseringLektion sex$/,
];

/** Lowercase letters and digits only, so that typography (quotes, dashes, "FNs" → "FN:s") does not count. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\p{L}):(\p{L})/gu, '$1$2')
    .replace(/(\d)(\p{L})/gu, '$1 $2')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function seedSentences(): string[] {
  const text = readFileSync(new URL('../fixtures/seed-lesson-six.txt', import.meta.url), 'utf8');
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !CHROME.some((pattern) => pattern.test(line)))
      .map((line) => line.replace(/Illustration: Regeringskansliet\/FN\.$/, ''))
      // The old page numbered every goal "1."; the goal numbers are checked on their own.
      .map((line) => line.replace(/^1\.\s+/, ''))
      .flatMap((line) => line.split(/(?<=[.!?:])\s+/))
      .map(normalise)
      .filter((sentence) => sentence !== '')
  );
}
