import { describe, expect, it } from 'vitest';
import { impossibleDates } from '../../src/utils/frontmatter-dates';

const lesson = (fields: string) => `---\nnumber: 1\n${fields}\n---\n\nText med published: 2026-02-30 i brödtexten.\n`;

describe('impossibleDates', () => {
  it.each([
    ['published: 2026-02-30', ['published: 2026-02-30']],
    ['revised: 2025-13-01', ['revised: 2025-13-01']],
    ["published: '2026-04-31'\nrevised: 2026-02-29", ['published: 2026-04-31', 'revised: 2026-02-29']],
    ['published: 2028-02-29', []],
    ['published: 2026-11-24 # from the old platform', []],
    ['published:', []],
    ['', []],
  ])('%j → %j', (fields, expected) => {
    expect(impossibleDates(lesson(fields))).toEqual(expected);
  });
});
