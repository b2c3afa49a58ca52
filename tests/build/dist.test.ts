/**
 * Gates over the built sites (run after `npm run build`): valid HTML, every internal link,
 * anchor and asset resolves, no inline script or style that the header CSP would block, and
 * the _headers file. Checked on dist/ and on a fixture course built under /kurser/digidel/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/integrations/security-policy';
import { buildCourse } from '../support/build-course';
import { fileFor, htmlFiles, urlFor } from '../support/dist-pages';

const SUB_PATH = '/kurser/digidel/';
const sites = [
  { name: 'dist/', dir: 'dist', base: '/' },
  { name: `the fixture course under ${SUB_PATH}`, dir: 'tests/.output/dist-gates', base: SUB_PATH },
];

beforeAll(() => {
  const build = buildCourse('multi-lesson', { SITE_BASE: SUB_PATH, COURSE_OUT_DIR: 'tests/.output/dist-gates' });
  expect(build.status, build.output).toBe(0);
}, 120_000);

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

  it('has no inline script or style for the header policy to block', () => {
    const inline: string[] = [];
    for (const page of pages()) {
      const html = readFileSync(page, 'utf8');
      for (const match of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)) {
        if (!/type="application\/(ld\+)?json"/.test(match[1] ?? '')) inline.push(`${page}: <script${match[1]}>`);
      }
      if (/<style[\s>]/.test(html)) inline.push(`${page}: <style>`);
      if (/\sstyle="/.test(html)) inline.push(`${page}: style attribute`);
    }
    expect(inline).toEqual([]);
  });

  it('ships _headers with the policy, under the base path', () => {
    const headers = readFileSync(join(dir, '_headers'), 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${contentSecurityPolicy()}`);
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
