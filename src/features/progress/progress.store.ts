/**
 * The learner's progress and answers, kept in localStorage on their own device (no account).
 * Nothing is written until the learner acts: marks a lesson done or types an answer.
 *
 * Stored under `digidel:progress` as JSON, version 1:
 *   {
 *     "version": 1,
 *     "done": { "<lesson id>": "<ISO time marked done>" },
 *     "lastOpened": "<lesson id>",                      // optional; see setLastOpened()
 *     "answers": {
 *       "<assignment id>": {
 *         "title": "Uppdrag 5 – …", "lesson": "<lesson id>", "savedAt": "<ISO time>",
 *         "fields": { "<field id>": { "label": "Argument 1", "answer": "…", "source": "…",
 *                                     "otherVersion": "…" } }                 // optional, see setAnswer()
 *       }
 *     }
 *   }
 * Lesson, assignment and field ids are stable slugs, so renaming a lesson's text keeps what
 * was saved; an id that no longer exists is kept (and still exported) rather than dropped. Ids
 * are read with own() only: a lesson file may be called "constructor.mdx", and a plain object's
 * inherited members must never read as progress.
 *
 * Only this shape is ever kept: a stored value or a loaded file is rebuilt from the keys above
 * (normaliseProgress), so a key the site did not write is dropped, not stored for good.
 *
 * Never break, never lose:
 * - storage that is missing or throws reads as empty and every write reports `saved: false`;
 * - a value that cannot be read (corrupt JSON, an unknown older shape, a time that is not one) is moved to
 *   `digidel:progress:unreadable` before anything new is written, so it can still be recovered;
 * - a value from a newer version of the site is never overwritten: saving stays off;
 * - every write re-reads storage and changes only what the learner changed, so a second tab
 *   holding an older copy cannot overwrite answers typed elsewhere.
 */
// With its extension: Node runs this store directly in the screenshot script and test helpers.
import { DRAFTS_KEY } from './drafts.store';
import { CERTIFICATE_NAME_KEY } from '../certificate/certificate-key';
import { isIsoTime } from '../../utils/iso-time.ts';
import type { KeyValueStorage } from '../../utils/key-value-storage';

export const PROGRESS_KEY = 'digidel:progress';
export const UNREADABLE_KEY = 'digidel:progress:unreadable';
export const PROGRESS_VERSION = 1;

export interface FieldAnswer {
  label: string;
  answer: string;
  source: string;
  /** The answer another tab saved while this one was being edited; kept until the learner chooses. */
  otherVersion?: string;
}

export interface SavedAssignment {
  title: string;
  lesson: string;
  savedAt: string;
  fields: Record<string, FieldAnswer>;
}

export interface ProgressData {
  version: typeof PROGRESS_VERSION;
  done: Record<string, string>;
  lastOpened?: string;
  answers: Record<string, SavedAssignment>;
}

/** How the stored value read: the states the page tells the learner about. */
export type ReadStatus = 'empty' | 'ok' | 'unavailable' | 'unreadable' | 'newer';

export interface ReadResult {
  status: ReadStatus;
  data: ProgressData;
}

export type WriteResult =
  { saved: true; data: ProgressData } | { saved: false; reason: 'unavailable' | 'newer' | 'full' };

