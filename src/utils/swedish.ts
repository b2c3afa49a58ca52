/** Swedish wording that the pages compute from numbers and lists. */
import type { LessonTime } from './reading-time';

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
  return `${minutes} ${minutes === 1 ? 'minut' : 'minuter'}`;
}

/** "24 november 2026". */
export function dateText(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** ISO date for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * "cirka 35 minuter" and the parts behind it: "läsning cirka 5 minuter, två filmer cirka 10
 * minuter och ett uppdrag cirka 20 minuter (tiden för filmerna och uppdraget är uppskattad)".
 */
export function lessonTimeText(time: LessonTime): { total: string; parts: string } {
  const { reading, films, assignments } = time;
  const parts = [`läsning cirka ${minutesText(reading)}`];
  if (films.count > 0) {
    const count = films.count === 1 ? 'en film' : `${numberWord(films.count)} filmer`;
    parts.push(`${count} cirka ${minutesText(films.minutes)}`);
  }
  if (assignments.count > 0) {
    parts.push(`${numberWord(assignments.count)} uppdrag cirka ${minutesText(assignments.minutes)}`);
  }
  const estimated = [
    films.estimated && (films.count === 1 ? 'filmen' : 'filmerna'),
    assignments.estimated && (assignments.count === 1 ? 'uppdraget' : 'uppdragen'),
  ].filter((part) => part !== false);
  const note = estimated.length > 0 ? ` (tiden för ${listJoin(estimated)} är uppskattad)` : '';
  return { total: `cirka ${minutesText(time.total)}`, parts: `${listJoin(parts)}${note}` };
}
