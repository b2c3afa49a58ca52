/**
 * The test LMS as the end-to-end tests use it: where each package is served (./lms-host.ts
 * unpacks them there), and a launch through the player page, which holds scorm-again's API.
 * Free of Node's file system, so Playwright's workers load it cheaply.
 */
import type { FrameLocator, Page } from '@playwright/test';
import type { ScormVersion } from '../../src/features/lms/lms-record.ts';

/** The environment variable that carries the LMS host's origin to the workers. */
export const LMS_HOST_VARIABLE = 'E2E_LMS_HOST';

export type PackagedCourse = 'lms' | 'lms-fixture';

/** Deep, as Moodle serves packages: /pluginfile.php/<context>/mod_scorm/content/<revision>/. */
export const PACKAGE_PATHS: Readonly<Record<PackagedCourse, Record<ScormVersion, string>>> = {
  lms: { '1.2': '/pluginfile.php/12/mod_scorm/content/3/', '2004': '/pluginfile.php/12/mod_scorm/content/4/' },
  'lms-fixture': {
    '1.2': '/pluginfile.php/15/mod_scorm/content/1/',
    '2004': '/pluginfile.php/15/mod_scorm/content/2/',
  },
};

export function lmsOrigin(): string {
  const origin = process.env[LMS_HOST_VARIABLE];
  if (!origin) throw new Error(`${LMS_HOST_VARIABLE} is not set: the tests' global setup serves the LMS.`);
  return origin;
}

/** The package's root address on the LMS host. */
export const packageUrl = (course: PackagedCourse, version: ScormVersion) =>
  `${lmsOrigin()}${PACKAGE_PATHS[course][version]}`;

/** The CMI data a relaunch starts with, as the runtime's JSON (scorm-again's cmi object). */
export type Cmi = Record<string, unknown>;

export interface Launch {
  /** The course's pages, in the launch page's frame inside the player's frame. */
  course: FrameLocator;
  /** The launch page itself. */
  launchPage: FrameLocator;
  /** The runtime's CMI data now. */
  cmi(): Promise<Cmi>;
  /** How often each API call was made. */
  calls(): Promise<Record<string, number>>;
  /** Leaves the course as an LMS does: the player removes the frame. */
  leave(): Promise<void>;
}

/** Opens `course`'s `version` package in the player on `page`, starting from `cmi` (a relaunch) when given. */
export async function launch(
  page: Page,
  course: PackagedCourse,
  version: ScormVersion,
  { cmi, learner }: { cmi?: Cmi; learner?: string } = {},
): Promise<Launch> {
  if (cmi) await page.addInitScript((data) => Object.assign(window, { LMS_LAUNCH: data }), cmi);
  const query = new URLSearchParams({
    version,
    package: PACKAGE_PATHS[course][version],
    learner: learner ?? 'larande-1',
  });
  await page.goto(`${lmsOrigin()}/player/?${query}`);
  const launchPage = page.frameLocator('iframe[title="Kursen"]');
  return {
    course: launchPage.frameLocator('iframe[name="kurs"]'),
    launchPage,
    cmi: () => page.evaluate(() => (window as unknown as { lms: { cmi(): Cmi } }).lms.cmi()),
    calls: () =>
      page.evaluate(() => ({ ...(window as unknown as { lms: { calls: Record<string, number> } }).lms.calls })),
    leave: () => page.evaluate(() => document.querySelector('iframe')?.remove()),
  };
}

/** The CMI data an LMS starts a relaunch with after the session `cmi` ended suspended. */
export function relaunchData(version: ScormVersion, cmi: Cmi): Cmi {
  if (version === '1.2') {
    const core = cmi['core'] as Record<string, unknown>;
    return {
      suspend_data: cmi['suspend_data'],
      core: { lesson_location: core['lesson_location'], lesson_status: core['lesson_status'], entry: 'resume' },
    };
  }
  return {
    suspend_data: cmi['suspend_data'],
    location: cmi['location'],
    completion_status: cmi['completion_status'],
    progress_measure: cmi['progress_measure'],
    entry: 'resume',
  };
}
