/**
 * The file a learner downloads to keep their progress and answers, and loads on another
 * device. A wrapper names the file's kind and version so that a wrong file (another site's
 * export, a photo, a damaged download) is refused before anything stored is changed.
 *
 *   { "kind": "digidel-kursframsteg", "fileVersion": 1, "course": "…", "exportedAt": "…",
 *     "progress": <ProgressData, see progress.store.ts> }
 */
import { isIsoTime } from '../../utils/iso-time';
import { isProgressData, PROGRESS_VERSION, type ProgressData } from './progress.store';

export const FILE_KIND = 'digidel-kursframsteg';
export const FILE_VERSION = 1;
/** Far above any real export (a lesson's answers are a few kilobytes); refuses runaway files early. */
export const MAX_FILE_BYTES = 2_000_000;

export type ImportError = 'too-large' | 'not-json' | 'wrong-kind' | 'newer' | 'damaged';

export type ImportResult = { ok: true; data: ProgressData; exportedAt: string } | { ok: false; error: ImportError };

export function exportProgress(data: ProgressData, course: string, now: Date): string {
  return `${JSON.stringify({ kind: FILE_KIND, fileVersion: FILE_VERSION, course, exportedAt: now.toISOString(), progress: data }, null, 2)}\n`;
}

/** A file name such as "kursframsteg-2026-11-24.json". */
export function exportFileName(now: Date): string {
  return `kursframsteg-${now.toISOString().slice(0, 10)}.json`;
}

export function parseProgressFile(text: string): ImportResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: 'too-large' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (typeof value !== 'object' || value === null || (value as Record<string, unknown>)['kind'] !== FILE_KIND) {
    return { ok: false, error: 'wrong-kind' };
  }
  const file = value as Record<string, unknown>;
  const progress = file['progress'] as Record<string, unknown> | undefined;
  const fileVersion = file['fileVersion'];
  if (typeof fileVersion === 'number' && fileVersion > FILE_VERSION) return { ok: false, error: 'newer' };
  if (typeof progress?.['version'] === 'number' && progress['version'] > PROGRESS_VERSION)
    return { ok: false, error: 'newer' };
  if (fileVersion !== FILE_VERSION || !isProgressData(progress) || !isIsoTime(file['exportedAt'])) {
    return { ok: false, error: 'damaged' };
  }
  return { ok: true, data: progress, exportedAt: file['exportedAt'] };
}
