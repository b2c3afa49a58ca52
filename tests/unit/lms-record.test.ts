/** What the course keeps in an LMS (src/features/lms/lms-record.ts) and how a browser hands it between learners (learner-storage.ts). */
import { describe, expect, it } from 'vitest';
import {
  SUSPEND_DATA_LIMIT,
  courseStatus,
  decodeRecord,
  duration2004,
  encodeRecord,
  launchPath,
  locationOf,
  mergeProgress,
  timespan12,
} from '../../src/features/lms/lms-record';
import {
  LMS_LEARNER_KEY,
  LMS_SET_ASIDE_PREFIX,
  learnerFingerprint,
  takeOverStorage,
} from '../../src/features/lms/learner-storage';
import { PROGRESS_KEY, emptyProgress, type ProgressData } from '../../src/features/progress/progress.store';
import { memoryStorage } from '../support/memory-storage';

const NOW = new Date('2026-12-01T10:00:00.000Z');

function progress(answer = 'Biblioteket finns med i kommunens digitala agenda.'): ProgressData {
  return {
    version: 1,
    done: { 'lektion-sex': '2026-11-30T09:00:00.000Z' },
    lastOpened: 'lektion-sex',
    answers: {
      'uppdrag-5': {
        title: 'Uppdrag 5',
        lesson: 'lektion-sex',
        savedAt: '2026-11-30T09:05:00.000Z',
        fields: { 'argument-1': { label: 'Argument 1', answer, source: 'Digital agenda' } },
      },
    },
  };
}

describe('suspend_data', () => {
  it('holds progress and answers whole when they fit, and reads back to the same', () => {
    const record = encodeRecord(progress(), 'Kursen', NOW, SUSPEND_DATA_LIMIT['1.2']);
    expect(record.answersLeftOut).toBe(false);
    expect(decodeRecord(record.text)).toEqual({ data: progress(), answersLeftOut: false });
  });

  it('keeps what is done but leaves the answers out, whole, when they pass the limit', () => {
    const long = progress('Å'.repeat(SUSPEND_DATA_LIMIT['1.2']));
    const record = encodeRecord(long, 'Kursen', NOW, SUSPEND_DATA_LIMIT['1.2']);
    expect(record.answersLeftOut).toBe(true);
    expect(record.text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT['1.2']);
    const decoded = decodeRecord(record.text);
    expect(decoded?.answersLeftOut).toBe(true);
    expect(decoded?.data.done).toEqual(long.done);
    expect(decoded?.data.answers).toEqual({});
    // SCORM 2004 keeps the same answers.
    expect(encodeRecord(long, 'Kursen', NOW, SUSPEND_DATA_LIMIT['2004']).answersLeftOut).toBe(false);
  });

  it('reads nothing from an empty value, another tool’s data or a damaged record', () => {
    const whole = encodeRecord(progress(), 'Kursen', NOW, 4096).text;
    for (const text of ['', '   ', 'viewed=1,2,3|lastviewedslide=3', '{"kind":"annat"}', whole.slice(0, -10)]) {
      expect(decodeRecord(text)).toBeUndefined();
    }
  });
});

describe('merging the browser’s progress with the LMS’s', () => {
  it('keeps every lesson done, from its first time, and the later of two copies of an answer', () => {
    const local = progress('Skrivet här, senare.');
    local.answers['uppdrag-5']!.savedAt = '2026-11-30T12:00:00.000Z';
    const remote: ProgressData = {
      ...progress('Skrivet på en annan dator.'),
      done: { 'lektion-sex': '2026-11-29T08:00:00.000Z', 'lektion-sju': '2026-11-30T08:00:00.000Z' },
      lastOpened: 'lektion-sju',
    };
    const merged = mergeProgress(local, remote);
    expect(merged.done).toEqual({
      'lektion-sex': '2026-11-29T08:00:00.000Z',
      'lektion-sju': '2026-11-30T08:00:00.000Z',
    });
    expect(merged.answers['uppdrag-5']?.fields['argument-1']?.answer).toBe('Skrivet här, senare.');
    expect(merged.lastOpened).toBe('lektion-sju');
    expect(mergeProgress(emptyProgress(), remote).answers['uppdrag-5']?.fields['argument-1']?.answer).toBe(
      'Skrivet på en annan dator.',
    );
  });

  it('keeps an id such as "__proto__" an ordinary entry', () => {
    const remote = JSON.parse(
      '{"version":1,"done":{"__proto__":"2026-11-30T08:00:00.000Z"},"answers":{}}',
    ) as ProgressData;
    const merged = mergeProgress(emptyProgress(), remote);
    expect(Object.keys(merged.done)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(merged.done)).toBe(Object.prototype);
  });
});

