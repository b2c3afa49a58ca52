/**
 * What a page knows of the published build's code, for a part whose code does not load: the
 * version file, so that the page can tell "a new version was published" from "you are offline"
 * (the build writes it in src/integrations/build-version.ts; src/client/code-recovery.client.ts
 * reads it), and the id of the notice's template (src/components/CodeProblem.astro).
 * Pure: no browser and no Node.
 */

export const CODE_PROBLEM_TEMPLATE = 'digidel-code-problem';

/** At the course's base path, beside the pages. */
export const VERSION_FILE = 'version.json';

/**
 * Every script of a build, by its path on the host. The names carry content hashes, so a page
 * whose own script is not in the published list runs code that is no longer published.
 */
export interface BuildVersion {
  scripts: string[];
}

/** What the published version file says of a page running the script at `path`. */
export function codeState(published: unknown, path: string): 'current' | 'replaced' | 'unknown' {
  const scripts = (published as Partial<BuildVersion> | null)?.scripts;
  if (!Array.isArray(scripts)) return 'unknown';
  return scripts.includes(path) ? 'current' : 'replaced';
}
