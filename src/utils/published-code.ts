/**
 * What a page knows of the published build's code, for a part whose code does not load: the
 * version file, so that the page can tell "a new version was published" from "you are offline"
 * (the build writes it in src/integrations/build-version.ts; src/client/code-recovery.client.ts
 * reads it), and the id of the notice's template (src/components/CodeProblem.astro).
 * Pure: no browser and no Node.
 */

export const CODE_PROBLEM_TEMPLATE = 'digidel-code-problem';

/** At the course's root, beside the pages, one folder above the scripts. */
export const VERSION_FILE = 'version.json';

/**
 * Every script of a build, by its path on the host. The names carry content hashes, so a page
 * whose own script is not in the published list runs code that is no longer published.
 */
export interface BuildVersion {
  scripts: string[];
}

/**
 * What the published version file, fetched from `versionUrl`, says of a page running the script
 * at `scriptUrl`. Its paths are the host's ("/_astro/…") or, in an LMS package, relative to the
 * file ("./_astro/…"), so both are compared as the addresses they resolve to.
 */
export function codeState(
  published: unknown,
  scriptUrl: string,
  versionUrl: string,
): 'current' | 'replaced' | 'unknown' {
  const scripts = (published as Partial<BuildVersion> | null)?.scripts;
  if (!Array.isArray(scripts)) return 'unknown';
  const script = new URL(scriptUrl).pathname;
  return scripts.some((path) => typeof path === 'string' && new URL(path, versionUrl).pathname === script)
    ? 'current'
    : 'replaced';
}
