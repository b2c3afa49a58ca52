/**
 * The ready server configurations in deploy/ send exactly the headers the build writes to
 * dist/_headers, path for path, so that a host that ignores _headers (GitHub Pages behind a
 * proxy, a library's own nginx or Caddy) cannot drift from the policy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Headers = Map<string, string>;

/** dist/_headers as path → header → value. */
function headersFileBlocks(text: string): Map<string, Headers> {
  const blocks = new Map<string, Headers>();
  let current: Headers | undefined;
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) blocks.set(line.trim(), (current = new Map()));
    const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (header && current) current.set(header[1] ?? '', header[2] ?? '');
  }
  return blocks;
}

/** nginx: the server's add_header lines ('/') and each location's ('/_astro/', '/sw.js', …). */
function nginxBlocks(text: string): Map<string, Headers> {
  const blocks = new Map<string, Headers>([['/', new Map()]]);
  let current = blocks.get('/') as Headers;
  for (const line of text.split('\n')) {
    const location = /^\s*location\s+(?:=\s+)?(\S+)\s*\{/.exec(line);
    if (location) blocks.set(location[1] ?? '', (current = new Map()));
    else if (/^\s{4}\}/.test(line) && !/^\s{8}/.test(line)) current = blocks.get('/') as Headers;
    const header = /^\s*add_header\s+([\w-]+)\s+"((?:[^"\\]|\\.)*)"\s+always;/.exec(line);
    if (header) current.set(header[1] ?? '', (header[2] ?? '').replaceAll('\\"', '"'));
  }
  return blocks;
}

/** Caddy: the header block's lines ('/') and `header /path/* Name "value"` or `header /file Name "value"` lines. */
function caddyBlocks(text: string): Map<string, Headers> {
  const blocks = new Map<string, Headers>([['/', new Map()]]);
  for (const match of text.matchAll(/^\s+([\w-]+) "((?:[^"\\]|\\.)*)"$/gm)) {
    blocks.get('/')?.set(match[1] ?? '', (match[2] ?? '').replaceAll('\\"', '"'));
  }
  for (const match of text.matchAll(/^\s*header (\/[\w/.]+)\*? ([\w-]+) "((?:[^"\\]|\\.)*)"$/gm)) {
    const path = match[1] ?? '';
    if (!blocks.has(path)) blocks.set(path, new Map());
    blocks.get(path)?.set(match[2] ?? '', match[3] ?? '');
  }
  return blocks;
}

const built = headersFileBlocks(readFileSync('dist/_headers', 'utf8'));
const everyPage = built.get('/*') ?? new Map();

describe.each([
  ['deploy/nginx.conf', nginxBlocks, true],
  ['deploy/Caddyfile', caddyBlocks, false],
])('%s', (file, parse, locationsRepeatAll) => {
  const config = parse(readFileSync(file, 'utf8'));

  it('sends every header of dist/_headers, with the same values', () => {
    expect(everyPage.size).toBeGreaterThanOrEqual(4);
    expect(
      Object.fromEntries(config.get('/') ?? []),
      `${file} is behind dist/_headers; after a change of CSS, run npm run deploy-config`,
    ).toEqual(Object.fromEntries(everyPage));
  });

  const paths = [...built.keys()].filter((pattern) => pattern !== '/*').map((pattern) => pattern.replace(/\*$/, ''));

  it('has a block for every path of dist/_headers', () => {
    expect(paths).toEqual(expect.arrayContaining(['/_astro/', '/pagefind/', '/sw.js']));
  });

  it.each(paths)('caches %s as dist/_headers says', (path) => {
    const expected = new Map([
      ...(locationsRepeatAll ? everyPage : []),
      ...(built.get(path) ?? built.get(`${path}*`) ?? []),
    ]);
    expect(expected.has('Cache-Control')).toBe(true);
    expect(Object.fromEntries(config.get(path) ?? [])).toEqual(Object.fromEntries(expected));
  });
});
