/**
 * Which of the two builds this is: the public site (`npm run build`) or the course inside an LMS
 * package (`npm run package`, scripts/package.ts). astro.config.mjs sets COURSE_TARGET.
 *
 * True in the package build: no offline copy, no host files, the LMS's part of /integritet/.
 */
export const inLmsPackage: boolean = import.meta.env.COURSE_TARGET === 'lms';
