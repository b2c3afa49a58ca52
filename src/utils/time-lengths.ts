/**
 * Lengths of time as editors write them in lessons: a film's start time and its length. Shared
 * by the film's URL parsing, the lesson check and the lesson's time.
 */

/** Seconds from "90", "90s", "1m30s" or "1h2m3s"; undefined when the text is not a time. */
export function parseStartTime(value: string): number | undefined {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value.trim());
  if (!match || value.trim() === '') return undefined;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** Seconds in a film length: "4:30", "1:02:00", "4m30s" or "270". Undefined when it is none. */
export function parseDuration(value: string): number | undefined {
  const text = value.trim();
  const clock = /^(?:(\d+):)?(\d+):([0-5]\d)$/.exec(text);
  if (clock) {
    const [, hours = '0', minutes = '0', seconds = '0'] = clock;
    return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  }
  return parseStartTime(text);
}
