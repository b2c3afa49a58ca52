import { describe, expect, it } from 'vitest';
import { COURSE_PROGRESS_TEXT } from '../../src/components/progress/course-strings';

describe('the start page counts lessons in correct Swedish', () => {
  it.each([
    [0, 1, '0 av 1 lektion klara'],
    [1, 1, '1 av 1 lektion klar'],
    [0, 6, '0 av 6 lektioner klara'],
    [1, 6, '1 av 6 lektioner klar'],
    [2, 6, '2 av 6 lektioner klara'],
  ])('%i of %i: %s', (done, total, text) => {
    expect(COURSE_PROGRESS_TEXT.courseProgress(done, total)).toBe(text);
  });

  it('offers to begin a single lesson or a course', () => {
    expect(COURSE_PROGRESS_TEXT.begin(1)).toBe('Börja lektionen');
    expect(COURSE_PROGRESS_TEXT.begin(3)).toBe('Börja kursen');
  });
});
