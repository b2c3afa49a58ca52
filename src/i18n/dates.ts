/**
 * Dates and times in Swedish, in one place for the build and the browser: a lesson's calendar
 * dates (stored as UTC days) and the moments a learner saved something (shown in their own
 * time zone).
 */

/** "24 november 2026" for a calendar date from frontmatter or course.yaml. */
export function dateText(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** ISO date for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "24 november 2026": the day of a moment the learner saved, in their time zone. */
export function dayText(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long' }).format(new Date(iso));
}
