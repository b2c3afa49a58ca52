import { describe, expect, it } from 'vitest';
import { courseCountText } from '../../src/i18n/course-count';
import { format, plural } from '../../src/i18n/format';
import { sv } from '../../src/i18n/sv';
import { filmLengthText, lessonLabel, lessonName, softHyphens } from '../../src/i18n/swedish';

describe('format and plural', () => {
  it('fills named holes, and refuses a hole without a value', () => {
    expect(format('{a} och {b}', { a: 'Eva', b: 2 })).toBe('Eva och 2');
    expect(() => format('Hej {namn}')).toThrow(/\{namn\}/);
  });

  it('takes the singular for exactly one', () => {
    expect(plural(1, sv.time.minutes)).toBe('minut');
    expect([0, 2, 21].map((n) => plural(n, sv.time.minutes))).toEqual(['minuter', 'minuter', 'minuter']);
    expect(plural(3, { one: 'en film', other: '{count} filmer' })).toBe('3 filmer');
  });
});

describe('the start page counts lessons in correct Swedish', () => {
  it.each([
    [0, 1, '0 av 1 lektion klara'],
    [1, 1, '1 av 1 lektion klar'],
    [0, 6, '0 av 6 lektioner klara'],
    [1, 6, '1 av 6 lektioner klar'],
    [2, 6, '2 av 6 lektioner klara'],
  ])('%i of %i: %s', (done, total, text) => {
    expect(courseCountText(done, total, sv.course)).toBe(text);
  });
});

describe('labels', () => {
  it('names lessons by their number in words', () => {
    expect(lessonName(6)).toBe('Lektion sex');
    expect(lessonLabel(6, 'DigidelCenter och samhällets digitalisering')).toBe(
      'Lektion sex: DigidelCenter och samhällets digitalisering',
    );
  });

  it.each([
    [270, 'Längd: 4 min 30 s'],
    [240, 'Längd: 4 min'],
    [45, 'Längd: 45 s'],
  ])('a film of %i seconds: %s', (seconds, text) => {
    expect(filmLengthText(seconds)).toBe(text);
  });
});

describe('softHyphens', () => {
  it('marks the listed long words and leaves other text alone', () => {
    expect(softHyphens('Tillgänglighetsredogörelse')).toBe('Tillgänglighets\u00ADredo\u00ADgörelse');
    expect(softHyphens('Om kursen')).toBe('Om kursen');
  });
});