describe('course status', () => {
  it('is complete when every lesson of the course is done, and counts no lesson the course no longer has', () => {
    const data = { ...emptyProgress(), done: { a: '2026-11-30T08:00:00.000Z', borttagen: '2026-11-30T08:00:00.000Z' } };
    expect(courseStatus(data, ['a', 'b', 'c'])).toEqual({ done: 1, total: 3, completed: false, measure: '0.3333' });
    expect(courseStatus(data, ['a'])).toEqual({ done: 1, total: 1, completed: true, measure: '1' });
    expect(courseStatus(emptyProgress(), [])).toMatchObject({ completed: false, measure: '0' });
  });
});

describe('session time', () => {
  it('in SCORM 1.2’s HHHH:MM:SS.SS and SCORM 2004’s ISO 8601 duration', () => {
    expect(timespan12(0)).toBe('00:00:00.00');
    expect(timespan12(3_723_456)).toBe('01:02:03.46');
    expect(timespan12(200 * 3_600_000)).toBe('200:00:00.00');
    expect(duration2004(0)).toBe('PT0S');
    expect(duration2004(3_723_456)).toBe('PT1H2M3.46S');
    expect(duration2004(59_000)).toBe('PT59S');
  });
});

describe('the location', () => {
  const root = new URL('https://lms.example/pluginfile.php/12/mod_scorm/content/3/');
  const pages = ['', 'om-kursen/', 'lektioner/lektion-sex/'];

  it('is a page of the course, by its path below the package root', () => {
    expect(locationOf(new URL('lektioner/lektion-sex/', root), root, pages, 255)).toBe('lektioner/lektion-sex/');
    expect(locationOf(new URL('lektioner/lektion-sex/index.html#uppdrag', root), root, pages, 255)).toBe(
      'lektioner/lektion-sex/',
    );
    expect(locationOf(root, root, pages, 255)).toBe('');
  });

  it('is nothing for another page, another package or a path too long for the version', () => {
    expect(locationOf(new URL('lms/', root), root, pages, 255)).toBeUndefined();
    expect(locationOf(new URL('../4/om-kursen/', root), root, pages, 255)).toBeUndefined();
    expect(locationOf(new URL('https://annan.example/om-kursen/'), root, pages, 255)).toBeUndefined();
    expect(locationOf(new URL('lektioner/lektion-sex/', root), root, pages, 5)).toBeUndefined();
  });

  it('opens a relaunch there, and at the start for anything else', () => {
    expect(launchPath('om-kursen/', pages)).toBe('om-kursen/');
    expect(launchPath('', pages)).toBe('');
    for (const location of ['../../admin/', 'https://annan.example/', 'slide_4', 'javascript:alert(1)']) {
      expect(launchPath(location, pages)).toBe('');
    }
  });
});

describe('one browser, several LMS learners', () => {
  const stored = (data: ProgressData) => JSON.stringify(data);

  it('sets the last learner’s progress aside, and gives it back to them', () => {
    const anna = learnerFingerprint('anna');
    const bo = learnerFingerprint('bo');
    expect(anna).not.toBe(bo);
    expect(anna).toMatch(/^[0-9a-f]{8}$/);
    const { storage, data } = memoryStorage({ [LMS_LEARNER_KEY]: anna, [PROGRESS_KEY]: stored(progress('Annas.')) });

    expect(takeOverStorage(storage, bo, undefined)).toEqual(emptyProgress());
    expect(data.get(PROGRESS_KEY)).toBeUndefined();
    expect(data.get(LMS_LEARNER_KEY)).toBe(bo);
    expect(JSON.parse(data.get(LMS_SET_ASIDE_PREFIX + anna) ?? '')).toEqual(progress('Annas.'));

    expect(takeOverStorage(storage, anna, undefined)?.answers['uppdrag-5']?.fields['argument-1']?.answer).toBe(
      'Annas.',
    );
    expect(data.has(LMS_SET_ASIDE_PREFIX + anna)).toBe(false);
    expect(data.get(LMS_LEARNER_KEY)).toBe(anna);
  });

  it('merges the LMS’s record into the same learner’s progress and stores it', () => {
    const anna = learnerFingerprint('anna');
    const { storage, data } = memoryStorage({ [LMS_LEARNER_KEY]: anna, [PROGRESS_KEY]: stored(emptyProgress()) });
    const merged = takeOverStorage(storage, anna, progress());
    expect(merged).toEqual(progress());
    expect(JSON.parse(data.get(PROGRESS_KEY) ?? '')).toEqual(progress());
  });

  it('leaves the LMS’s record alone when the browser’s storage cannot be used', () => {
    const { storage } = memoryStorage({}, { fail: ['getItem', 'setItem'] });
    expect(takeOverStorage(storage, 'x', progress())).toBeUndefined();
    expect(takeOverStorage(undefined, 'x', progress())).toBeUndefined();
  });
});
