import { describe, expect, it } from 'vitest';
import {
  PROGRESS_KEY,
  UNREADABLE_KEY,
  clearProgress,
  doneTime,
  normaliseProgress,
  parseProgress,
  emptyProgress,
  hasStarted,
  readProgress,
  replaceProgress,
  setLastOpened,
  setLessonDone,
  updateProgress,
  type ProgressData,
} from '../../src/features/progress/progress.store';
import { clearOtherVersion, setAnswer, type FieldTarget } from '../../src/features/progress/answers.store';
import { countDone, resumeLesson } from '../../src/features/progress/progress-resume';
import { memoryStorage } from '../support/memory-storage';

const now = new Date('2026-11-24T10:00:00Z');
const target = (field: string): FieldTarget => ({
  assignment: 'uppdrag-5',
  title: 'Uppdrag 5 – Koll på strategidokumenten',
  lesson: 'digidelcenter',
  field,
  label: `Argument ${field}`,
});
const stored = (data: ProgressData) => ({ [PROGRESS_KEY]: JSON.stringify(data) });
const withDone = setLessonDone(emptyProgress(), 'digidelcenter', true, now);

describe('readProgress', () => {
  it.each([
    ['nothing stored', {}, 'empty'],
    ['a valid value', stored(withDone), 'ok'],
    ['corrupt JSON', { [PROGRESS_KEY]: '{"version":1,' }, 'unreadable'],
    ['an unknown older shape', { [PROGRESS_KEY]: JSON.stringify({ lessons: ['a'] }) }, 'unreadable'],
    ['version 0', { [PROGRESS_KEY]: JSON.stringify({ ...withDone, version: 0 }) }, 'unreadable'],
    ['a damaged field', { [PROGRESS_KEY]: JSON.stringify({ ...withDone, done: { a: 5 } }) }, 'unreadable'],
    [
      'a done time that is not a time',
      { [PROGRESS_KEY]: JSON.stringify({ ...withDone, done: { a: 'igår' } }) },
      'unreadable',
    ],
    [
      'an impossible done day',
      { [PROGRESS_KEY]: JSON.stringify({ ...withDone, done: { a: '2026-02-30T10:00:00.000Z' } }) },
      'unreadable',
    ],
    ['a newer version', { [PROGRESS_KEY]: JSON.stringify({ version: 2, anything: true }) }, 'newer'],
  ])('%s → %s', (_, initial, status) => {
    expect(readProgress(memoryStorage(initial).storage).status).toBe(status);
  });

  it('returns the stored data', () => {
    expect(readProgress(memoryStorage(stored(withDone)).storage).data).toEqual(withDone);
  });

  it('reads missing or throwing storage as unavailable and empty', () => {
    expect(readProgress(undefined)).toEqual({ status: 'unavailable', data: emptyProgress() });
    expect(readProgress(memoryStorage(stored(withDone), { fail: ['getItem'] }).storage).status).toBe('unavailable');
  });
});

