/** The median of a few runs with their range, for every timing the bench reports. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** The middle value (the upper middle of an even count), NaN for none. */
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}
