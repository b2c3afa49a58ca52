/** `npm run build` puts a new dist/ in place only when the build succeeds (scripts/build.ts). */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const target = 'tests/.output/atomic-build';

/** Runs the build script the way `npm run build` does, for a fixture course, into `target`. */
function build(fixture: string) {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...env } = process.env;
  const result = spawnSync('node_modules/.bin/node', ['scripts/build.ts'], {
    encoding: 'utf8',
    env: {
      ...env,
      PATH: `node_modules/.bin:${env['PATH'] ?? ''}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      COURSE_DIR: `tests/fixtures/${fixture}`,
      COURSE_OUT_DIR: target,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a failed build', () => {
  it('leaves the previous good build in place, whole', () => {
    rmSync(target, { recursive: true, force: true });
    const good = build('multi-lesson');
    expect(good.status, good.output).toBe(0);
    const index = readFileSync(`${target}/index.html`, 'utf8');
    expect(index).toContain('Testkurs med flera lektioner');

    const broken = build('broken-mdx');
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain(`${target}/ is left as it was`);
    expect(readFileSync(`${target}/index.html`, 'utf8')).toBe(index);
    expect(existsSync(`${target}/lektioner/forsta-lektionen/index.html`)).toBe(true);
    expect(existsSync(`${target}.building`)).toBe(false);
  }, 180_000);
});
