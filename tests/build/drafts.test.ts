/**
 * A lesson with `draft: true` (tests/fixtures/multi-lesson/lessons/05-utkast-lektion.mdx): the
 * build leaves it out of everything a learner can reach, and the dev server shows it with its
 * banner, so an editor can keep an unfinished lesson in the repository and still preview it.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COURSES, OUTPUT, PROJECT_NODE, astroEnv } from '../support/course-builds';

const dir = COURSES['multi-lesson'].outDir;
const DRAFT = 'lektioner/utkast-lektion/';
const WORD = 'kladdpapper';

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

describe('a draft lesson in npm run dev', () => {
  it('is shown, with the "Utkast" banner', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const astro = spawn(
      PROJECT_NODE,
      ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
      {
        env: astroEnv({
          COURSE_DIR: 'tests/fixtures/multi-lesson',
          COURSE_OUT_DIR: join(OUTPUT, 'multi-lesson-dev'),
          SITE_BASE: '/',
        }),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let output = '';
        astro.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (/watching for file changes/.test(output)) resolve(`http://127.0.0.1:${port}/`);
        });
        astro.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        astro.on('exit', () => reject(new Error(`astro dev ended:\n${output}`)));
      });
      const html = await (await fetch(`${address}${DRAFT}`)).text();
      expect(html).toContain(WORD);
      expect(html).toContain('Utkast.');
    } finally {
      astro.kill();
    }
  }, 60_000);
});
