/**
 * Every path of the site, named once, under the configured base path, so a course published
 * under a sub-path such as /kurser/digidel/ links to itself correctly.
 */

import { joinBase } from './page-paths';

/** `path` under this build's base path. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The site's pages and files, under the base path. */
export const routes = {
  home: withBase('/'),
  about: withBase('/om-kursen/'),
  privacy: withBase('/integritet/'),
  accessibility: withBase('/tillganglighet/'),
  search: withBase('/sok/'),
  answers: withBase('/mina-svar/'),
  certificate: withBase('/kursbevis/'),
  /** Pagefind's bundle, written by src/integrations/pagefind.ts. */
  pagefind: withBase('/pagefind/'),
  favicon: withBase('/favicon.svg'),
  /** The web app manifest and its icons, from src/pages/manifest.webmanifest.ts and src/pages/icons/. */
  manifest: withBase('/manifest.webmanifest'),
  sitemap: withBase('/sitemap-index.xml'),
} as const;

/** The URL of a lesson page. */
export function lessonPath(id: string): string {
  return withBase(`/lektioner/${id}/`);
}
