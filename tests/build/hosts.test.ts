/**
 * The host configurations in deploy/ served for real: nginx and Caddy from Debian's packages,
 * each started on a free local port with the shipped file (only its port, folder and base path
 * filled in), serving dist/ at the root and the fixture course built for /kurser/digidel/ under
 * that path. Every response carries the headers of the build's own _headers file; pages and
 * files that keep their names revalidate, hashed bundles are immutable; an unknown address gets
 * the course's 404 page with status 404, and a folder without its slash is redirected.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COURSES } from '../support/course-builds';

/** The headers the build asks for on every path: the "<base>*" block of its _headers file. */
function everyPathHeaders(dir: string): Record<string, string> {
  const text = readFileSync(join(dir, '_headers'), 'utf8');
  const block = text.split('\n\n')[0] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/^\s+([\w-]+):\s*(.+)$/gm)].map((match) => [(match[1] ?? '').toLowerCase(), match[2] ?? '']),
  );
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Host {
  url: string;
  stop(): void;
}

/** A folder that serves `site` at `base`, as the config's comment tells an editor to lay it out. */
function webRoot(work: string, site: string, base: string): string {
  const root = join(work, 'www');
  const target = join(root, base);
  mkdirSync(join(target, '..'), { recursive: true });
  symlinkSync(resolve(site), target.replace(/\/$/, ''));
  return root;
}

async function start(kind: 'nginx' | 'caddy', site: string, base: string): Promise<Host> {
  const work = mkdtempSync(join(tmpdir(), `digidel-${kind}-`));
  const root = base === '/' ? resolve(site) : webRoot(work, site, base);
  const port = await freePort();
  let server: ChildProcess;
  if (kind === 'nginx') {
    const shipped = readFileSync('deploy/nginx.conf', 'utf8')
      .replace('listen 80;', `listen 127.0.0.1:${port};`)
      .replace('root /var/www/digidel;', `root ${root};`)
      .replace('set $course_base /;', `set $course_base ${base};`);
    writeFileSync(join(work, 'site.conf'), shipped);
    for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, temp));
    writeFileSync(
      join(work, 'nginx.conf'),
      [
        // As root, nginx's workers would run as nobody, who may not read the build's folders.
        ...(process.getuid?.() === 0 ? ['user root;'] : []),
        `pid ${work}/nginx.pid;`,
        `error_log ${work}/error.log;`,
        'events {}',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  default_type application/octet-stream;',
        '  access_log off;',
        ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
          (temp) => `  ${temp === 'body' ? 'client_body' : temp}_temp_path ${work}/${temp};`,
        ),
        `  include ${work}/site.conf;`,
        '}',
      ].join('\n'),
    );
    server = spawn('nginx', ['-p', work, '-c', join(work, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  } else {
    const shipped = readFileSync('deploy/Caddyfile', 'utf8')
      .replace(':80 {', `http://127.0.0.1:${port} {`)
      .replace('root * /var/www/digidel', `root * ${root}`);
    // No admin endpoint: it would listen on a fixed port.
    writeFileSync(join(work, 'Caddyfile'), `{\n\tadmin off\n}\n\n${shipped}`);
    server = spawn('caddy', ['run', '--config', join(work, 'Caddyfile'), '--adapter', 'caddyfile'], {
      stdio: 'ignore',
      env: { ...process.env, COURSE_BASE: base, HOME: work, XDG_DATA_HOME: work, XDG_CONFIG_HOME: work },
    });
  }
  const url = `http://127.0.0.1:${port}${base}`;
  const deadline = Date.now() + 20_000;
  while ((await fetch(url).catch(() => undefined))?.status !== 200) {
    if (Date.now() > deadline) throw new Error(`${kind} did not answer at ${url}; see ${work}`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return {
    url,
    stop: () => {
      server.kill();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

const sites = [
  {
    name: 'at the root',
    dir: COURSES.main.outDir,
    base: COURSES.main.base,
    lesson: 'lektioner/digidelcenter-och-samhallets-digitalisering',
  },
  {
    name: `under ${COURSES['multi-lesson'].base}`,
    dir: COURSES['multi-lesson'].outDir,
    base: COURSES['multi-lesson'].base,
    lesson: 'lektioner/forsta-lektionen',
  },
];

describe.each(['nginx', 'caddy'] as const)('deploy/ for %s', (kind) => {
  describe.each(sites)('$name', ({ dir, base, lesson }) => {
    let host: Host;
    beforeAll(async () => {
      host = await start(kind, dir, base);
    }, 30_000);
    afterAll(() => host?.stop());

    const get = (path: string) => fetch(`${host.url}${path}`, { redirect: 'manual' });
    const asset = () => readdirSync(join(dir, '_astro')).find((file) => file.endsWith('.js')) ?? '';

    it.each([
      ['the start page', 'no-cache', ''],
      ['a lesson', 'no-cache', `${lesson}/`],
      ['the offline worker', 'no-cache', 'sw.js'],
      ['the manifest', 'no-cache', 'manifest.webmanifest'],
      ['a hashed bundle', 'public, max-age=31536000, immutable', '<asset>'],
      ['the search engine', 'public, max-age=0, must-revalidate', 'pagefind/pagefind.js'],
    ])('serves %s with the build’s headers and Cache-Control: %s', async (_what, cacheControl, path) => {
      const response = await get(path === '<asset>' ? `_astro/${asset()}` : path);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe(cacheControl);
      for (const [name, value] of Object.entries(everyPathHeaders(dir))) {
        expect(response.headers.get(name), `${name}: after a change of CSS, run npm run deploy-config`).toBe(value);
      }
    });

    it('answers an unknown address with the course’s 404 page and status 404', async () => {
      const response = await get('finns-inte/');
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('Sidan finns inte');
      expect(response.headers.get('content-security-policy')).toBe(everyPathHeaders(dir)['content-security-policy']);
    });

    it('redirects a lesson address without its trailing slash', async () => {
      const response = await get(lesson);
      expect([301, 302, 308]).toContain(response.status);
      expect(new URL(response.headers.get('location') ?? '', host.url).pathname).toBe(`${base}${lesson}/`);
    });
  });
});
