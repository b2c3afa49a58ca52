/**
 * The courses the tests run against, and the one way they are built: `npm run build`'s own
 * script (scripts/build.ts), once per change of what goes into them. Each build's inputs (the
 * course's files, the site's code and content, the lockfile, the settings) are hashed, and a
 * course whose hash matches its last successful build is not built again, so Vitest, Playwright
 * and `npm test` can all ask for the same course and only the first asks Astro. Every build that
 * runs is logged to tests/.output/builds.log, which `npm test` counts (scripts/test.ts).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { writeSyntheticCourse } from '../../scripts/bench/synthetic-course.ts';
import { LMS_BUILD_ENV } from '../../scripts/lib/lms-package.ts';
import { LMS_ROOT } from '../../src/features/lms/package-tokens.ts';

export const OUTPUT = 'tests/.output';
export const BUILD_LOG = join(OUTPUT, 'builds.log');

export interface CourseDefinition {
  /** The folder the course's content is read from (COURSE_DIR). */
  courseDir: string;
  /** The path it is published under. */
  base: string;
  /** Where the built site goes. */
  outDir: string;
  /** The address it is published at (SITE_URL: canonical links, the sitemap); the tests serve it elsewhere. */
  site?: string;
  /** Writes the course's content into `courseDir` before it is hashed, for courses made by the tests. */
  prepare?: () => Promise<void>;
  /** "lms": the build inside the SCORM packages (COURSE_TARGET, astro.config.mjs), as `npm run package` makes it. */
  target?: 'lms';
}

/** A copy of `from` with the files of `overlay` written over it: a later version of a course. */
function overlaid(from: string, overlay: string, into: string): () => Promise<void> {
  return async () => {
    rmSync(into, { recursive: true, force: true });
    cpSync(from, into, { recursive: true });
    cpSync(overlay, into, { recursive: true });
  };
}

export const MANY_LESSONS = 23;

/** Where the fixture courses say they are published; nothing answers there. */
export const FIXTURE_ADDRESS = 'https://bibliotek.example';

export const COURSES = {
  /** The real course, into dist/, exactly as `npm run build` makes it. */
  main: { courseDir: 'content', base: '/', outDir: 'dist' },
  /** The real course as `npm run package` builds it for the SCORM packages (tests/support/lms-host.ts packs it). */
  lms: { courseDir: 'content', base: LMS_ROOT, outDir: join(OUTPUT, 'lms-site'), target: 'lms' },
  /** The fixture course of three lessons, with films and an assignment, in the packages' build. */
  'lms-fixture': {
    courseDir: 'tests/fixtures/multi-lesson',
    base: LMS_ROOT,
    outDir: join(OUTPUT, 'lms-fixture'),
    target: 'lms',
  },
  /** Three lessons whose file names are out of course order, published under a sub-path. */
  'multi-lesson': {
    courseDir: 'tests/fixtures/multi-lesson',
    base: '/kurser/digidel/',
    outDir: join(OUTPUT, 'multi-lesson'),
    site: FIXTURE_ADDRESS,
  },
  /**
   * The next version of multi-lesson, as an editor republishes it: one lesson's text changed and
   * a film added ahead of its others (tests/fixtures/multi-lesson-next/ holds only the changed files).
   */
  'multi-lesson-next': {
    courseDir: join(OUTPUT, 'courses', 'multi-lesson-next'),
    base: '/kurser/digidel/',
    outDir: join(OUTPUT, 'multi-lesson-next'),
    site: FIXTURE_ADDRESS,
    prepare: overlaid(
      'tests/fixtures/multi-lesson',
      'tests/fixtures/multi-lesson-next',
      join(OUTPUT, 'courses', 'multi-lesson-next'),
    ),
  },
  /** A generated course with more lessons than one page of search results. */
  'many-lessons': {
    courseDir: join(OUTPUT, 'courses', 'many-lessons'),
    base: '/',
    outDir: join(OUTPUT, 'many-lessons'),
    site: FIXTURE_ADDRESS,
    prepare: async () => {
      const dir = join(OUTPUT, 'courses', 'many-lessons');
      rmSync(dir, { recursive: true, force: true });
      await writeSyntheticCourse(dir, MANY_LESSONS);
    },
  },
} satisfies Record<string, CourseDefinition>;

