/**
 * The site's security policy in one place: Astro's `security.csp` renders it as a <meta> in
 * every page (with hashes of anything Astro inlines), and the build also writes it, with the
 * headers a <meta> cannot carry, to dist/_headers for hosts that read that file (Netlify,
 * Cloudflare Pages). Each page's CSS is inlined into one <style> so that first paint needs only
 * the HTML; Astro hashes it into the <meta>, and the build hashes every page's <style> into the
 * header policy too. The hashes depend on the site's code, not on the lessons (a lesson page's
 * CSS is the same for every lesson), so deploy/ can carry them: `npm run deploy-config` rewrites
 * them there after a change of CSS, and a test says when that is due.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CourseTarget } from '../features/lms/package-tokens';

/** Where the player comes from after consent; nothing else is framed. */
export const PLAYER_ORIGIN = 'https://www.youtube-nocookie.com';

/** Directives besides script-src and style-src, which Astro assembles itself. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  `frame-src ${PLAYER_ORIGIN}`,
  // The offline copy's service worker, /sw.js (Pagefind's engine runs on the page's own thread).
  "worker-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The package build's frames: its launch page shows the course's own pages in one (docs/lms.md). */
const LMS_FRAME_SRC = `frame-src 'self' ${PLAYER_ORIGIN}` as const;

/** The directives of the site's build, or of the package build (COURSE_TARGET=lms). */
export function cspDirectives(target: CourseTarget) {
  return CSP_DIRECTIVES.map((directive) =>
    target === 'lms' && directive.startsWith('frame-src') ? LMS_FRAME_SRC : directive,
  );
}

/** 'wasm-unsafe-eval' lets Pagefind run its WebAssembly; no 'unsafe-inline', no 'unsafe-eval'. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
export const STYLE_SOURCES = ["'self'"];

/**
 * The policy as one header value, allowing the inline styles whose hashes are given;
 * frame-ancestors only works as a header, not in a <meta>.
 */
export function contentSecurityPolicy(styleHashes: readonly string[] = []): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${[...STYLE_SOURCES, ...styleHashes.map((hash) => `'${hash}'`)].join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The CSP source of an inline style: its SHA-256, as 'sha256-…' without the quotes. */
export function styleHash(css: string): string {
  return `sha256-${createHash('sha256').update(css).digest('base64')}`;
}

/** The hashes of every inline <style> in the HTML files under `dir`, each once, sorted. */
export async function inlineStyleHashes(dir: string): Promise<string[]> {
  const hashes = new Set<string>();
  for (const file of await readdir(dir, { recursive: true })) {
    if (!file.endsWith('.html')) continue;
    const html = await readFile(join(dir, file), 'utf8');
    for (const match of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) hashes.add(styleHash(match[1] ?? ''));
  }
  return [...hashes].sort();
}

/** The _headers file for a site published under `base` whose pages inline the styles hashed in `styleHashes`. */
export function headersFile(base: string, styleHashes: readonly string[] = []): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const player = `"${PLAYER_ORIGIN}"`;
  return [
    `${root}*`,
    `  Content-Security-Policy: ${contentSecurityPolicy(styleHashes)}`,
    // YouTube's player needs the embedding page's origin (it refuses to play without a referrer).
    '  Referrer-Policy: strict-origin-when-cross-origin',
    `  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), autoplay=(self ${player}), fullscreen=(self ${player}), encrypted-media=(self ${player}), picture-in-picture=(self ${player})`,
    '  X-Content-Type-Options: nosniff',
    '',
    // Astro's bundles have content hashes in their names: cache them for a year.
    `${root}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    // The offline copy's worker: browsers look for a new build on each visit, never from a cache.
    `${root}sw.js`,
    '  Cache-Control: no-cache',
    '',
    // Pagefind's entry files keep their names between builds: revalidate.
    `${root}pagefind/*`,
    '  Cache-Control: public, max-age=0, must-revalidate',
    '',
  ].join('\n');
}

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        await writeFile(join(outDir, '_headers'), headersFile(base, await inlineStyleHashes(outDir)));
      },
    },
  };
}
