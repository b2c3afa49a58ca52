/** Bad content stops the build with a message that names the file and the field. */
import { describe, expect, it } from 'vitest';
import { buildCourse } from '../support/build-course';

describe('a build of broken content fails and says where', () => {
  it.each([
    [
      'broken-schema',
      ['tests/fixtures/broken-schema/lessons/trasig.mdx', 'number', 'does not match collection schema'],
    ],
    [
      'duplicate-number',
      ['tests/fixtures/duplicate-number/lessons/en.mdx', 'tests/fixtures/duplicate-number/lessons/tva.mdx', '"number"'],
    ],
    [
      'bad-film-id',
      ['tests/fixtures/bad-film-id/lessons/fel-film.mdx', 'field "youtube"', '"https://vimeo.com/76979871"'],
    ],
    [
      'bad-film-duration',
      ['tests/fixtures/bad-film-duration/lessons/fel-langd.mdx', 'field "duration"', '"fyra minuter"'],
    ],
    ['broken-mdx', ['tests/fixtures/broken-mdx/lessons/trasig-mdx.mdx', 'Expected a closing tag for `<GoalExample>`']],
  ])('%s', (fixture, expected) => {
    const { status, output } = buildCourse(fixture);
    expect(status).not.toBe(0);
    for (const text of expected) expect(output).toContain(text);
  });
});
