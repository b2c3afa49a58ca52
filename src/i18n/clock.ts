/**
 * The time of day in Swedish, for "Sparat … kl. 16:45". Apart from ./dates.ts because only the
 * answer fields' code shows it: in dates.ts it would be part of every page's first script.
 */

/** "16:45": the time of a moment the learner saved, in their time zone. */
export function timeText(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}
