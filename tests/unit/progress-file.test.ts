import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  exportProgress,
  parseProgressFile,
  MAX_FILE_CHARS,
} from '../../src/features/progress/progress-file';
import { setAnswer } from '../../src/features/progress/answers.store';
import { emptyProgress, setLessonDone } from '../../src/features/progress/progress.store';

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
    ['a huge file', `${file}${' '.repeat(MAX_FILE_CHARS)}`, 'too-large'],
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

describe('the progress file is strict and symmetric', () => {
  const withSecondAnswer = (answer: string) =>
    setAnswer(
      data,
      {
        assignment: 'uppdrag-5',
        title: 'Uppdrag 5',
        lesson: 'digidelcenter',
        field: 'argument-2',
        label: 'Argument 2',
      },
      { answer, source: '' },
      now,
    );
  const wrapper = JSON.parse(file) as Record<string, unknown>;

  it('refuses nesting deeper than its own before parsing it (40 kB, 20,000 levels)', () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const text = JSON.stringify({ ...wrapper, extra: 'DEEP' }).replace('"DEEP"', deep);
    expect(parseProgressFile(text)).toEqual({ ok: false, error: 'damaged' });
  });

  it('keeps only the keys it knows, at every level', () => {
    const [assignment] = Object.values(data.answers);
    const field = assignment?.fields['argument-1'];
    const junk = 'x'.repeat(1_900_000);
    const text = JSON.stringify({
      ...wrapper,
      junk,
      progress: {
        ...data,
        junk,
        answers: { 'uppdrag-5': { ...assignment, junk, fields: { 'argument-1': { ...field, junk } } } },
      },
    });
    const result = parseProgressFile(text);
    expect(result).toEqual({ ok: true, data, exportedAt: now.toISOString() });
    expect(JSON.stringify(result)).not.toContain('junk');
  });

  it('writes nothing it would refuse: an export of a store as full as a browser allows loads back', () => {
    const full = withSecondAnswer('å'.repeat(5_000_000));
    const exported = exportProgress(full, 'DigidelCenter på bibliotek', now);
    expect(exported.length).toBeLessThanOrEqual(MAX_FILE_CHARS);
    expect(parseProgressFile(exported)).toEqual({ ok: true, data: full, exportedAt: now.toISOString() });
  });

  it('writes a file past the limit on one line, and still loads it back', () => {
    const long = withSecondAnswer('a');
    const many = {
      ...long,
      done: Object.fromEntries(Array.from({ length: 280_000 }, (_, i) => [`l${i}`, now.toISOString()])),
    };
    const exported = exportProgress(many, 'Kurs', now);
    expect(exported.trimEnd()).not.toContain('\n');
    expect(exported.length).toBeLessThanOrEqual(MAX_FILE_CHARS);
    expect(parseProgressFile(exported)).toMatchObject({ ok: true, data: many });
  });
});
