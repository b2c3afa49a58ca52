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
import { parse } from 'yaml';
import { withFilmIds } from '../../scripts/bench/film-ids';
import { lessonCheck } from '../../src/markdown/lesson-check';
import { courseSchema } from '../../src/schemas/course';

/** Compiles the MDX files with one lesson check, as one build does; returns the first error's message. */
function compileError(...files: string[]): string {
  const check = lessonCheck({ courseDir: files[0]?.replace(/\/lessons\/.*$/, '') ?? 'content', base: '/' });
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
    ['bad-film-id', ['fel-film.mdx'], ['fel-film.mdx:', 'fältet "youtube"', '"https://vimeo.com/76979871"']],
    ['bad-film-duration', ['fel-langd.mdx'], ['fel-langd.mdx:', 'fältet "duration"', '"fyra minuter"']],
    ['misspelt-component', ['stavfel.mdx'], ['stavfel.mdx:12', '<Flim>', 'ingen sådan komponent']],
    ['raw-script', ['skript.mdx'], ['skript.mdx:12', '<script> är inte tillåtet']],
    ['raw-iframe', ['iframe.mdx'], ['iframe.mdx:12', '<iframe>', '<Film youtube=']],
    ['film-without-title', ['utan-titel.mdx'], ['utan-titel.mdx:10', 'fältet "title" behövs']],
    [
      'duplicate-assignment',
      ['01-forsta.mdx', '02-andra.mdx'],
      ['02-andra.mdx:', 'uppdrag-1', 'används redan på tests/fixtures/duplicate-assignment/lessons/01-forsta.mdx:'],
    ],
    ['goal-out-of-range', ['mal.mdx'], ['mal.mdx:11', 'fältet "goal"', '1 till 17']],
    ['javascript-link', ['lank.mdx'], ['lank.mdx:12', 'fältet "href"', 'javascript:alert(1)']],
    ['script-in-expression', ['uttryck.mdx'], ['uttryck.mdx:12', 'är kod', 'en lektion kör ingen kod']],
    ['esm-import', ['import.mdx'], ['import.mdx:10', 'bara importera bilder']],
    ['process-env', ['miljo.mdx'], ['miljo.mdx:12', '{process.env.PATH} är kod']],
    ['missing-lesson-link', ['lank.mdx'], ['lank.mdx:12', '/lektioner/finns-inte/', 'ingen sådan sida eller lektion']],
    ['missing-section-link', ['avsnitt.mdx'], ['avsnitt.mdx:12', '#andra-avsnittet', 'Avsnitten är: forsta-avsnittet']],
    ['heading-jump', ['rubriker.mdx'], ['rubriker.mdx:14', 'hoppar från ## till ####', 'Skriv ###']],
    ['image-without-alt', ['bild.mdx'], ['bild.mdx:12', 'ingen alternativtext', '"dekorativ"']],
    ['missing-image', ['saknad-bild.mdx'], ['saknad-bild.mdx:14', '"saknas.png" finns inte']],
    [
      'repeated-id',
      ['uppdrag.mdx'],
      ['uppdrag.mdx:18', 'används redan på tests/fixtures/repeated-id/lessons/uppdrag.mdx:10'],
    ],
    [
      'goal-anchor-clash',
      ['mal.mdx'],
      ['mal.mdx:16', '#mal-4', 'som målrutan på tests/fixtures/goal-anchor-clash/lessons/mal.mdx:11'],
    ],
    ['link-to-draft', ['01-publicerad.mdx'], ['01-publicerad.mdx:12', '/lektioner/utkast/', 'är ett utkast']],
    ['broken-mdx', ['trasig-mdx.mdx'], ['Expected a closing tag for `<GoalExample>`']],
  ])('%s', (fixture, files, expected) => {
    const message = compileError(...files.map((file) => lesson(fixture, file)));
    for (const text of expected) expect(message).toContain(text);
    if (fixture !== 'broken-mdx') expect(message).toContain(`tests/fixtures/${fixture}/lessons/`);
  });

  it('carries the lesson’s line for Astro, so the build and the dev server point at the lesson, not at the check', () => {
    const file = lesson('process-env', 'miljo.mdx');
    const check = lessonCheck({ courseDir: 'tests/fixtures/process-env', base: '/' });
    let thrown: unknown;
    try {
      mdxToJs(readFileSync(file, 'utf8'), { mdastPlugins: [check], fileURL: pathToFileURL(file) });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ line: 12, column: 1 });
  });

  it('passes a correct lesson', () => {
    const check = lessonCheck({ courseDir: 'tests/fixtures/multi-lesson', base: '/' });
    const file = 'tests/fixtures/multi-lesson/lessons/02-forsta-lektionen.mdx';
    expect(() =>
      mdxToJs(readFileSync(file, 'utf8'), { mdastPlugins: [check], fileURL: pathToFileURL(file) }),
    ).not.toThrow();
  });
});

describe('the real course as its editor will finish it', () => {
  it('passes the content checks with its films’ YouTube IDs and an accessibility contact set', () => {
    const file = 'content/lessons/06-digidelcenter-och-samhallets-digitalisering.mdx';
    const finished = withFilmIds(readFileSync(file, 'utf8'), ['dQw4w9WgXcQ', 'M7lc1UVf-VE']);
    expect(finished.match(/<Film youtube="/g)).toHaveLength(2);
    const check = lessonCheck({ courseDir: 'content', base: '/kurser/digidel/' });
    expect(() => mdxToJs(finished, { mdastPlugins: [check], fileURL: pathToFileURL(file) })).not.toThrow();

    const [course] = Object.values(parse(readFileSync('content/course.yaml', 'utf8')) as Record<string, object>);
    const withContact = {
      ...course,
      accessibility: {
        ...(course as { accessibility?: object }).accessibility,
        email: 'tillganglighet@kommun.se',
        phone: '010-123 45 67',
      },
    };
    expect(courseSchema.safeParse(withContact).success).toBe(true);
  });
});
