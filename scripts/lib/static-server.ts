/**
 * A small static host for built sites, used by the end-to-end tests and the benchmark: it serves
 * a folder under a base path (as a site published under /kurser/digidel/ is), redirects a folder
 * without its trailing slash the way nginx and most hosts do, answers unknown addresses with the
 * site's own 404.html, sends the Cache-Control of the hosts in deploy/, and compresses text with
 * gzip, so transfer sizes are what a learner downloads. Chromium asks for brotli only over https,
 * so the server also counts what each response would have been in brotli (quality 11). It
 * listens on a free loopback port (port 0), and `setRoot()` swaps the folder it serves, as a host
 * does when an editor publishes a new build.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { Transform } from 'node:stream';
import { brotliCompressSync, constants, createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

export interface StaticServerOptions {
  /** The path the site is published under, with slashes at both ends. */
  base?: string;
}

export interface RunningServer {
  /** The site's address: origin and base, ending in "/". */
  url: string;
  /** The server's origin, e.g. http://127.0.0.1:40123. */
  origin: string;
  /** Serves another folder from now on (a new build published in place). */
  setRoot(root: string): void;
  /** Body bytes sent so far (compressed where compressed) for paths that start with `prefix`; counts what workers fetch too. */
  sent(prefix?: string): number;
  /** The same in brotli: what a host serving brotli would have sent. */
  sentBrotli(prefix?: string): number;
  /** Requests answered so far for paths that start with `prefix`. */
  requests(prefix?: string): number;
  close(): Promise<void>;
}

const total = (byPath: Map<string, number>, prefix: string) =>
  [...byPath].filter(([path]) => path.startsWith(prefix)).reduce((sum, [, bytes]) => sum + bytes, 0);

/** Serves `root` under `base` on a free loopback port. */
export async function serveStatic(root: string, { base = '/' }: StaticServerOptions = {}): Promise<RunningServer> {
  let siteRoot = normalize(root);
  const sentByPath = new Map<string, number>();
  const requestsByPath = new Map<string, number>();
  /** Each answered request's file, so brotli sizes are computed only when asked for. */
  const served: Array<{ path: string; file: string; compressible: boolean }> = [];
  const brotliSizes = new Map<string, number>();
  const brotliSize = (file: string, compressible: boolean) => {
    let size = brotliSizes.get(file);
    if (size === undefined) {
      size = compressible
        ? brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
        : statSync(file).size;
      brotliSizes.set(file, size);
    }
    return size;
  };
  const counted = (path: string) =>
    new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        sentByPath.set(path, (sentByPath.get(path) ?? 0) + chunk.length);
        callback(null, chunk);
      },
    });
  const notFound = (response: ServerResponse) => {
    const page = join(siteRoot, '404.html');
    response.writeHead(404, { 'content-type': TYPES['.html'] ?? 'text/html' });
    if (existsSync(page)) createReadStream(page).pipe(response);
    else response.end('Not found');
  };
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (!pathname.startsWith(base) && `${pathname}/` !== base) {
      notFound(response);
      return;
    }
    let file = normalize(join(siteRoot, pathname.slice(base.length)));
    if (!file.startsWith(siteRoot)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      notFound(response);
      return;
    }
    const extension = extname(file);
    const compressible = COMPRESSIBLE.has(extension);
    requestsByPath.set(pathname, (requestsByPath.get(pathname) ?? 0) + 1);
    served.push({ path: pathname, file, compressible });
    const headers: Record<string, string> = {
      'content-type': TYPES[extension] ?? 'application/octet-stream',
      // As the hosts in deploy/ send it: without it the browser guesses a freshness from the file's
      // age, and a page could read a file of the build before the one just published.
      'cache-control': pathname.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (compressible && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
      createReadStream(file)
        .pipe(createGzip({ level: 9 }))
        .pipe(counted(pathname))
        .pipe(response);
    } else {
      response.writeHead(200, { ...headers, 'content-length': String(statSync(file).size) });
      createReadStream(file).pipe(counted(pathname)).pipe(response);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    setRoot: (next) => {
      siteRoot = normalize(next);
    },
    sent: (prefix = '/') => total(sentByPath, prefix),
    sentBrotli: (prefix = '/') =>
      served
        .filter(({ path }) => path.startsWith(prefix))
        .reduce((sum, { file, compressible }) => sum + brotliSize(file, compressible), 0),
    requests: (prefix = '/') => total(requestsByPath, prefix),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
