/**
 * The sites the end-to-end tests run against. Playwright's global setup (tests/support/e2e-setup.ts)
 * builds each course once and serves it on a free port; it hands each site's address to the
 * workers in an environment variable. Playwright also loads the test files before the setup
 * runs (to list the tests), so a site's address is read only when a test asks for it, and test
 * titles use the site's name.
 */
import type { CourseName } from './course-builds.ts';

/** The environment variable that carries a served course's address to the workers. */
export const siteVariable = (name: CourseName) => `E2E_SITE_${name.toUpperCase().replaceAll('-', '_')}`;

export class Site {
  constructor(
    /** The course, as tests/support/course-builds.ts names it. */
    readonly course: CourseName,
    /** What test titles call it. */
    readonly name: string,
  ) {}

  /** Origin and base path, ending in "/". */
  get url(): string {
    const value = process.env[siteVariable(this.course)];
    if (!value) {
      throw new Error(`${siteVariable(this.course)} is not set: the tests' global setup serves the sites.`);
    }
    const { url } = JSON.parse(value) as { url: unknown };
    if (typeof url !== 'string') throw new Error(`${siteVariable(this.course)} holds no url`);
    return url;
  }

  get origin(): string {
    return new URL(this.url).origin;
  }

  /** The address of `path` on this site ("lektioner/x/" → origin/base/lektioner/x/). */
  at(path = ''): string {
    return `${this.url}${path}`;
  }
}

/** The real course. */
export const MAIN_SITE = new Site('main', 'the course');

/** Three lessons whose file names are out of course order, published under /kurser/digidel/. */
export const FIXTURE_SITE = new Site('multi-lesson', 'the fixture course under /kurser/digidel/');

/** A generated course with more lessons than one page of search results. */
export const MANY_LESSONS_SITE = new Site('many-lessons', 'a course of 23 lessons');

export const LESSON_SIX = '/lektioner/digidelcenter-och-samhallets-digitalisering/';
