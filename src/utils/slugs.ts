/**
 * Readable ASCII slugs from Swedish text: lesson URLs and heading anchors.
 * Å, Ä and Ö lose their diacritics ("Så gjorde vi" → "sa-gjorde-vi") so that links stay
 * readable when pasted into mail or chat, where percent-encoded letters are not.
 */
import { impossibleDates } from './frontmatter-dates';

/** Turns any text into lowercase words of a–z and 0–9 joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The URL slug of a lesson from its file path: the file name without extension and without
 * the ordering prefix editors use to sort files ("06-digidelcenter.mdx" → "digidelcenter"),
 * so renumbering a lesson never changes its URL.
 */
export function lessonSlugFromPath(path: string): string {
  const fileName = path.split('/').pop() ?? path;
  const stem = fileName.replace(/\.[^.]+$/, '').replace(/^\d+[-_ ]+/, '');
  const slug = slugify(stem);
  if (slug === '') {
    throw new Error(`${path}: the file name gives an empty URL slug; name the file after the lesson.`);
  }
  return slug;
}

/**
 * A slugger for one document: the same text twice gets "-2", "-3"… so every id is unique,
 * and a heading without letters still gets an id.
 */
export function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = slugify(text) || 'avsnitt';
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  };
}

/**
 * A lesson id maker for the content loader: the id is the file's URL slug. It refuses two files
 * with the same slug ("07-åsa.mdx" and "08-asa.mdx" are both "asa"), since without it the second
 * silently replaces the first and a whole lesson vanishes from the site, and a date in the
 * frontmatter that is not a day (see ./frontmatter-dates.ts). The same file may be read again
 * (the editor's preview reloads it).
 */
export function uniqueLessonIds(base: string): (entry: string, source: string) => string {
  const files = new Map<string, string>();
  return (entry, source) => {
    const [bad] = impossibleDates(source);
    if (bad) throw new Error(`${base}/${entry}: field "${bad.split(':')[0]}": ${bad} is not a day in the calendar.`);
    const id = lessonSlugFromPath(entry);
    const other = files.get(id);
    if (other !== undefined && other !== entry) {
      throw new Error(
        `${base}/${other} and ${base}/${entry} both give the lesson URL slug "${id}": rename one of the files.`,
      );
    }
    files.set(id, entry);
    return id;
  };
}
