import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  exportProgress,
  parseProgressFile,
  MAX_FILE_BYTES,
} from '../../src/features/progress/progress-file';
import { emptyProgress, setAnswer, setLessonDone } from '../../src/features/progress/progress.store';

const now = new Date('2026-11-24T10:00:00Z');
const data = setAnswer(
  setLessonDone(emptyProgress(), 'digidelcenter', true, now),
  { assignment: 'uppdrag-5', title: 'Uppdrag 5', lesson: 'digidelcenter', field: 'argument-1', label: 'Argument 1' },
  { answer: 'Kommunens digitala agenda nämner digital delaktighet.', source: 'Digital agenda' },
  now,
);
const file = exportProgress(data, 'DigidelCenter på bibliotek', now);

describe('the progress file', () => {
  it('round-trips', () => {
    expect(parseProgressFile(file)).toEqual({ ok: true, data, exportedAt: now.toISOString() });
  });

  it('is named by date', () => {
    expect(exportFileName(now)).toBe('kursframsteg-2026-11-24.json');
  });

  const wrapper = JSON.parse(file) as Record<string, unknown>;
  it.each([
    ['not JSON', 'hej', 'not-json'],
    ['an image', '\u0089PNG\r\n', 'not-json'],
    ['JSON of another kind', JSON.stringify({ kind: 'annat', progress: data }), 'wrong-kind'],
    ['a bare array', '[]', 'wrong-kind'],
    ['the raw stored value', JSON.stringify(data), 'wrong-kind'],
    ['a damaged progress', JSON.stringify({ ...wrapper, progress: { ...data, done: 'alla' } }), 'damaged'],
    ['a missing version', JSON.stringify({ ...wrapper, fileVersion: undefined }), 'damaged'],
    ['a truncated download', file.slice(0, file.length / 2), 'not-json'],
    ['a newer file', JSON.stringify({ ...wrapper, fileVersion: 2 }), 'newer'],
    ['newer progress inside', JSON.stringify({ ...wrapper, progress: { ...data, version: 2 } }), 'newer'],
    ['a huge file', `${file}${' '.repeat(MAX_FILE_BYTES)}`, 'too-large'],
    ['an export time that is not a time', JSON.stringify({ ...wrapper, exportedAt: 'igår' }), 'damaged'],
    ['an impossible export day', JSON.stringify({ ...wrapper, exportedAt: '2026-02-30T10:00:00.000Z' }), 'damaged'],
    [
      'a done time that is not a time',
      JSON.stringify({ ...wrapper, progress: { ...data, done: { a: 'igår' } } }),
      'damaged',
    ],
  ])('refuses %s', (_, text, error) => {
    expect(parseProgressFile(text)).toEqual({ ok: false, error });
  });
});
