/**
 * A time as the stores write it (Date#toISOString). Anything else, "igår" or "2026-02-30T…",
 * would throw or show a wrong day when displayed, so it makes the data unreadable.
 */
export function isIsoTime(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value)) return false;
  const time = new Date(value);
  return !Number.isNaN(time.getTime()) && time.toISOString().slice(0, 19) === value.slice(0, 19);
}
