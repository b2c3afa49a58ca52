/**
 * The checks the content loader and the course order run on every lesson file, on the broken
 * fixture courses, in this process: a duplicate URL slug, a date that is not a day and a
 * duplicate lesson number each name the files and the field. (The schema's own check runs in
 * the real failing build, tests/build/failed-build.test.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { orderLessons } from '../../src/utils/lesson-order';
import { uniqueLessonIds } from '../../src/utils/slugs';

/** Each lesson of a fixture course through the loader's id maker, as the content layer reads them. */
function loadLessons(fixture: string) {
  const base = `tests/fixtures/${fixture}/lessons`;
  const id = uniqueLessonIds(base);
  return readdirSync(base)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const source = readFileSync(`${base}/${file}`, 'utf8');
      const frontmatter: unknown = parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '');
      const number = (frontmatter as { number?: unknown }).number;
      return { id: id(file, source), filePath: `${base}/${file}`, data: { number: Number(number) } };
    });
}

const failure = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('no error');
};

describe('a course with a mistake in its files is refused, naming the files and the field', () => {
  it.each([
    [
      'duplicate-slug',
      () => loadLessons('duplicate-slug'),
      [
        'tests/fixtures/duplicate-slug/lessons/07-åsa.mdx',
        'tests/fixtures/duplicate-slug/lessons/08-asa.mdx',
        'URL slug "asa"',
      ],
    ],
    [
      'impossible-date',
      () => loadLessons('impossible-date'),
      ['tests/fixtures/impossible-date/lessons/datum.mdx', 'field "published"', '2026-02-30 is not a day'],
    ],
    [
      'duplicate-number',
      () => orderLessons(loadLessons('duplicate-number')),
      ['tests/fixtures/duplicate-number/lessons/en.mdx', 'tests/fixtures/duplicate-number/lessons/tva.mdx', '"number"'],
    ],
  ])('%s', (_name, run, expected) => {
    const message = failure(run);
    for (const text of expected) expect(message).toContain(text);
  });

  it('accepts a correct course', () => {
    expect(orderLessons(loadLessons('multi-lesson')).map((lesson) => lesson.id)).toEqual([
      'forsta-lektionen',
      'mellersta-lektionen',
      'sista-lektionen',
      // The draft: the loader reads it like any lesson; only the site leaves it out of the build.
      'utkast-lektion',
    ]);
  });
});
