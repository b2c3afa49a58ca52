/**
 * What a lesson's links to other pages may point to: the site's pages, every lesson of the
 * course folder, and the sections of each (the anchors its headings and goal boxes get). Read
 * from the files themselves, so a link is checked while its own lesson compiles, where its line
 * is known (links within the lesson are checked against its own compiled headings);
 * each file is read again only when it has changed (the dev server), and only when a link
 * points into it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createSlugger, lessonSlugFromPath } from '../utils/slugs';
import { PAGE_PATHS, lessonPagePath } from '../site/page-paths';

/** The anchors of a lesson's source: its Markdown headings in order, as the build ids them, and its goal boxes. */
export function anchorsOf(source: string): Set<string> {
  const slug = createSlugger();
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of source.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading?.[1]) anchors.add(slug(heading[1].replace(/[*_`]/g, '')));
  }
  for (const [, goal] of source.matchAll(/<GoalExample[^>]*\bgoal=\{?"?(\d+)/g)) anchors.add(`mal-${goal}`);
  return anchors;
}

/** `draft: true` in the frontmatter. */
const isDraft = (source: string) => /^---\n[\s\S]*?^draft:\s*true\s*$[\s\S]*?^---$/m.test(source);

export class CourseLinks {
  #lessonsDir: string;
  #files = new Map<string, string>();
  #drafts = new Set<string>();
  #listedAt = -1;
  #anchors = new Map<string, { changed: number; anchors: Set<string> }>();

  constructor(courseDir: string) {
    this.#lessonsDir = join(courseDir, 'lessons');
  }

  /** Lesson page paths to their files, listed again when the folder changed. */
  #lessons(): Map<string, string> {
    const changed = statSync(this.#lessonsDir).mtimeMs;
    if (changed !== this.#listedAt) {
      this.#files = new Map(
        readdirSync(this.#lessonsDir, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.mdx'))
          .map((file) => [lessonPagePath(lessonSlugFromPath(file)), join(this.#lessonsDir, file)]),
      );
      this.#drafts = new Set(
        [...this.#files].filter(([, file]) => isDraft(readFileSync(file, 'utf8'))).map(([path]) => path),
      );
      this.#listedAt = changed;
    }
    return this.#files;
  }

  /** The file of the lesson at `path`, or undefined. */
  lessonFile(path: string): string | undefined {
    return this.#lessons().get(path);
  }

  /** True when the lesson at `path` is a draft, which the build leaves out. */
  isDraft(path: string): boolean {
    this.#lessons();
    return this.#drafts.has(path);
  }

  isPage(path: string): boolean {
    return (PAGE_PATHS as readonly string[]).includes(path) || this.#lessons().has(path);
  }

  /** The anchors of the lesson in `file`. */
  anchors(file: string): Set<string> {
    const changed = statSync(file).mtimeMs;
    const known = this.#anchors.get(file);
    if (known?.changed === changed) return known.anchors;
    const anchors = anchorsOf(readFileSync(file, 'utf8'));
    this.#anchors.set(file, { changed, anchors });
    return anchors;
  }
}
