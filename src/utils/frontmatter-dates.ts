/**
 * Dates in frontmatter that do not exist. YAML reads "2026-02-30" as 2 March without a word,
 * so the lesson would show a date the editor never wrote; the loader checks the raw text.
 */

/** The date fields whose written value is not a real calendar day, e.g. ['published: 2026-02-30']. */
export function impossibleDates(source: string, fields: readonly string[] = ['published', 'revised']): string[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  return fields.flatMap((field) => {
    const match = new RegExp(`^${field}:\\s*['"]?(\\d{4})-(\\d{2})-(\\d{2})['"]?\\s*(#.*)?$`, 'm').exec(frontmatter);
    if (!match) return [];
    const [, year, month, day] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    return real ? [] : [`${field}: ${match[1]}-${match[2]}-${match[3]}`];
  });
}
