/** Swedish wording that the pages compute from numbers and lists. */

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
