import { describe, expect, it } from 'vitest';
import { createSlugger, lessonSlugFromPath, slugify, uniqueLessonIds } from '../../src/utils/slugs';

describe('slugify', () => {
  it.each([
    ['Så gjorde vi 📺 – DigidelCenter Rättvik', 'sa-gjorde-vi-digidelcenter-rattvik'],
    ['Agenda 2030 och de globala målen', 'agenda-2030-och-de-globala-malen'],
    ['Frivillig fördjupning', 'frivillig-fordjupning'],
    ['ÅÄÖ åäö é ü', 'aao-aao-e-u'],
    ['  --Uppdrag 5 – Koll på strategidokumenten--  ', 'uppdrag-5-koll-pa-strategidokumenten'],
    ['📺', ''],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('lessonSlugFromPath', () => {
  it.each([
    ['06-digidelcenter-och-samhallets-digitalisering.mdx', 'digidelcenter-och-samhallets-digitalisering'],
    ['lessons/12_Vår lektion.mdx', 'var-lektion'],
    ['forsta.mdx', 'forsta'],
    ['2030-mal.mdx', 'mal'],
  ])('%s → %s', (path, slug) => {
    expect(lessonSlugFromPath(path)).toBe(slug);
  });

  it('refuses a file name that gives no slug and names the file', () => {
    expect(() => lessonSlugFromPath('lessons/07-📺.mdx')).toThrow(/lessons\/07-📺\.mdx/);
  });
});

describe('createSlugger', () => {
  it('numbers repeated headings and names empty ones', () => {
    const slug = createSlugger();
    expect([slug('Så gjorde vi'), slug('Så gjorde vi'), slug('Så gjorde vi'), slug('📺')]).toEqual([
      'sa-gjorde-vi',
      'sa-gjorde-vi-2',
      'sa-gjorde-vi-3',
      'avsnitt',
    ]);
  });

  it('keeps no state between documents', () => {
    expect(createSlugger()('Text')).toBe(createSlugger()('Text'));
  });
});

describe('uniqueLessonIds', () => {
  it('names both files when two give the same URL, and lets a file be read again', () => {
    const id = uniqueLessonIds('content/lessons');
    expect(id('07-åsa.mdx', '')).toBe('asa');
    expect(id('07-åsa.mdx', '')).toBe('asa');
    expect(() => id('08-asa.mdx', '')).toThrow(
      'content/lessons/07-åsa.mdx and content/lessons/08-asa.mdx both give the lesson URL slug "asa"',
    );
  });
});
