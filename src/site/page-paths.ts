/**
 * The site's own pages by path, without the base path: what a lesson may link to besides other
 * lessons (src/markdown/course-links.ts). src/site/routes.ts puts them under the base.
 */
export const PAGE_PATHS = ['/', '/om-kursen/', '/integritet/', '/tillganglighet/', '/sok/', '/mina-svar/'] as const;

/** The path of a lesson page, without the base path. */
export const lessonPagePath = (id: string) => `/lektioner/${id}/`;
