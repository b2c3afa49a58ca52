/**
 * The lesson check (src/markdown/lesson-check.ts) on the broken fixture lessons, compiled in
 * this process by Sätteri as the build compiles them: each mistake stops the compile with the
 * file, the line and what to write instead. One real build of broken content
 * (tests/build/failed-build.test.ts) proves that the build runs these checks.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { lessonCheck } from '../../src/markdown/lesson-check';

/** Compiles the MDX files with one lesson check, as one build does; returns the first error's message. */
function compileError(...files: string[]): string {
  const check = lessonCheck();
  try {
    for (const file of files) {
      mdxToJs(readFileSync(file, 'utf8'), { mdastPlugins: [check], fileURL: pathToFileURL(file) });
    }
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error(`${files.join(', ')} compiled without an error`);
}

const lesson = (fixture: string, file: string) => `tests/fixtures/${fixture}/lessons/${file}`;

describe('a lesson with a mistake does not compile, and the message says where and what to do', () => {
  it.each([
    ['bad-film-id', ['fel-film.mdx'], ['fel-film.mdx:', 'field "youtube"', '"https://vimeo.com/76979871"']],
    ['bad-film-duration', ['fel-langd.mdx'], ['fel-langd.mdx:', 'field "duration"', '"fyra minuter"']],
    ['misspelt-component', ['stavfel.mdx'], ['stavfel.mdx:12', '<Flim>', 'no such component']],
    ['raw-script', ['skript.mdx'], ['skript.mdx:12', 'raw <script> is not allowed']],
    ['raw-iframe', ['iframe.mdx'], ['iframe.mdx:12', 'raw <iframe>', '<Film youtube=']],
    ['film-without-title', ['utan-titel.mdx'], ['utan-titel.mdx:10', 'field "title" is required']],
    [
      'duplicate-assignment',
      ['01-forsta.mdx', '02-andra.mdx'],
      ['02-andra.mdx:', 'uppdrag-1', 'is already used in tests/fixtures/duplicate-assignment/lessons/01-forsta.mdx'],
    ],
    ['goal-out-of-range', ['mal.mdx'], ['mal.mdx:11', 'field "goal"', '1 to 17']],
    ['javascript-link', ['lank.mdx'], ['lank.mdx:12', 'field "href"', 'javascript:alert(1)']],
    ['broken-mdx', ['trasig-mdx.mdx'], ['Expected a closing tag for `<GoalExample>`']],
  ])('%s', (fixture, files, expected) => {
    const message = compileError(...files.map((file) => lesson(fixture, file)));
    for (const text of expected) expect(message).toContain(text);
    if (fixture !== 'broken-mdx') expect(message).toContain(`tests/fixtures/${fixture}/lessons/`);
  });

  it('passes a correct lesson', () => {
    const check = lessonCheck();
    const file = 'tests/fixtures/multi-lesson/lessons/02-forsta-lektionen.mdx';
    expect(() =>
      mdxToJs(readFileSync(file, 'utf8'), { mdastPlugins: [check], fileURL: pathToFileURL(file) }),
    ).not.toThrow();
  });
});