export type CourseName = keyof typeof COURSES;

/** What every build reads besides the course itself. */
const SHARED_INPUTS = [
  'src',
  'public',
  'content',
  'astro.config.mjs',
  'package-lock.json',
  'scripts/build.ts',
  'scripts/lib/lms-package.ts',
  'tests/support/course-builds.ts',
];

/** Every file at `path`: the file itself, or the files below a folder. */
function filesAt(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function inputsHash(definition: CourseDefinition): string {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      base: definition.base,
      outDir: definition.outDir,
      site: definition.site,
      target: definition.target,
    }),
  );
  for (const file of [...new Set([...SHARED_INPUTS, definition.courseDir].flatMap(filesAt))].sort()) {
    hash.update(relative('.', file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * Runs `npm run build`'s script for the course in `courseDir` into `outDir`, and logs it. The
 * environment is the parent's without what Vitest adds (BASE_URL, MODE, NODE_ENV…), which Astro
 * and Vite would take over the build's own.
 */
/** The project's own Node (the npm package `node`), whatever Node runs the tests: Astro 7 needs 22.12+. */
export const PROJECT_NODE = join(process.cwd(), 'node_modules', '.bin', 'node');

/** The environment Astro runs in from a test: the test runner's own variables left out, the project's tools first. */
export function astroEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  // Vitest also sets NODE_ENV=test, under which Vite builds with import.meta.env.DEV true.
  const parentEnv = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) =>
        !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(name) && !name.startsWith('VITEST'),
    ),
  );
  return {
    ...parentEnv,
    PATH: `${join(process.cwd(), 'node_modules', '.bin')}:${parentEnv['PATH'] ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    ...extra,
  };
}

export function runBuild(
  name: string,
  {
    courseDir,
    outDir,
    base,
    site,
    target,
  }: Pick<CourseDefinition, 'courseDir' | 'outDir' | 'base' | 'site' | 'target'>,
): BuildResult {
  const started = Date.now();
  const result = spawnSync(PROJECT_NODE, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: astroEnv({
      COURSE_DIR: courseDir,
      COURSE_OUT_DIR: outDir,
      SITE_BASE: base,
      ...(site ? { SITE_URL: site } : {}),
      ...(target === 'lms' ? LMS_BUILD_ENV : {}),
    }),
  });
  mkdirSync(OUTPUT, { recursive: true });
  appendFileSync(
    BUILD_LOG,
    `${JSON.stringify({ name, seconds: (Date.now() - started) / 1000, status: result.status })}\n`,
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const keyFile = (name: string) => join(OUTPUT, 'build-keys', name);

/** Builds `name` unless its last successful build had the same inputs; returns where it is. */
export async function buildOnce(name: CourseName): Promise<CourseDefinition> {
  const definition: CourseDefinition = COURSES[name];
  await definition.prepare?.();
  const key = inputsHash(definition);
  const fresh =
    existsSync(keyFile(name)) &&
    readFileSync(keyFile(name), 'utf8') === key &&
    existsSync(join(definition.outDir, 'index.html'));
  if (!fresh) {
    rmSync(keyFile(name), { force: true });
    const result = runBuild(name, definition);
    if (result.status !== 0) throw new Error(`The build of ${name} failed:\n${result.output}`);
    mkdirSync(join(OUTPUT, 'build-keys'), { recursive: true });
    writeFileSync(keyFile(name), key);
  }
  return definition;
}

/** The builds logged since the log was last cleared. */
export function loggedBuilds(): Array<{ name: string; seconds: number; status: number | null }> {
  if (!existsSync(BUILD_LOG)) return [];
  return readFileSync(BUILD_LOG, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { name: string; seconds: number; status: number | null });
}
