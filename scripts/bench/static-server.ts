/**
 * A small static file server for the benchmark's variant folders, with gzip for text the way a
 * production host compresses, so transfer sizes are what a learner downloads. Chromium asks for
 * brotli only over https, so the server also counts what each response would have been in
 * brotli (quality 11). Loopback only.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
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
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.webmanifest']);

export interface RunningServer {
  url: string;
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

/** Serves `root` on a free loopback port. */
export async function serveStatic(root: string): Promise<RunningServer> {
  const sentByPath = new Map<string, number>();
  const brotliByPath = new Map<string, number>();
  const requestsByPath = new Map<string, number>();
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
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': TYPES['.html'] ?? 'text/html' });
      createReadStream(join(root, '404.html')).pipe(response);
      return;
    }
    const extension = extname(file);
    requestsByPath.set(pathname, (requestsByPath.get(pathname) ?? 0) + 1);
    brotliByPath.set(pathname, (brotliByPath.get(pathname) ?? 0) + brotliSize(file, COMPRESSIBLE.has(extension)));
    const headers: Record<string, string> = { 'content-type': TYPES[extension] ?? 'application/octet-stream' };
    if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
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
  return {
    url: `http://127.0.0.1:${port}`,
    sent: (prefix = '/') => total(sentByPath, prefix),
    sentBrotli: (prefix = '/') => total(brotliByPath, prefix),
    requests: (prefix = '/') => total(requestsByPath, prefix),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
