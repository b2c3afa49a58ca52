/**
 * The package build's pages with relative addresses. Astro writes every address under one base
 * path; an LMS serves a package from a path nobody knows in advance (Moodle:
 * /pluginfile.php/12/mod_scorm/content/3/), so the package build uses LMS_ROOT as its base and
 * each file gets the way from itself to the package root in its place. Pure.
 */
import { LMS_ROOT } from '../../src/features/lms/package-tokens.ts';

/** The way from `file` (a path below the root, "/" between folders) up to the root: "./", "../", "../../". */
export function wayToRoot(file: string): string {
  const depth = file.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** `text`, the content of `file`, with every address under LMS_ROOT made relative to the file. */
export function relativize(text: string, file: string): string {
  return text.split(LMS_ROOT).join(wayToRoot(file));
}

/** Addresses that hold the stand-in behind a host ("https://host/__kurspaket__/…"): no relative path can replace those. */
export function absoluteUses(text: string): string[] {
  const root = LMS_ROOT.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return text.match(new RegExp(`[a-z][a-z0-9+.-]*://[^\\s"'<>]*?${root}`, 'gi')) ?? [];
}
