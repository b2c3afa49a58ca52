/**
 * Broken content in real builds: `npm run build`'s script stops with a message naming the file
 * and the field, and leaves the previous good build in place, whole (scripts/build.ts builds
 * beside it and swaps only on success). One build fails in the content layer (a frontmatter
 * field the schema refuses), one in the MDX compile (the lesson check's plugin), which proves
 * that the build runs the checks tested in process in tests/unit/.
 */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COURSES, OUTPUT, runBuild } from '../support/course-builds';

const target = join(OUTPUT, 'failed-build');
const base = '/kurser/digidel/';

beforeAll(() => {
  rmSync(target, { recursive: true, force: true });
  cpSync(COURSES['multi-lesson'].outDir, target, { recursive: true });
});

describe('a build of broken content', () => {
  it.each([
    [
      'broken-schema',
      [
        'tests/fixtures/broken-schema/lessons/trasig.mdx',
        'does not match collection schema',
        'Fältet "number" i början av filen (frontmatter) ska vara ett tal',
        'authors.0.role: Här ska stå "Författare" eller "Medförfattare", stavat precis så.',
        '\n  Fältet "beskrivning" finns inte här. Kontrollera stavningen eller ta bort raden. Fälten som finns: number, title,',
        'Vilka fält som finns och vad de betyder står i docs/authoring.md.',
      ],
    ],
    [
      'broken-mdx',
      [
        'tests/fixtures/broken-mdx/lessons/trasig-mdx.mdx',
        'Expected a closing tag for `<GoalExample>`',
        'Taggen <GoalExample> på rad 19 stängs aldrig. Skriv </GoalExample>',
      ],
    ],
  ])('%s fails, says where, and leaves the previous build whole', (fixture, expected) => {
    const index = readFileSync(join(target, 'index.html'), 'utf8');
    const { status, output } = runBuild(fixture, { courseDir: `tests/fixtures/${fixture}`, outDir: target, base });
    expect(status).not.toBe(0);
    for (const text of expected) expect(output).toContain(text);
    expect(output).toContain(`${target}/ är kvar som det var`);
    // The message is the editor's to act on: no stack trace of Astro's, no made-up line 0.
    expect(output).not.toMatch(/Stack trace:|^\s+at\s|:0:0|Error reference|\*\*\*\*|Invalid option|Unrecognized key/m);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe(index);
    expect(index).toContain('Testkurs med flera lektioner');
    expect(existsSync(join(target, 'lektioner/forsta-lektionen/index.html'))).toBe(true);
    expect(existsSync(`${target}.building`)).toBe(false);
  });
});
