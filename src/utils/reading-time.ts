/**
 * The time a lesson takes, from its MDX source: reading (the words a learner reads, not the
 * markup; 180 words a minute is a calm pace for Swedish non-fiction read on screen), its films
 * and its assignments.
 */
import { parseDuration } from './time-lengths';

const WORDS_PER_MINUTE = 180;

/** The words of an MDX body: import/export lines, JSX tags, expressions and Markdown syntax removed. */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ');
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Whole minutes, at least one. */
export function readingMinutes(mdx: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(mdx) / wordsPerMinute));
}

/**
 * Minutes assumed for a film whose length the editor has not given as `duration`, and for an
 * assignment without `minutes`. The page says that these are estimates.
 */
export const FILM_ESTIMATE_MINUTES = 5;
export const ASSIGNMENT_ESTIMATE_MINUTES = 20;

/** Time spent on one kind of activity in a lesson. */
export interface ActivityTime {
  count: number;
  minutes: number;
  /** True when at least one of them had no length given and was estimated. */
  estimated: boolean;
}

/** The time a lesson takes: reading, its films and its assignments. */
export interface LessonTime {
  reading: number;
  films: ActivityTime;
  assignments: ActivityTime;
  total: number;
}

/** An attribute's value in one JSX tag: `name="…"`, `name='…'` or `name={…}`. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|\\{\\s*["']?([^}"']*)["']?\\s*\\})`).exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function activities(tags: string[], minutesOf: (tag: string) => number | undefined, estimate: number): ActivityTime {
  let minutes = 0;
  let estimated = false;
  for (const tag of tags) {
    const given = minutesOf(tag);
    if (given === undefined) estimated = true;
    minutes += given ?? estimate;
  }
  return { count: tags.length, minutes, estimated };
}

/** Reading, films (their `duration`, else an estimate) and assignments (`minutes`, else an estimate). */
export function lessonTime(mdx: string): LessonTime {
  const reading = readingMinutes(mdx);
  // Only films a learner can watch: one without its YouTube ID yet shows as not available.
  const films = activities(
    (mdx.match(/<Film\b[^>]*>/g) ?? []).filter((tag) => Boolean(attribute(tag, 'youtube')?.trim())),
    (tag) => {
      const duration = attribute(tag, 'duration');
      const seconds = duration === undefined ? undefined : parseDuration(duration);
      return seconds === undefined ? undefined : Math.max(1, Math.round(seconds / 60));
    },
    FILM_ESTIMATE_MINUTES,
  );
  const assignments = activities(
    mdx.match(/<Assignment\b[^>]*>/g) ?? [],
    (tag) => {
      const minutes = Number(attribute(tag, 'minutes'));
      return Number.isInteger(minutes) && minutes > 0 ? minutes : undefined;
    },
    ASSIGNMENT_ESTIMATE_MINUTES,
  );
  return { reading, films, assignments, total: reading + films.minutes + assignments.minutes };
}
