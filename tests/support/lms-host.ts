/**
 * An LMS's web server, for the SCORM tests: courses packed as `npm run package` packs them (each
 * built once, tests/support/course-builds.ts), each zip unpacked where Moodle serves a package
 * from (/pluginfile.php/12/mod_scorm/content/<n>/), and beside them the player page
 * (tests/fixtures/lms-harness/) that provides the SCORM API with scorm-again, the runtime LMSs use.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { writePackages } from '../../scripts/lib/lms-package.ts';
import type { ScormVersion } from '../../src/features/lms/lms-record.ts';
import { COURSES, OUTPUT, buildOnce } from './course-builds.ts';
import { PACKAGE_PATHS, type PackagedCourse } from './lms-player.ts';

export const LMS_HOST_DIR = join(OUTPUT, 'lms-host');

/** The files of a zip, by their paths inside it. */
export function readZip(zip: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(zip));
}

/** Writes the files of `zip` below `dir`. */
export function unzipTo(zip: string, dir: string): void {
  for (const [path, bytes] of Object.entries(readZip(zip))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
}

/** Builds `course` (once) and packs it into tests/.output/packages/<course>/; returns each version's zip. */
export async function packagesOnce(course: PackagedCourse): Promise<Record<ScormVersion, string>> {
  const site = await buildOnce(course);
  const [scorm12, scorm2004] = writePackages(site.outDir, COURSES[course].courseDir, join(OUTPUT, 'packages', course));
  if (!scorm12 || !scorm2004) throw new Error('npm run package wrote no packages');
  return { '1.2': scorm12, '2004': scorm2004 };
}

/** The host's folder: every package unpacked at its path, and the player page with scorm-again. */
export async function prepareLmsHost(): Promise<string> {
  rmSync(LMS_HOST_DIR, { recursive: true, force: true });
  for (const [course, paths] of Object.entries(PACKAGE_PATHS) as Array<
    [PackagedCourse, Record<ScormVersion, string>]
  >) {
    const zips = await packagesOnce(course);
    for (const version of ['1.2', '2004'] as const) unzipTo(zips[version], join(LMS_HOST_DIR, paths[version]));
  }
  cpSync('tests/fixtures/lms-harness', join(LMS_HOST_DIR, 'player'), { recursive: true });
  for (const file of ['scorm12.min.js', 'scorm2004.min.js'])
    cpSync(join('node_modules', 'scorm-again', 'dist', file), join(LMS_HOST_DIR, 'player', file));
  return LMS_HOST_DIR;
}
