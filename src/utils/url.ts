/**
 * Internal links under the configured base path, so a course published under a sub-path
 * such as /kurser/digidel/ links to itself correctly.
 */

/** `path` ("/lektioner/x/") under `base` ("/kurser/digidel/" or "/"). */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

/** `path` under this build's base path. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The URL of a lesson page. */
export function lessonPath(id: string): string {
  return withBase(`/lektioner/${id}/`);
}
