import { describe, expect, it } from 'vitest';
import { DRAFTS_KEY, keepDrafts, takeDrafts } from '../../src/features/progress/drafts.store';
import { clearProgress } from '../../src/features/progress/progress.store';
import { codeState } from '../../src/utils/published-code';
import { memoryStorage } from '../support/memory-storage';

describe('drafts of answers typed before the code ran', () => {
  it('keeps what each leaving page typed, over what was kept before', () => {
    const { storage, data } = memoryStorage();
    keepDrafts(storage, [['uppdrag-5-argument-1-answer', 'Först']]);
    keepDrafts(storage, [
      ['uppdrag-5-argument-1-answer', 'Först och sist'],
      ['uppdrag-5-argument-2-answer', 'Andra'],
    ]);
    expect(JSON.parse(data.get(DRAFTS_KEY) ?? '')).toEqual({
      'uppdrag-5-argument-1-answer': 'Först och sist',
      'uppdrag-5-argument-2-answer': 'Andra',
    });
  });

  it('hands the drafts of the asked fields to their code once, and leaves the others', () => {
    const { storage, data } = memoryStorage();
    keepDrafts(storage, [
      ['a-answer', 'A'],
      ['b-answer', 'B'],
    ]);
    expect([...takeDrafts(storage, ['a-answer', 'c-answer'])]).toEqual([['a-answer', 'A']]);
    expect([...takeDrafts(storage, ['a-answer'])]).toEqual([]);
    expect([...takeDrafts(storage, ['b-answer'])]).toEqual([['b-answer', 'B']]);
    expect(data.has(DRAFTS_KEY)).toBe(false);
  });

  it('reads anything but its own shape as no drafts, and takes no key it did not make', () => {
    for (const stored of ['not json', '[]', 'null', '"text"']) {
      expect(takeDrafts(memoryStorage({ [DRAFTS_KEY]: stored }).storage, ['a-answer']).size).toBe(0);
    }
    const odd = memoryStorage({ [DRAFTS_KEY]: '{"__proto__":"x","Bad Id":"y","a-answer":3,"b-answer":"B"}' });
    expect([...takeDrafts(odd.storage, ['__proto__', 'Bad Id', 'a-answer', 'b-answer'])]).toEqual([['b-answer', 'B']]);
  });

  it('says so when storage refuses, and never throws', () => {
    expect(keepDrafts(memoryStorage({}, { fail: ['setItem'] }).storage, [['a-answer', 'A']])).toBe(false);
    expect(keepDrafts(undefined, [['a-answer', 'A']])).toBe(false);
    expect(takeDrafts(memoryStorage({}, { fail: ['getItem'] }).storage, ['a-answer']).size).toBe(0);
  });

  it('are removed with everything else by "Rensa allt"', () => {
    const { storage, data } = memoryStorage();
    keepDrafts(storage, [['a-answer', 'A']]);
    expect(clearProgress(storage)).toBe(true);
    expect(data.has(DRAFTS_KEY)).toBe(false);
  });
});

describe('the published version file', () => {
  const host = 'https://bibliotek.example';
  const versionUrl = `${host}/kurser/digidel/version.json`;
  const published = { scripts: ['/kurser/digidel/_astro/main.A1.js', '/kurser/digidel/_astro/fields.B2.js'] };

  it('tells a page whether its own script is still published', () => {
    expect(codeState(published, `${host}/kurser/digidel/_astro/main.A1.js`, versionUrl)).toBe('current');
    expect(codeState(published, `${host}/kurser/digidel/_astro/main.Z9.js`, versionUrl)).toBe('replaced');
  });

  it('reads the paths of an LMS package relative to the file itself', () => {
    const lms = `${host}/pluginfile.php/12/mod_scorm/content/3/`;
    const relative = { scripts: ['./_astro/main.A1.js'] };
    expect(codeState(relative, `${lms}_astro/main.A1.js`, `${lms}version.json`)).toBe('current');
    expect(codeState(relative, `${lms}_astro/main.Z9.js`, `${lms}version.json`)).toBe('replaced');
    expect(codeState(relative, `${host}/_astro/main.A1.js`, `${lms}version.json`)).toBe('replaced');
  });

  it('knows nothing from a file that is not a version file (the host’s HTML, junk)', () => {
    for (const file of [undefined, null, '<!doctype html>', { scripts: 'x' }, { files: [] }]) {
      expect(codeState(file, `${host}/kurser/digidel/_astro/main.A1.js`, versionUrl)).toBe('unknown');
    }
  });
});
