import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isHashedFile,
  isOfflineFileList,
  isPageAddress,
  savedAddress,
  savingProgress,
  type OfflineFileList,
} from '../../src/features/offline/offline-files';
import { OFFLINE_KEY, forgetSavedAt, readSavedAt, writeSavedAt } from '../../src/features/offline/offline.store';
import { byteSize } from '../../src/i18n/sizes';
import { THEME, maskableSvg } from '../../src/site/app-manifest';
import { memoryStorage } from '../support/memory-storage';

const list: OfflineFileList = {
  files: 3,
  bytes: 3500,
  entries: [
    { url: 'index.html', size: 1000 },
    { url: '_astro/a.Bx1.js', size: 500 },
    { url: 'pagefind/wasm.sv.pagefind', size: 2000 },
  ],
};
const worker = 'https://bibliotek.example/kurser/digidel/sw.js';

describe('saving progress', () => {
  it('counts the files already cached, with or without a revision parameter', () => {
    expect(
      savingProgress(list, worker, [
        'https://bibliotek.example/kurser/digidel/index.html?__WB_REVISION__=abc',
        'https://bibliotek.example/kurser/digidel/_astro/a.Bx1.js',
      ]),
    ).toEqual({ files: 2, bytes: 1500, totalFiles: 3, totalBytes: 3500 });
  });

  it('ignores what another site or scope cached, and starts at nothing', () => {
    expect(savingProgress(list, worker, ['https://bibliotek.example/index.html'])).toMatchObject({
      files: 0,
      bytes: 0,
    });
    expect(savingProgress(list, worker, [])).toMatchObject({ files: 0, bytes: 0, totalFiles: 3 });
  });

  it('refuses a file list that is not what the build writes', () => {
    expect(isOfflineFileList(list)).toBe(true);
    expect(isOfflineFileList({ files: 1, bytes: 1 })).toBe(false);
    expect(isOfflineFileList({ files: 1, bytes: 1, entries: [{ url: 'a' }] })).toBe(false);
    expect(isOfflineFileList('<!doctype html>')).toBe(false);
  });
});

describe('byteSize', () => {
  it('writes sizes as Swedish does, to one decimal from a megabyte up', () => {
    expect(byteSize(689_304)).toBe('689 kB');
    expect(byteSize(3_140_000)).toBe('3,1 MB');
    expect(byteSize(37_000_000)).toBe('37 MB');
    expect(byteSize(120)).toBe('1 kB');
  });
});

describe('the saved date', () => {
  it('is read back as it was written, and forgotten on removal', () => {
    const { storage } = memoryStorage();
    expect(readSavedAt(storage)).toBeUndefined();
    expect(writeSavedAt(storage, new Date('2026-11-24T10:00:00.000Z'))).toBe(true);
    expect(readSavedAt(storage)).toBe('2026-11-24T10:00:00.000Z');
    expect(forgetSavedAt(storage)).toBe(true);
    expect(storage.getItem(OFFLINE_KEY)).toBeNull();
  });

  it('reads as unknown when damaged or an impossible time, and never throws', () => {
    const { storage } = memoryStorage();
    for (const raw of ['{', '{"savedAt":"igår"}', '{"savedAt":"2026-02-30T10:00:00.000Z"}', 'null']) {
      storage.setItem(OFFLINE_KEY, raw);
      expect(readSavedAt(storage)).toBeUndefined();
    }
    expect(readSavedAt(undefined)).toBeUndefined();
    expect(writeSavedAt(undefined, new Date())).toBe(false);
    expect(writeSavedAt(memoryStorage({}, { quota: true }).storage, new Date())).toBe(false);
  });
});

describe('the web app manifest', () => {
  it('draws the maskable icon from the favicon, on its own colour to every edge', () => {
    const favicon = readFileSync('public/favicon.svg', 'utf8');
    const svg = maskableSvg(favicon);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 32 32"><rect width="32" height="32" fill="#0b57a4"\/>/);
    expect(svg).toContain('scale(0.7)');
    expect(svg).toContain('<path d="M8 9h9');
    expect(() => maskableSvg('<svg></svg>')).toThrow(/public\/favicon\.svg/);
  });

  it('uses the page background colours of global.css', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const [light = '', dark = ''] = [...css.matchAll(/--color-bg: (#[0-9a-f]+);/g)].map((match) => match[1]);
    expect(THEME.light.background).toBe(light);
    expect(THEME.dark.background).toBe(dark);
    expect(css).toContain(`--color-accent: ${THEME.light.theme};`);
  });
});

describe('the worker', () => {
  const at = (path: string) => new URL(path, 'https://bibliotek.example');

  it('finds the saved file of a page with or without its trailing slash, and without its query', () => {
    expect(savedAddress(at('/kurser/digidel/mina-svar/'))).toBe(
      'https://bibliotek.example/kurser/digidel/mina-svar/index.html',
    );
    expect(savedAddress(at('/kurser/digidel/mina-svar'))).toBe(
      'https://bibliotek.example/kurser/digidel/mina-svar/index.html',
    );
    expect(savedAddress(at('/kurser/digidel/sok/?q=hylte#x'))).toBe(
      'https://bibliotek.example/kurser/digidel/sok/index.html',
    );
    expect(savedAddress(at('/kurser/digidel/pagefind/pagefind.js?ts=1'))).toBe(
      'https://bibliotek.example/kurser/digidel/pagefind/pagefind.js',
    );
  });

  it('tells pages from files, so that the 404 page never stands in for a file', () => {
    expect(isPageAddress(at('/kurser/digidel/lektioner/ny/'))).toBe(true);
    expect(isPageAddress(at('/kurser/digidel/lektioner/ny'))).toBe(true);
    expect(isPageAddress(at('/kurser/digidel/404.html'))).toBe(true);
    expect(isPageAddress(at('/kurser/digidel/filer/handbok.pdf'))).toBe(false);
  });

  it('answers from the copy at once only for files whose names carry a content hash', () => {
    expect(isHashedFile('_astro/main.Cgvol22B.js')).toBe(true);
    expect(isHashedFile('pagefind/fragment/sv_1a2b.pf_fragment')).toBe(true);
    expect(isHashedFile('pagefind/pagefind.js')).toBe(false);
    expect(isHashedFile('pagefind/pagefind-entry.json')).toBe(false);
    expect(isHashedFile('lektioner/forsta-lektionen/index.html')).toBe(false);
  });
});