describe('updateProgress', () => {
  it('writes nothing until called, then the versioned shape', () => {
    const { storage, data } = memoryStorage();
    readProgress(storage);
    expect(data.size).toBe(0);
    const result = updateProgress(storage, (p) => setLessonDone(p, 'digidelcenter', true, now));
    expect(result.saved).toBe(true);
    expect(JSON.parse(data.get(PROGRESS_KEY) ?? '')).toEqual({
      version: 1,
      done: { digidelcenter: now.toISOString() },
      answers: {},
    });
  });

  it('moves an unreadable value aside before writing, so nothing is lost', () => {
    const { storage, data } = memoryStorage({ [PROGRESS_KEY]: 'not json at all' });
    expect(updateProgress(storage, (p) => setLessonDone(p, 'a', true, now)).saved).toBe(true);
    expect(data.get(UNREADABLE_KEY)).toBe('not json at all');
    expect(readProgress(storage).data.done).toHaveProperty('a');
  });

  it('never overwrites a value from a newer version of the site', () => {
    const newer = JSON.stringify({ version: 2, keep: 'me' });
    const { storage, data } = memoryStorage({ [PROGRESS_KEY]: newer });
    expect(updateProgress(storage, (p) => setLessonDone(p, 'a', true, now))).toEqual({ saved: false, reason: 'newer' });
    expect(data.get(PROGRESS_KEY)).toBe(newer);
  });

  it('reports a full storage (quota) without throwing and leaves the old value', () => {
    const { storage, data } = memoryStorage(stored(withDone), { quota: true });
    expect(updateProgress(storage, (p) => setLessonDone(p, 'b', true, now))).toEqual({ saved: false, reason: 'full' });
    expect(data.get(PROGRESS_KEY)).toBe(JSON.stringify(withDone));
  });

  it('reports disabled storage', () => {
    expect(updateProgress(undefined, (p) => p)).toEqual({ saved: false, reason: 'unavailable' });
    const throwing = memoryStorage({}, { fail: ['getItem', 'setItem'] }).storage;
    expect(updateProgress(throwing, (p) => p)).toEqual({ saved: false, reason: 'unavailable' });
  });

  it('two writers with stale copies do not overwrite each other', () => {
    const { storage } = memoryStorage();
    // Two tabs opened the page at the same time; each writes only the field its learner typed in.
    updateProgress(storage, (p) => setAnswer(p, target('1'), { answer: 'första', source: '' }, now));
    updateProgress(storage, (p) => setAnswer(p, target('2'), { answer: 'andra', source: 'IT-strategi' }, now));
    updateProgress(storage, (p) => setLessonDone(p, 'digidelcenter', true, now));
    const { fields } = readProgress(storage).data.answers['uppdrag-5'] ?? { fields: {} };
    expect(fields).toEqual({
      '1': { label: 'Argument 1', answer: 'första', source: '' },
      '2': { label: 'Argument 2', answer: 'andra', source: 'IT-strategi' },
    });
    expect(readProgress(storage).data.done).toHaveProperty('digidelcenter');
  });
});

describe('replaceProgress and clearProgress', () => {
  it('replace puts the given data in place', () => {
    const { storage } = memoryStorage(stored(withDone));
    const other = setLessonDone(emptyProgress(), 'annan', true, now);
    expect(replaceProgress(storage, other).saved).toBe(true);
    expect(readProgress(storage).data).toEqual(other);
  });

  it('clear removes progress, answers and a set-aside value, and nothing else', () => {
    const { storage, data } = memoryStorage({
      ...stored(withDone),
      [UNREADABLE_KEY]: 'x',
      'digidel:film-consent': 'kept',
    });
    expect(clearProgress(storage)).toBe(true);
    expect([...data.keys()]).toEqual(['digidel:film-consent']);
    expect(clearProgress(memoryStorage({}, { fail: ['removeItem'] }).storage)).toBe(false);
  });
});

describe('changes', () => {
  it('marking done and undoing', () => {
    const undone = setLessonDone(withDone, 'digidelcenter', false, now);
    expect(undone.done).toEqual({});
    expect(withDone.done).toEqual({ digidelcenter: now.toISOString() });
  });

  it('an answer keeps the assignment title and lesson for the answers page', () => {
    const data = setAnswer(emptyProgress(), target('1'), { answer: 'svar', source: 'källa' }, now);
    expect(data.answers['uppdrag-5']).toMatchObject({
      title: 'Uppdrag 5 – Koll på strategidokumenten',
      lesson: 'digidelcenter',
      savedAt: now.toISOString(),
    });
  });

  it('hasStarted: only after a lesson is done or an answer typed', () => {
    expect(hasStarted(emptyProgress())).toBe(false);
    expect(hasStarted(setLastOpened(emptyProgress(), 'a'))).toBe(false);
    expect(hasStarted(withDone)).toBe(true);
    expect(hasStarted(setAnswer(emptyProgress(), target('1'), { answer: '', source: '' }, now))).toBe(true);
  });
});

