/**
 * The package build's stand-ins, free of import.meta.env so that astro.config.mjs and the package
 * script can use them:
 * - LMS_ROOT, the base path the package build is written under; scripts/lib/relative-paths.ts
 *   turns it into relative addresses, since an LMS serves a package from a deep path nobody knows
 *   in advance;
 * - SCORM_VERSION_TOKEN: one built launch page serves both packages, and the package script
 *   (scripts/lib/lms-package.ts) writes "1.2" or "2004" in its place.
 */
export const LMS_ROOT = '/__kurspaket__/';

export const SCORM_VERSION_TOKEN = '__scorm_version__';

/** Which build: the public site (`npm run build`) or the course inside the packages (`npm run package`). */
export type CourseTarget = 'site' | 'lms';
