/**
 * What the course keeps in an LMS, and how it reads it back. Pure: no browser, no SCORM API.
 *
 * - `suspend_data` holds the learner's progress and answers as the progress file
 *   (src/features/progress/progress-file.ts) on one line, so it is checked on the way back exactly
 *   like a file the learner loads. When the answers do not fit the version's limit, the record
 *   keeps what is marked done and says `"answersLeftOut": true`; the learner is told, and the
 *   answers stay in the browser. Nothing is ever cut in the middle.
 * - completion is every lesson of the course marked done; progress is the share marked done.
 * - the location is the page's path below the package's root, one of the course's own pages.
 */
import { parseProgressFile, progressFile } from '../progress/progress-file';
import { own, setOwn, type ProgressData, type SavedAssignment } from '../progress/progress.store';

export type ScormVersion = '1.2' | '2004';

/** The longest suspend_data each version guarantees: CMIString4096 in 1.2, SPM 64,000 characters in 2004. */
export const SUSPEND_DATA_LIMIT: Readonly<Record<ScormVersion, number>> = { '1.2': 4096, '2004': 64_000 };

/** The longest location each version guarantees (CMIString255; SPM 1,000). */
export const LOCATION_LIMIT: Readonly<Record<ScormVersion, number>> = { '1.2': 255, '2004': 1000 };

export interface EncodedRecord {
  text: string;
  answersLeftOut: boolean;
}

export interface DecodedRecord {
  data: ProgressData;
  answersLeftOut: boolean;
}

/** `data` as suspend_data of at most `limit` characters: whole, or without its answers when they do not fit. */
export function encodeRecord(data: ProgressData, course: string, now: Date, limit: number): EncodedRecord {
  const whole = JSON.stringify(progressFile(data, course, now));
  if (whole.length <= limit) return { text: whole, answersLeftOut: false };
  const withoutAnswers = { ...progressFile({ ...data, answers: {} }, course, now), answersLeftOut: true };
  return { text: JSON.stringify(withoutAnswers), answersLeftOut: true };
}

/** The progress in an LMS's suspend_data; undefined when it is empty or not this course's record. */
export function decodeRecord(text: string): DecodedRecord | undefined {
  if (text.trim() === '') return undefined;
  const parsed = parseProgressFile(text);
  if (!parsed.ok) return undefined;
  const wrapper = JSON.parse(text) as { answersLeftOut?: unknown };
  return { data: parsed.data, answersLeftOut: wrapper.answersLeftOut === true };
}

const later = (a: SavedAssignment, b: SavedAssignment) => (Date.parse(b.savedAt) > Date.parse(a.savedAt) ? b : a);

/**
 * What the browser holds for this learner merged with what the LMS holds: a lesson marked done in
 * either stays done (from its first time), and of two copies of an assignment the later saved
 * wins, so neither a second computer nor answers that did not fit the LMS lose anything.
 */
export function mergeProgress(local: ProgressData, remote: ProgressData): ProgressData {
  const merged = structuredClone(local);
  for (const [lesson, time] of Object.entries(remote.done)) {
    const mine = own(merged.done, lesson);
    if (mine === undefined || Date.parse(time) < Date.parse(mine)) setOwn(merged.done, lesson, time);
  }
  for (const [id, assignment] of Object.entries(remote.answers)) {
    const mine = own(merged.answers, id);
    setOwn(merged.answers, id, mine ? later(mine, assignment) : assignment);
  }
  const lastOpened = remote.lastOpened ?? local.lastOpened;
  return lastOpened === undefined ? merged : { ...merged, lastOpened };
}

export interface CourseStatus {
  done: number;
  total: number;
  completed: boolean;
  /** The share of lessons done, 0 to 1, as SCORM 2004's progress_measure writes it. */
  measure: string;
}

/** How far the learner is in the course's `lessons`; lessons no longer in the course do not count. */
export function courseStatus(data: ProgressData, lessons: readonly string[]): CourseStatus {
  const done = lessons.filter((lesson) => own(data.done, lesson) !== undefined).length;
  const total = lessons.length;
  const share = total === 0 ? 0 : done / total;
  return { done, total, completed: total > 0 && done === total, measure: String(Math.round(share * 10_000) / 10_000) };
}

/** The SCORM 1.2 timespan (HHHH:MM:SS.SS) of `ms` milliseconds. */
export function timespan12(ms: number): string {
  const centiseconds = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centiseconds / 360_000));
  const minutes = Math.floor((centiseconds % 360_000) / 6000);
  const seconds = (centiseconds % 6000) / 100;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(hours)}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** The SCORM 2004 time interval (ISO 8601 duration, "PT1H2M3.45S") of `ms` milliseconds. */
export function duration2004(ms: number): string {
  const centiseconds = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6000);
  const seconds = (centiseconds % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}

/**
 * The location to report for the page at `page` in a package whose root is `root`: its path
 * below the root ("lektioner/x/"; "" for the start page), or undefined for a page that is not one
 * of the course's `pages` (a 404, a file) or a path too long for the version.
 */
export function locationOf(page: URL, root: URL, pages: readonly string[], limit: number): string | undefined {
  if (page.origin !== root.origin || !page.pathname.startsWith(root.pathname)) return undefined;
  const path = page.pathname.slice(root.pathname.length).replace(/index\.html$/, '');
  return pages.includes(path) && path.length <= limit ? path : undefined;
}

/** The page a relaunch opens: the stored location when it is one of the course's `pages`, else the start. */
export function launchPath(location: string, pages: readonly string[]): string {
  return pages.includes(location) ? location : '';
}