describe('resumeLesson and countDone', () => {
  const course = ['ett', 'tva', 'tre'];
  const done = (...lessons: string[]) =>
    lessons.reduce((data, lesson) => setLessonDone(data, lesson, true, now), emptyProgress());

  it.each([
    ['not started', emptyProgress(), undefined],
    ['first done', done('ett'), 'tva'],
    ['a gap', done('ett', 'tre'), 'tva'],
    ['all done', done('ett', 'tva', 'tre'), undefined],
    ['last opened not done', setLastOpened(done('ett'), 'tre'), 'tre'],
    ['last opened but done', setLastOpened(done('ett', 'tre'), 'tre'), 'tva'],
    ['last opened no longer in the course', setLastOpened(done('ett'), 'borttagen'), 'tva'],
  ])('%s → %s', (_, data, lesson) => {
    expect(resumeLesson(course, data)).toBe(lesson);
  });

  it('counts only lessons that are in the course', () => {
    expect(countDone(course, done('ett', 'borttagen'))).toBe(1);
  });
});

describe('two tabs on one answer', () => {
  const tabA = setAnswer(emptyProgress(), target('1'), { answer: 'Ett långt svar från flik A.', source: '' }, now);

  it('keeps both when a tab saves over an answer it had not seen', () => {
    // Tab B still showed the empty answer it had read before tab A saved.
    const tabB = setAnswer(tabA, target('1'), { answer: 'B', source: '' }, now, '');
    expect(tabB.answers['uppdrag-5']?.fields['1']).toMatchObject({
      answer: 'B',
      otherVersion: 'Ett långt svar från flik A.',
    });
  });

  it('keeps nothing extra when the tab had seen the stored answer, or saves the same text', () => {
    const followed = setAnswer(
      tabA,
      target('1'),
      { answer: 'Ett längre svar.', source: '' },
      now,
      'Ett långt svar från flik A.',
    );
    expect(followed.answers['uppdrag-5']?.fields['1']?.otherVersion).toBeUndefined();
    const same = setAnswer(tabA, target('1'), { answer: 'Ett långt svar från flik A.', source: '' }, now, '');
    expect(same.answers['uppdrag-5']?.fields['1']?.otherVersion).toBeUndefined();
  });

  it('drops the other version once the learner has chosen', () => {
    const both = setAnswer(tabA, target('1'), { answer: 'B', source: '' }, now, '');
    const chosen = clearOtherVersion(both, 'uppdrag-5', '1');
    expect(chosen.answers['uppdrag-5']?.fields['1']).toEqual({ label: 'Argument 1', answer: 'B', source: '' });
    expect(readProgress(memoryStorage(stored(both)).storage).status).toBe('ok');
  });
});

describe('lesson ids that are names of object members', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__'])('%s is a lesson like any other', (id) => {
    const data = emptyProgress();
    expect(doneTime(data, id)).toBeUndefined();
    expect(countDone([id], data)).toBe(0);
    const done = setLessonDone(data, id, true, new Date('2026-11-24T10:00:00Z'));
    expect(doneTime(done, id)).toBe('2026-11-24T10:00:00.000Z');
    expect(countDone([id], done)).toBe(1);
    const read = parseProgress(JSON.stringify(done));
    expect(read.status).toBe('ok');
    expect(doneTime(read.data, id)).toBe('2026-11-24T10:00:00.000Z');
    expect(Object.getPrototypeOf(read.data.done)).toBe(Object.prototype);
  });

  it('sends a learner who has started to a lesson called constructor', () => {
    const started = setLessonDone(emptyProgress(), 'forsta', true, new Date('2026-11-24T10:00:00Z'));
    expect(resumeLesson(['forsta', 'constructor'], started)).toBe('constructor');
  });
});

describe('what is stored is rebuilt from the known keys', () => {
  it('drops keys the site did not write, so the next save does not keep them', () => {
    const stored = { version: 1, done: {}, answers: {}, junk: 'x'.repeat(1000) };
    const read = parseProgress(JSON.stringify(stored));
    expect(read).toEqual({ status: 'ok', data: emptyProgress() });
    expect(normaliseProgress({ ...emptyProgress(), lastOpened: 5 })).toBeUndefined();
  });
});
