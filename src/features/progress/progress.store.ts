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
 * was saved; an id that no longer exists is kept (and still exported) rather than dropped.
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

function isFieldAnswer(value: unknown): value is FieldAnswer {
  return (
    isObject(value) &&
    isString(value['label']) &&
    isString(value['answer']) &&
    isString(value['source']) &&
    (value['otherVersion'] === undefined || isString(value['otherVersion']))
  );
}

function isSavedAssignment(value: unknown): value is SavedAssignment {
  return (
    isObject(value) &&
    isString(value['title']) &&
    isString(value['lesson']) &&
    isIsoTime(value['savedAt']) &&
    isObject(value['fields']) &&
    Object.values(value['fields']).every(isFieldAnswer)
  );
}

/** True when `value` has exactly the version-1 shape. */
export function isProgressData(value: unknown): value is ProgressData {
  return (
    isObject(value) &&
    value['version'] === PROGRESS_VERSION &&
    isObject(value['done']) &&
    Object.values(value['done']).every(isIsoTime) &&
    (value['lastOpened'] === undefined || isString(value['lastOpened'])) &&
    isObject(value['answers']) &&
    Object.values(value['answers']).every(isSavedAssignment)
  );
}

/** The stored value in the current shape; `unreadable` or `newer` when it cannot be used as it is. */
export function parseProgress(raw: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { status: 'unreadable', data: emptyProgress() };
  }
  if (isProgressData(value)) return { status: 'ok', data: value };
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

/** Removes progress and answers; the set-aside unreadable value too, since the learner asked for everything. */
export function clearProgress(storage: KeyValueStorage | undefined): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(PROGRESS_KEY);
    storage.removeItem(UNREADABLE_KEY);
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

/** Drops the other tab's version of an answer once the learner has chosen. */
export function clearOtherVersion(data: ProgressData, assignment: string, field: string): ProgressData {
  const saved = data.answers[assignment];
  const answer = saved?.fields[field];
  if (!saved || !answer || answer.otherVersion === undefined) return data;
  const { otherVersion: _other, ...kept } = answer;
  return {
    ...data,
    answers: { ...data.answers, [assignment]: { ...saved, fields: { ...saved.fields, [field]: kept } } },
  };
}

/** Where one answer field goes, and what the page knows about it for the export and the answers page. */
export interface FieldTarget {
  assignment: string;
  title: string;
  lesson: string;
  field: string;
  label: string;
}

/**
 * Stores one answer. `seen` is the answer as this page last read it: when the stored answer
 * has changed since (another tab saved over it) and differs from the new one, neither is
 * dropped: the new answer is stored and the other tab's is kept as `otherVersion`, which the
 * page shows until the learner picks one. Without `seen` any `otherVersion` stays as it is.
 */
export function setAnswer(
  data: ProgressData,
  target: FieldTarget,
  value: Pick<FieldAnswer, 'answer' | 'source'>,
  now: Date,
  seen?: string,
): ProgressData {
  const previous = data.answers[target.assignment];
  const stored = previous?.fields[target.field];
  const changedElsewhere =
    seen !== undefined && stored !== undefined && stored.answer !== seen && stored.answer !== value.answer;
  const otherVersion = changedElsewhere ? stored.answer : stored?.otherVersion;
  return {
    ...data,
    answers: {
      ...data.answers,
      [target.assignment]: {
        title: target.title,
        lesson: target.lesson,
        savedAt: now.toISOString(),
        fields: {
          ...previous?.fields,
          [target.field]: { label: target.label, ...value, ...(otherVersion === undefined ? {} : { otherVersion }) },
        },
      },
    },
  };
}
