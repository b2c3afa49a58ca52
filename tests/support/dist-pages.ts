/** The built pages of a site folder, and the target file of an internal URL. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file))
    .sort();
}

/** The file under `dir` that serves `pathname` on a site published under `base`, or undefined. */
export function fileFor(dir: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const path = join(dir, decodeURIComponent(pathname.slice(base.length)));
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** "lektioner/x/index.html" → "/lektioner/x/" under `base`. */
export function urlFor(dir: string, base: string, file: string): string {
  return `${base}${relative(dir, file).replace(/index\.html$/, '')}`;
}
