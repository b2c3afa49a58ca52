import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/utils/reading-time';

describe('countWords', () => {
  it.each([
    ['Hej på dig', 3],
    ['## Så gjorde vi\n\nEn mening här.', 6],
    ['<Film title="En lång titel som inte läses" />\n\nTvå ord', 2],
    ['import X from "./x.astro";\n\nEtt ord', 2],
    ['{/* en kommentar */}\nSynlig text', 2],
    ['[länktext](https://example.org/en/lang/adress)', 1],
    ['e-tjänster, medie- och MIK', 4],
    ['', 0],
  ])('%j has %i words', (mdx, words) => {
    expect(countWords(mdx)).toBe(words);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [90, 1],
    [180, 1],
    [450, 3],
    [900, 5],
  ])('%i words take %i minutes', (words, minutes) => {
    expect(readingMinutes(Array(words).fill('ord').join(' '))).toBe(minutes);
  });
});
