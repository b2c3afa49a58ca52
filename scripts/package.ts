/**
 * `npm run package`: the course as SCORM 1.2 and SCORM 2004 (4th edition) packages, for an LMS
 * such as Moodle (docs/lms.md). Builds the package version of the course with `npm run build`'s
 * own script into build/lms-site/, then writes packages/<course>-scorm12.zip and
 * packages/<course>-scorm2004.zip (scripts/lib/lms-package.ts).
 */
import { spawnSync } from 'node:child_process';
import { LMS_BUILD_ENV, LMS_SITE_DIR, PackageError, writePackages } from './lib/lms-package.ts';

const courseDir = process.env['COURSE_DIR'] ?? 'content';
const built = spawnSync(process.execPath, ['scripts/build.ts'], {
  stdio: 'inherit',
  env: { ...process.env, ...LMS_BUILD_ENV, COURSE_OUT_DIR: LMS_SITE_DIR },
});
if (built.status !== 0) {
  console.error('\n[package] Paketen skrevs inte, eftersom bygget misslyckades.');
  process.exit(built.status ?? 1);
}
try {
  for (const zip of writePackages(LMS_SITE_DIR, courseDir, 'packages')) console.log(`[package] Klart: ${zip}`);
} catch (error) {
  if (!(error instanceof PackageError)) throw error;
  console.error(`[package] Paketen kunde inte skrivas: ${error.message}`);
  process.exit(1);
}
