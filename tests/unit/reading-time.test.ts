import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_ESTIMATE_MINUTES,
  FILM_ESTIMATE_MINUTES,
  countWords,
  lessonTime,
  readingMinutes,
} from '../../src/utils/reading-time';
import { parseDuration } from '../../src/utils/time-lengths';
import { lessonTimeText } from '../../src/i18n/swedish';

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

describe('parseDuration', () => {
  it.each([
    ['4:30', 270],
    ['1:02:00', 3720],
    ['4m30s', 270],
    ['270', 270],
    [' 12:05 ', 725],
  ])('%j is %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(['', 'fyra minuter', '4:75', '-3'])('%j is no length', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('lessonTime', () => {
  const words = (n: number) => Array(n).fill('ord').join(' ');

  it('adds films by their given length, else an estimate, and assignments likewise', () => {
    const mdx = [
      words(900),
      '<Film title="En" youtube="https://youtu.be/abcdefghijk" duration="7:40" />',
      '<Film\n  title="Två"\n  youtube="abcdefghijk"\n/>',
      '<Film title="Utan ID ännu" duration="5:00" />',
      '<Assignment id="a" minutes={45} fields={["Svar"]}>',
      'Text',
      '</Assignment>',
    ].join('\n\n');
    const time = lessonTime(mdx);
    expect(time.reading).toBe(5);
    expect(time.films).toEqual({ count: 2, minutes: 8 + FILM_ESTIMATE_MINUTES, estimated: true });
    expect(time.assignments).toEqual({ count: 1, minutes: 45, estimated: false });
    expect(time.total).toBe(5 + 8 + FILM_ESTIMATE_MINUTES + 45);
  });

  it('is reading alone in a lesson without films or assignments', () => {
    const time = lessonTime(words(360));
    expect(time).toEqual({
      reading: 2,
      films: { count: 0, minutes: 0, estimated: false },
      assignments: { count: 0, minutes: 0, estimated: false },
      total: 2,
    });
  });

  it('estimates an assignment without minutes', () => {
    expect(lessonTime('<Assignment id="x">\n\nGör så här.\n\n</Assignment>').assignments).toEqual({
      count: 1,
      minutes: ASSIGNMENT_ESTIMATE_MINUTES,
      estimated: true,
    });
  });
});

describe('lessonTimeText', () => {
  it('says what the total is made of and what is estimated', () => {
    const text = lessonTimeText({
      reading: 6,
      films: { count: 2, minutes: 10, estimated: true },
      assignments: { count: 1, minutes: 20, estimated: true },
      total: 36,
    });
    expect(text.total).toBe('cirka 36 minuter');
    expect(text.parts).toBe(
      'läsning cirka 6 minuter, två filmer cirka 10 minuter och ett uppdrag cirka 20 minuter (tiden för filmerna och uppdraget är uppskattad)',
    );
  });

  it('uses the right gender and number for one film, and no note when lengths are given', () => {
    const text = lessonTimeText({
      reading: 1,
      films: { count: 1, minutes: 4, estimated: false },
      assignments: { count: 0, minutes: 0, estimated: false },
      total: 5,
    });
    expect(text.parts).toBe('läsning cirka 1 minut och en film cirka 4 minuter');
  });
});
