/**
 * Gates over the built sites (run after `npm run build`): valid HTML, every internal link,
 * anchor and asset resolves, no inline script, each page's CSS inline with its hash in both policies, and
 * the _headers file. Checked on dist/ and on a fixture course built under /kurser/digidel/.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { UNUSED_PAGEFIND_FILES } from '../../src/integrations/pagefind';
import { contentSecurityPolicy, styleHash } from '../../src/integrations/security-policy';
import { COURSES } from '../support/course-builds';
import { fileFor, htmlFiles, urlFor } from '../support/dist-pages';

const fixture = COURSES['multi-lesson'];
const sites = [
  { name: 'dist/', dir: COURSES.main.outDir, base: COURSES.main.base },
  { name: `the fixture course under ${fixture.base}`, dir: fixture.outDir, base: fixture.base },
];

/** The hashes of the inline styles of every page under `dir`, each once, sorted. */
function inlineHashes(dir: string): string[] {
  const hashes = htmlFiles(dir).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => styleHash(match[1] ?? '')),
  );
  return [...new Set(hashes)].sort();
}

/** Every id on a page, for anchor checks. */
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));

/** Internal references in a page: href, src and srcset values that point into the site. */
function references(html: string): string[] {
  const values = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((match) => match[1] ?? '');
  const srcsets = [...html.matchAll(/\ssrcset="([^"]+)"/g)].flatMap((match) =>
    (match[1] ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
  );
  return [...values, ...srcsets].filter((value) => !/^(https?:|mailto:|data:|blob:)/.test(value));
}

