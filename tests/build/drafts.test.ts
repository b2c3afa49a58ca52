/**
 * A lesson with `draft: true` (tests/fixtures/multi-lesson/lessons/05-utkast-lektion.mdx): the
 * build leaves it out of everything a learner can reach (the dev server shows it with its
 * banner, tests/build/dev-server.test.ts), so an editor can keep an unfinished lesson in the
 * repository and still preview it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COURSES } from '../support/course-builds';

const dir = COURSES['multi-lesson'].outDir;
const DRAFT = 'lektioner/utkast-lektion/';

describe('a draft lesson in the build', () => {
  it('has no page, and no other page links to it', () => {
    expect(existsSync(join(dir, DRAFT))).toBe(false);
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toContain('utkast-lektion');
    }
  });

  it('is not in the sitemap, the search index, the lesson count or the offline copy', () => {
    const sitemap = readdirSync(dir).filter((file) => file.startsWith('sitemap'));
    for (const file of sitemap) expect(readFileSync(join(dir, file), 'utf8')).not.toContain('utkast');
    const pagefind = readdirSync(join(dir, 'pagefind'), { recursive: true, encoding: 'utf8' });
    expect(pagefind.length).toBeGreaterThan(3);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toMatch(/3 lektioner|tre lektioner/);
    expect(readFileSync(join(dir, 'offline-copy.json'), 'utf8')).not.toContain('utkast');
  });
});