export function emptyProgress(): ProgressData {
  return { version: PROGRESS_VERSION, done: {}, answers: {} };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isString = (value: unknown): value is string => typeof value === 'string';

/** A record's own value for `key`, never a member inherited from Object.prototype. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets `key` as an ordinary own entry of `record`, even "__proto__", which plain assignment would not. */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** When `lesson` was marked done, or undefined. */
export const doneTime = (data: ProgressData, lesson: string) => own(data.done, lesson);

/** The saved answers of assignment `id`, or undefined. */
export const savedAssignment = (data: ProgressData, id: string) => own(data.answers, id);

/** Each own entry of `value` rebuilt by `entry`; undefined when `value` is no record or an entry does not fit. */
function recordOf<T>(value: unknown, entry: (item: unknown) => T | undefined): Record<string, T> | undefined {
  if (!isObject(value)) return undefined;
  const result: Record<string, T> = {};
  for (const [key, item] of Object.entries(value)) {
    const rebuilt = entry(item);
    if (rebuilt === undefined) return undefined;
    setOwn(result, key, rebuilt);
  }
  return result;
}

function fieldAnswer(value: unknown): FieldAnswer | undefined {
  if (!isObject(value)) return undefined;
  const { label, answer, source, otherVersion } = value;
  if (!isString(label) || !isString(answer) || !isString(source)) return undefined;
  if (otherVersion !== undefined && !isString(otherVersion)) return undefined;
  return { label, answer, source, ...(otherVersion === undefined ? {} : { otherVersion }) };
}

function savedAssignmentOf(value: unknown): SavedAssignment | undefined {
  if (!isObject(value)) return undefined;
  const { title, lesson, savedAt } = value;
  const fields = recordOf(value['fields'], fieldAnswer);
  if (!isString(title) || !isString(lesson) || !isIsoTime(savedAt) || !fields) return undefined;
  return { title, lesson, savedAt, fields };
}

/**
 * `value` rebuilt in the version-1 shape from its known keys alone (anything else is dropped), or
 * undefined when a known key does not have its type.
 */
export function normaliseProgress(value: unknown): ProgressData | undefined {
  if (!isObject(value) || value['version'] !== PROGRESS_VERSION) return undefined;
  const done = recordOf(value['done'], (time) => (isIsoTime(time) ? time : undefined));
  const answers = recordOf(value['answers'], savedAssignmentOf);
  const lastOpened = value['lastOpened'];
  if (!done || !answers || (lastOpened !== undefined && !isString(lastOpened))) return undefined;
  return { version: PROGRESS_VERSION, done, ...(lastOpened === undefined ? {} : { lastOpened }), answers };
}

/** The stored value in the current shape; `unreadable` or `newer` when it cannot be used as it is. */
export function parseProgress(raw: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { status: 'unreadable', data: emptyProgress() };
  }
  const data = normaliseProgress(value);
  if (data) return { status: 'ok', data };
  if (isObject(value) && typeof value['version'] === 'number' && value['version'] > PROGRESS_VERSION) {
    return { status: 'newer', data: emptyProgress() };
  }
  // Version 1 is the first shape; a future version 2 migrates version-1 values here.
  return { status: 'unreadable', data: emptyProgress() };
}

export function readProgress(storage: KeyValueStorage | undefined): ReadResult {
  if (!storage) return { status: 'unavailable', data: emptyProgress() };
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { status: 'unavailable', data: emptyProgress() };
  }
  return raw === null ? { status: 'empty', data: emptyProgress() } : parseProgress(raw);
}

/** True once the learner has saved anything: only then is "last opened" recorded. */
export function hasStarted(data: ProgressData): boolean {
  return Object.keys(data.done).length > 0 || Object.keys(data.answers).length > 0;
}

/**
 * Applies `change` to what is stored now and writes the result. An unreadable value is
 * first moved aside (never deleted); a newer one is left alone and nothing is written.
 */
export function updateProgress(
  storage: KeyValueStorage | undefined,
  change: (data: ProgressData) => ProgressData,
): WriteResult {
  const current = readProgress(storage);
  if (!storage || current.status === 'unavailable') return { saved: false, reason: 'unavailable' };
  if (current.status === 'newer') return { saved: false, reason: 'newer' };
  try {
    if (current.status === 'unreadable') {
      const raw = storage.getItem(PROGRESS_KEY);
      if (raw !== null) storage.setItem(UNREADABLE_KEY, raw);
    }
    const data = change(structuredClone(current.data));
    storage.setItem(PROGRESS_KEY, JSON.stringify(data));
    return { saved: true, data };
  } catch (error) {
    const full = error instanceof DOMException && error.name === 'QuotaExceededError';
    return { saved: false, reason: full ? 'full' : 'unavailable' };
  }
}

/** Replaces everything with `data` (loading a file); same safeguards as updateProgress. */
export function replaceProgress(storage: KeyValueStorage | undefined, data: ProgressData): WriteResult {
  return updateProgress(storage, () => data);
}

/**
 * Removes progress and answers; the set-aside unreadable value and the certificate's remembered
 * name too, since the learner asked for everything.
 */
export function clearProgress(storage: KeyValueStorage | undefined): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(PROGRESS_KEY);
    storage.removeItem(UNREADABLE_KEY);
    storage.removeItem(DRAFTS_KEY);
    storage.removeItem(CERTIFICATE_NAME_KEY);
    return true;
  } catch {
    return false;
  }
}

export function setLessonDone(data: ProgressData, lesson: string, done: boolean, now: Date): ProgressData {
  const { [lesson]: _previous, ...others } = data.done;
  return { ...data, done: done ? { ...others, [lesson]: now.toISOString() } : others };
}

export function setLastOpened(data: ProgressData, lesson: string): ProgressData {
  return { ...data, lastOpened: lesson };
}
