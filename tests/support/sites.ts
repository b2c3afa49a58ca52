/** The sites the end-to-end tests run against, and how each is built. */
export const MAIN_SITE = {
  port: 4400,
  url: 'http://localhost:4400/',
};

/** Three lessons whose file names are out of course order, published under a sub-path. */
export const FIXTURE_SITE = {
  port: 4401,
  base: '/kurser/digidel/',
  url: 'http://localhost:4401/kurser/digidel/',
  env: {
    COURSE_DIR: 'tests/fixtures/multi-lesson',
    COURSE_OUT_DIR: 'tests/.output/multi-lesson',
    SITE_BASE: '/kurser/digidel/',
    SITE_URL: 'http://localhost:4401',
  },
};

export const LESSON_SIX = '/lektioner/digidelcenter-och-samhallets-digitalisering/';

/**
 * A copy of the fixture course that the offline-update test edits and builds twice, the way an
 * editor publishes a new version, served under the sub-path by its own preview server.
 */
export const UPDATE_SITE = {
  port: 4402,
  url: 'http://localhost:4402/kurser/digidel/',
  fixture: 'tests/fixtures/multi-lesson',
  env: {
    COURSE_DIR: 'tests/.output/offline-update-course',
    COURSE_OUT_DIR: 'tests/.output/offline-update',
    SITE_BASE: '/kurser/digidel/',
    SITE_URL: 'http://localhost:4402',
  },
};

/** A generated course with more lessons than one page of search results, built and served by its test. */
export const MANY_LESSONS_SITE = {
  port: 4403,
  url: 'http://localhost:4403/',
  lessons: 23,
  env: {
    COURSE_DIR: 'tests/.output/many-lessons-course',
    COURSE_OUT_DIR: 'tests/.output/many-lessons',
    SITE_BASE: '/',
    SITE_URL: 'http://localhost:4403',
  },
};
