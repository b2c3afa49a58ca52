/**
 * The file a learner downloads to keep their progress and answers, and loads on another
 * device. A wrapper names the file's kind and version so that a wrong file (another site's
 * export, a photo, a damaged download) is refused before anything stored is changed.
 *
 *   { "kind": "digidel-kursframsteg", "fileVersion": 1, "course": "…", "exportedAt": "…",
 *     "progress": <ProgressData, see progress.store.ts> }
 */
import { isIsoTime } from '../../utils/iso-time';
import { normaliseProgress, PROGRESS_VERSION, type ProgressData } from './progress.store';

export const FILE_KIND = 'digidel-kursframsteg';
export const FILE_VERSION = 1;
/**
 * The longest file this site writes or reads, in characters: the same limit both ways, so every
 * export loads back. It is above anything a browser's localStorage holds (about 5 MB) even
 * pretty-printed, and refuses runaway files before they are parsed.
 */
export const MAX_FILE_CHARS = 12_000_000;
/** Nesting deeper than the format's own (file, progress, answers, assignment, fields, field: 6) is refused before parsing. */
export const MAX_DEPTH = 8;

export type ImportError = 'too-large' | 'not-json' | 'wrong-kind' | 'newer' | 'damaged';

export type ImportResult = { ok: true; data: ProgressData; exportedAt: string } | { ok: false; error: ImportError };

/** The file's wrapper around `data`, as an object. */
export function progressFile(data: ProgressData, course: string, now: Date) {
  return { kind: FILE_KIND, fileVersion: FILE_VERSION, course, exportedAt: now.toISOString(), progress: data };
}

/** The file's text: indented for a person to read, or on one line when that would pass MAX_FILE_CHARS. */
export function exportProgress(data: ProgressData, course: string, now: Date): string {
  const file = progressFile(data, course, now);
  const readable = `${JSON.stringify(file, null, 2)}\n`;
  return readable.length <= MAX_FILE_CHARS ? readable : `${JSON.stringify(file)}\n`;
}

/** A file name such as "kursframsteg-2026-11-24.json". */
export function exportFileName(now: Date): string {
  return `kursframsteg-${now.toISOString().slice(0, 10)}.json`;
}

/** True when JSON `text` nests arrays and objects deeper than `limit` (strings are skipped), counted without parsing. */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      depth++;
      if (depth > limit) return true;
    } else if (char === '}' || char === ']') depth--;
  }
  return false;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A loaded file's progress, checked and rebuilt from the format's own keys: nothing else is ever stored. */
export function parseProgressFile(text: string): ImportResult {
  if (text.length > MAX_FILE_CHARS) return { ok: false, error: 'too-large' };
  if (nestsDeeperThan(text, MAX_DEPTH)) return { ok: false, error: 'damaged' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isRecord(value) || value['kind'] !== FILE_KIND) return { ok: false, error: 'wrong-kind' };
  const { fileVersion, progress, exportedAt } = value;
  if (typeof fileVersion === 'number' && fileVersion > FILE_VERSION) return { ok: false, error: 'newer' };
  if (isRecord(progress) && typeof progress['version'] === 'number' && progress['version'] > PROGRESS_VERSION) {
    return { ok: false, error: 'newer' };
  }
  const data = normaliseProgress(progress);
  if (fileVersion !== FILE_VERSION || !data || !isIsoTime(exportedAt)) return { ok: false, error: 'damaged' };
  return { ok: true, data, exportedAt };
}
