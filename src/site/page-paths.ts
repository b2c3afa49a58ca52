/**
 * The site's own pages by path, without the base path: what a lesson may link to besides other
 * lessons (src/markdown/course-links.ts), and how a path goes under the base. Free of
 * import.meta.env, so the build's checks can use it; src/site/routes.ts puts the pages under
 * this build's base.
 */
export const PAGE_PATHS = [
  '/',
  '/om-kursen/',
  '/integritet/',
  '/tillganglighet/',
  '/sok/',
  '/mina-svar/',
  '/kursbevis/',
] as const;

/** `path` ("/lektioner/x/") under `base` ("/kurser/digidel/" or "/"). */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

/** The path of a lesson page, without the base path. */
export const lessonPagePath = (id: string) => `/lektioner/${id}/`;
