/** Swedish wording computed from numbers, dates and lists, with the words from the dictionary. */
import type { LessonTime } from '../utils/reading-time';
import { format, plural } from './format';
import { sv } from './sv';

const NUMBER_WORDS = [
  'noll',
  'ett',
  'två',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'nio',
  'tio',
  'elva',
  'tolv',
  'tretton',
  'fjorton',
  'femton',
  'sexton',
  'sjutton',
  'arton',
  'nitton',
  'tjugo',
];

/** "sex" for 6, as in "Lektion sex"; digits from 21 on, where words stop helping. */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** "Eva, Per och Jonna". */
export function listJoin(items: readonly string[]): string {
  return new Intl.ListFormat('sv', { type: 'conjunction' }).format(items);
}

/** "1 minut", "6 minuter". */
export function minutesText(minutes: number): string {
  return `${minutes} ${plural(minutes, sv.time.minutes)}`;
}

/** "Längd: 4 min 30 s" for a film of 270 seconds. */
export function filmLengthText(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [
    minutes > 0 && format(sv.film.lengthMinutes, { minutes }),
    rest > 0 && format(sv.film.lengthSeconds, { seconds: rest }),
  ].filter((part) => part !== false);
  return format(sv.film.length, { length: parts.join(' ') });
}

/**
 * "cirka 35 minuter" and the parts behind it: "läsning cirka 5 minuter, två filmer cirka 10
 * minuter och ett uppdrag cirka 20 minuter (tiden för filmerna och uppdraget är uppskattad)".
 */
export function lessonTimeText(time: LessonTime): { total: string; parts: string } {
  const { reading, films, assignments } = time;
  const words = sv.time;
  const parts = [format(words.reading, { minutes: minutesText(reading) })];
  if (films.count > 0) {
    parts.push(
      plural(films.count, words.films, { count: numberWord(films.count), minutes: minutesText(films.minutes) }),
    );
  }
  if (assignments.count > 0) {
    parts.push(
      plural(assignments.count, words.assignments, {
        count: numberWord(assignments.count),
        minutes: minutesText(assignments.minutes),
      }),
    );
  }
  const estimated = [
    films.estimated && plural(films.count, words.estimatedFilms),
    assignments.estimated && plural(assignments.count, words.estimatedAssignments),
  ].filter((part) => part !== false);
  const note = estimated.length > 0 ? ` ${format(words.estimated, { what: listJoin(estimated) })}` : '';
  return { total: format(words.about, { minutes: minutesText(time.total) }), parts: `${listJoin(parts)}${note}` };
}

/**
 * A word or name from the dictionary with "|" where it may break with a hyphen on a narrow
 * screen (browsers do not hyphenate Swedish reliably): as plain text, and with soft hyphens.
 */
export function hyphenationMarks(marked: string): { plain: string; hyphenated: string } {
  return { plain: marked.replaceAll('|', ''), hyphenated: marked.replaceAll('|', '\u00AD') };
}

/**
 * `text` with soft hyphens in the long words listed in sv.hyphenation, so that a heading breaks
 * "Tillgänglighets-redogörelse" on a phone instead of mid-word without a hyphen.
 */
export function softHyphens(text: string): string {
  return sv.hyphenation
    .map(hyphenationMarks)
    .reduce((result, word) => result.replaceAll(word.plain, word.hyphenated), text);
}

/** "Lektion sex". */
export function lessonName(number: number): string {
  return format(sv.lesson.name, { number: numberWord(number) });
}

/** "Lektion sex: DigidelCenter och samhällets digitalisering". */
export function lessonLabel(number: number, title: string): string {
  return format(sv.lesson.label, { number: numberWord(number), title });
}
