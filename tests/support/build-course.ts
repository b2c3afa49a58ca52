/**
 * Builds a fixture course from tests/fixtures/ with `astro build`, the way an editor's build
 * runs, into tests/.output/<name>/, and returns what the build printed.
 */
import { spawnSync } from 'node:child_process';

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

export function buildCourse(fixture: string, env: Record<string, string> = {}): BuildResult {
  const outDir = env['COURSE_OUT_DIR'] ?? `tests/.output/${fixture}`;
  // Vitest puts Vite's own variables (BASE_URL, MODE…) into process.env; Astro would take them
  // over its configuration, so the build gets the environment without them.
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...parentEnv } = process.env;
  const result = spawnSync('node_modules/.bin/astro', ['build'], {
    encoding: 'utf8',
    env: {
      ...parentEnv,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      COURSE_DIR: `tests/fixtures/${fixture}`,
      COURSE_OUT_DIR: outDir,
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
