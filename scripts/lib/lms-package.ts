/**
 * `npm run package`'s second half: the package build of the course (COURSE_TARGET=lms, see
 * astro.config.mjs) made into one zip per SCORM version under packages/. Each zip holds the
 * course's files with relative addresses (./relative-paths.ts), the launch page set to its
 * version, `imsmanifest.xml` (./scorm-manifest.ts) and the schema files the standard requires
 * (scripts/lms-schemas/). Nothing in it needs the public site.
 */
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { parse } from 'yaml';
import { LMS_ROOT, SCORM_VERSION_TOKEN } from '../../src/features/lms/package-tokens.ts';
import { LAUNCH_PATH } from '../../src/integrations/lms-launch.ts';
import type { ScormVersion } from '../../src/features/lms/lms-record.ts';
import { absoluteUses, relativize } from './relative-paths.ts';
import { scormManifest } from './scorm-manifest.ts';

/** Where `npm run package` builds the course before packing it, and the build's own setting. */
export const LMS_SITE_DIR = join('build', 'lms-site');
export const LMS_BUILD_ENV = { COURSE_TARGET: 'lms' } as const;

export const LAUNCH_FILE = `${LAUNCH_PATH}index.html`;

/** Each version's file name part and schema folder. */
export const SCORM_PACKAGES: ReadonlyArray<{ version: ScormVersion; name: string; schemas: string }> = [
  { version: '1.2', name: 'scorm12', schemas: join('scripts', 'lms-schemas', 'scorm12') },
  { version: '2004', name: 'scorm2004', schemas: join('scripts', 'lms-schemas', 'scorm2004') },
];

/**
 * Files the package build writes that a package does not use: the web app manifest and its
 * icons, and the host's "not found" page (an LMS shows its own; relative links would be wrong
 * from whatever address it answered).
 */
const LEFT_OUT = [/^manifest\.webmanifest$/, /^icons\//, /^404\.html$/];

/** Files whose text holds addresses; everything else (images, the search index) is copied as it is. */
const TEXT_FILE = /\.(html|json|css|svg|xml|txt)$/;

export class PackageError extends Error {}

/** Every file below `dir`, as "/"-separated paths, sorted. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The course's files as they go into every package: addresses made relative, checked. */
export function packageFiles(siteDir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const file of filesBelow(siteDir)) {
    if (LEFT_OUT.some((pattern) => pattern.test(file))) continue;
    const bytes = readFileSync(join(siteDir, file));
    if (file.endsWith('.js') || file.endsWith('.mjs')) {
      // A script runs on many pages at many depths: an address in it cannot be made relative here.
      if (bytes.toString('utf8').includes(LMS_ROOT))
        throw new PackageError(`${file} holds the address ${LMS_ROOT}; a script must find its files from itself.`);
      files.set(file, bytes);
    } else if (TEXT_FILE.test(file)) {
      const text = bytes.toString('utf8');
      const absolute = absoluteUses(text);
      if (absolute.length > 0)
        throw new PackageError(`${file} links to ${absolute[0]}, an absolute address no LMS can serve.`);
      files.set(file, new TextEncoder().encode(relativize(text, file)));
    } else files.set(file, bytes);
  }
  if (!files.has(LAUNCH_FILE))
    throw new PackageError(`${LAUNCH_FILE} is missing: was the course built with COURSE_TARGET=lms?`);
  return files;
}

/** The course's id and title, from content/course.yaml (its only key, and its title). */
export function courseInfo(courseDir: string): { id: string; title: string } {
  const yaml = parse(readFileSync(join(courseDir, 'course.yaml'), 'utf8')) as Record<string, { title: string }>;
  const [id, course] = Object.entries(yaml)[0] ?? [];
  if (!id || !course) throw new PackageError(`${courseDir}/course.yaml has no course.`);
  return { id, title: course.title };
}

/** The files of one version's zip: the course, its launch page set to `version`, the manifest and the schemas. */
export function scormPackage(
  version: ScormVersion,
  schemas: string,
  course: { id: string; title: string },
  files: ReadonlyMap<string, Uint8Array>,
): Zippable {
  const launch = new TextDecoder().decode(files.get(LAUNCH_FILE));
  if (launch.split(SCORM_VERSION_TOKEN).length !== 2)
    throw new PackageError(`${LAUNCH_FILE} must name its SCORM version once, as ${SCORM_VERSION_TOKEN}.`);
  const entries: Zippable = Object.fromEntries(files);
  entries[LAUNCH_FILE] = new TextEncoder().encode(launch.replace(SCORM_VERSION_TOKEN, version));
  for (const schema of readdirSync(schemas)) entries[schema] = readFileSync(join(schemas, schema));
  const manifest = scormManifest(version, {
    identifier: `digidel-${course.id}`,
    title: course.title,
    launch: LAUNCH_FILE,
    files: [...files.keys()],
  });
  entries['imsmanifest.xml'] = new TextEncoder().encode(manifest);
  return entries;
}

/** Writes one zip per SCORM version of the course built in `siteDir` into `outDir`; returns their paths. */
export function writePackages(siteDir: string, courseDir: string, outDir: string): string[] {
  const files = packageFiles(siteDir);
  const course = courseInfo(courseDir);
  mkdirSync(outDir, { recursive: true });
  return SCORM_PACKAGES.map(({ version, name, schemas }) => {
    const zip = join(outDir, `${course.id}-${name}.zip`);
    writeFileSync(zip, zipSync(scormPackage(version, schemas, course, files), { level: 9 }));
    return zip;
  });
}
