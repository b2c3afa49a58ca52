/**
 * Download sizes in Swedish. Apart from ./format.ts because only the offline copy's code (and the
 * build) shows them: in format.ts they would be part of every page's first script.
 */

/** "850 kB", "3,1 MB": a download size as Swedish writes it, to one decimal from a megabyte up. */
export function byteSize(bytes: number): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat('sv-SE', { maximumFractionDigits: digits }).format(value);
  if (bytes < 1_000_000) return `${number(Math.max(1, Math.round(bytes / 1000)), 0)} kB`;
  return `${number(bytes / 1_000_000, 1)} MB`;
}
