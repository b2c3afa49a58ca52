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
    [
      'duplicate-slug',
      [
        'tests/fixtures/duplicate-slug/lessons/07-åsa.mdx',
        'tests/fixtures/duplicate-slug/lessons/08-asa.mdx',
        'URL slug "asa"',
      ],
    ],
    ['misspelt-component', ['tests/fixtures/misspelt-component/lessons/stavfel.mdx:12', '<Flim>', 'no such component']],
    ['raw-script', ['tests/fixtures/raw-script/lessons/skript.mdx:12', 'raw <script> is not allowed']],
    ['raw-iframe', ['tests/fixtures/raw-iframe/lessons/iframe.mdx:12', 'raw <iframe>', '<Film youtube=']],
    [
      'film-without-title',
      ['tests/fixtures/film-without-title/lessons/utan-titel.mdx:10', 'field "title" is required'],
    ],
    [
      'impossible-date',
      ['tests/fixtures/impossible-date/lessons/datum.mdx', 'field "published"', '2026-02-30 is not a day'],
    ],
    [
      'duplicate-assignment',
      [
        'tests/fixtures/duplicate-assignment/lessons/0',
        'uppdrag-1',
        'is already used in tests/fixtures/duplicate-assignment/lessons/0',
      ],
    ],
    ['goal-out-of-range', ['tests/fixtures/goal-out-of-range/lessons/mal.mdx:11', 'field "goal"', '1 to 17']],
    ['javascript-link', ['tests/fixtures/javascript-link/lessons/lank.mdx:12', 'field "href"', 'javascript:alert(1)']],
    ['broken-mdx', ['tests/fixtures/broken-mdx/lessons/trasig-mdx.mdx', 'Expected a closing tag for `<GoalExample>`']],
  ])('%s', (fixture, expected) => {
    const { status, output } = buildCourse(fixture);
    expect(status).not.toBe(0);
    for (const text of expected) expect(output).toContain(text);
  });
});
