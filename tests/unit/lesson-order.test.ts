import { describe, expect, it } from 'vitest';
import { DuplicateLessonNumberError, neighbours, orderLessons } from '../../src/utils/lesson-order';

const lesson = (id: string, number: number) => ({ id, filePath: `content/lessons/${id}.mdx`, data: { number } });

describe('orderLessons', () => {
  it('sorts by number, not by file name', () => {
    const ordered = orderLessons([lesson('c', 3), lesson('a', 10), lesson('b', 1)]);
    expect(ordered.map((l) => l.id)).toEqual(['b', 'c', 'a']);
  });

  it('refuses a duplicate number and names both files and the field', () => {
    const run = () => orderLessons([lesson('en', 4), lesson('tva', 4)]);
    expect(run).toThrow(DuplicateLessonNumberError);
    expect(run).toThrow(/content\/lessons\/en\.mdx.*content\/lessons\/tva\.mdx/);
    expect(run).toThrow(/"number"/);
  });

  it('does not change the list it is given', () => {
    const lessons = [lesson('b', 2), lesson('a', 1)];
    orderLessons(lessons);
    expect(lessons.map((l) => l.id)).toEqual(['b', 'a']);
  });
});

describe('neighbours', () => {
  const ordered = [lesson('a', 1), lesson('b', 2), lesson('c', 3)];
  it.each([
    ['a', undefined, 'b'],
    ['b', 'a', 'c'],
    ['c', 'b', undefined],
  ])('%s sits between %s and %s', (id, previous, next) => {
    const result = neighbours(ordered, id);
    expect(result.previous?.id).toBe(previous);
    expect(result.next?.id).toBe(next);
  });

  it('throws for an unknown lesson', () => {
    expect(() => neighbours(ordered, 'x')).toThrow(/"x"/);
  });
});