describe.each(sites)('$name', ({ dir, base }) => {
  const pages = () => htmlFiles(dir);

  it('has pages to check', () => {
    expect(pages().length).toBeGreaterThanOrEqual(6);
  });

  it('states its referrer policy in every page, for hosts that send no headers', () => {
    const without = pages().filter(
      (page) =>
        !readFileSync(page, 'utf8').includes('<meta name="referrer" content="strict-origin-when-cross-origin">'),
    );
    expect(without).toEqual([]);
  });

  it('is valid HTML (html-validate, recommended)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of pages()) {
      const report = await validator.validateFile(page);
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no broken internal link, anchor or asset', () => {
    const broken: string[] = [];
    for (const page of pages()) {
      const html = readFileSync(page, 'utf8');
      const pageUrl = new URL(urlFor(dir, base, page), 'http://site.invalid');
      for (const reference of references(html)) {
        const url = new URL(reference.replaceAll('&amp;', '&'), pageUrl);
        const target = fileFor(dir, base, url.pathname);
        if (!target) {
          broken.push(`${page}: ${reference}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && !idsOf(readFileSync(target, 'utf8')).has(anchor))
          broken.push(`${page}: ${reference} (no #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('loads one script module per page, which imports nothing else before the learner acts', () => {
    const entries = new Set<string>();
    for (const file of pages()) {
      const html = readFileSync(file, 'utf8');
      const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? '');
      expect(scripts, file).toHaveLength(1);
      expect(html, file).not.toContain('modulepreload');
      entries.add(scripts[0] ?? '');
    }
    expect(entries.size).toBe(1);
    const entry = fileFor(dir, base, [...entries][0] ?? '');
    expect(entry).toBeDefined();
    const code = readFileSync(entry ?? '', 'utf8');
    // Static imports (`import"./x.js"`, `import{a}from"./x.js"`); the lazy chunks' import() calls are allowed.
    expect(code.match(/(?:^|[;}\s])import\s*["'{*]|\bfrom\s*["']/gm) ?? []).toEqual([]);
    expect(code).toMatch(/\bimport\(/);
  });

  it('has no inline script, and inline styles only as one <style> a page that both policies allow', () => {
    const headerPolicy = /Content-Security-Policy: (.+)/.exec(readFileSync(join(dir, '_headers'), 'utf8'))?.[1] ?? '';
    const problems: string[] = [];
    for (const page of pages()) {
      const html = readFileSync(page, 'utf8');
      for (const match of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)) {
        if (!/type="application\/(ld\+)?json"/.test(match[1] ?? '')) problems.push(`${page}: <script${match[1]}>`);
      }
      if (/\sstyle="/.test(html)) problems.push(`${page}: style attribute`);
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
      // First paint needs only the document: the page's CSS is in it, and no stylesheet is linked.
      if (styles.length !== 1) problems.push(`${page}: ${styles.length} <style> elements`);
      if (/<link[^>]+rel="stylesheet"/.test(html)) problems.push(`${page}: a render-blocking stylesheet`);
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      for (const css of styles) {
        const hash = `'${styleHash(css)}'`;
        if (!headerPolicy.includes(hash)) problems.push(`${page}: its <style> is not in _headers`);
        if (!meta.includes(hash)) problems.push(`${page}: its <style> is not in the page's <meta> policy`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('ships _headers with the policy, under the base path', () => {
    const headers = readFileSync(join(dir, '_headers'), 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${contentSecurityPolicy(inlineHashes(dir))}`);
    expect(headers).not.toContain("'unsafe-inline'");
    expect(headers).toContain(`${base}_astro/*\n  Cache-Control: public, max-age=31536000, immutable`);
    for (const header of ['Referrer-Policy', 'Permissions-Policy', 'X-Content-Type-Options: nosniff']) {
      expect(headers).toContain(header);
    }
  });

  it('carries the policy in every page as a <meta>, without unsafe-inline scripts', () => {
    for (const page of pages()) {
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(page, 'utf8'));
      expect(meta?.[1], page).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(meta?.[1], page).toContain('frame-src https://www.youtube-nocookie.com');
      expect(meta?.[1], page).not.toContain('unsafe-inline');
    }
  });
});

describe.each(sites)('the offline copy of $name', ({ dir, base }) => {
  const list = () =>
    JSON.parse(readFileSync(join(dir, 'offline-copy.json'), 'utf8')) as {
      files: number;
      bytes: number;
      entries: Array<{ url: string; size: number }>;
    };
  const worker = () => readFileSync(join(dir, 'sw.js'), 'utf8');

  it("carries Pagefind's engine and index, but none of the UIs or the worker that the site never loads", () => {
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind', 'pagefind-highlight.js'))).toBe(true);
    expect(UNUSED_PAGEFIND_FILES.filter((file) => existsSync(join(dir, 'pagefind', file)))).toEqual([]);
  });

  it('holds every page, the 404 page, scripts and the whole search index', () => {
    const urls = list().entries.map((entry) => entry.url);
    const pages = htmlFiles(dir).map((file) => file.slice(dir.length + 1));
    expect(pages.length).toBeGreaterThanOrEqual(8);
    expect(urls).toEqual(expect.arrayContaining([...pages, '404.html', 'manifest.webmanifest', 'favicon.svg']));
    for (const pattern of [
      /^_astro\/.+\.js$/,
      /^pagefind\/pagefind\.js$/,
      /^pagefind\/wasm\.sv\.pagefind$/,
      /\.pf_fragment$/,
    ]) {
      expect(
        urls.some((url) => pattern.test(url)),
        String(pattern),
      ).toBe(true);
    }
    expect(urls.filter((url) => /_headers|sitemap|sw\.js/.test(url))).toEqual([]);
    expect(list().files).toBe(urls.length);
    expect(list().bytes).toBe(list().entries.reduce((sum, entry) => sum + entry.size, 0));
  });

  it('has a worker whose precache lists exactly those files, relative to it, with the 404 page as fallback', () => {
    const precached = [...worker().matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]);
    expect(precached.sort()).toEqual(
      list()
        .entries.map((entry) => entry.url)
        .sort(),
    );
    expect(worker()).toContain('"404.html"');
    expect(worker()).toContain('SKIP_WAITING');
    // One self-contained file: the Workbox runtime is inlined, nothing is loaded from elsewhere.
    expect(worker()).not.toContain('importScripts');
  });

  it('tells the learner its size in the pages, with no stand-in left', () => {
    for (const file of htmlFiles(dir)) expect(readFileSync(file, 'utf8'), file).not.toContain('@@offline-');
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(`(${list().files} filer)`);
  });

  it('has a web app manifest under the base path, with icons that exist', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8')) as {
      start_url: string;
      scope: string;
      lang: string;
      icons: Array<{ src: string; sizes: string; purpose: string }>;
    };
    expect(manifest).toMatchObject({ start_url: base, scope: base, lang: 'sv' });
    expect(manifest.icons.map((icon) => icon.purpose)).toContain('maskable');
    for (const icon of manifest.icons) {
      const png = readFileSync(join(dir, icon.src.slice(base.length)));
      if (icon.sizes === 'any') continue;
      // A PNG's width and height are the big-endian words at bytes 16 and 20.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(
      `<link rel="manifest" href="${base}manifest.webmanifest"`,
    );
  });
});

describe.each(sites)('the version file of $name', ({ dir, base }) => {
  const version = () => JSON.parse(readFileSync(join(dir, 'version.json'), 'utf8')) as { scripts: string[] };

  it('lists every script of the build by its address, and every page’s script is among them', () => {
    const scripts = readdirSync(join(dir, '_astro')).filter((file) => file.endsWith('.js'));
    expect(version().scripts).toEqual(scripts.sort().map((file) => `${base}_astro/${file}`));
    for (const page of htmlFiles(dir)) {
      for (const [, src] of readFileSync(page, 'utf8').matchAll(/<script type="module" src="([^"]+)"/g)) {
        expect(version().scripts).toContain(src);
      }
    }
  });

  it('is in the offline copy, so a saved copy can tell its pages that it holds a newer build', () => {
    const list = JSON.parse(readFileSync(join(dir, 'offline-copy.json'), 'utf8')) as { entries: { url: string }[] };
    expect(list.entries.map((entry) => entry.url)).toContain('version.json');
  });
});
