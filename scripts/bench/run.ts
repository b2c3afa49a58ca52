/**
 * `npm run bench`: measures every budget in one run (./collect.ts), stores the raw figures in
 * bench-results/latest.json (and a dated copy), and prints the report made from them
 * (./report.ts), also written to bench-results/latest.md and into docs/performance.md between its
 * report markers. `npm run bench -- --report` makes the report again from the stored latest.json
 * without measuring.
 * Times are from a shared, noisy machine: read the medians and ranges, not single figures.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { collect } from './collect.ts';
import { renderReport, withReport } from './report.ts';
import { parseBenchResults } from './results.ts';

const DIR = 'bench-results';
const LATEST = join(DIR, 'latest.json');
const DOC = 'docs/performance.md';

let text: string;
if (process.argv.includes('--report')) {
  text = await readFile(LATEST, 'utf8');
} else {
  const results = await collect();
  text = `${JSON.stringify(results, null, 2)}\n`;
  await mkdir(DIR, { recursive: true });
  await writeFile(join(DIR, `bench-${results.date}.json`), text);
  await writeFile(LATEST, text);
}
const report = renderReport(parseBenchResults(text));
await writeFile(join(DIR, 'latest.md'), report);
// Formatted as Prettier formats the docs, so npm run check passes on the written file.
const doc = withReport(await readFile(DOC, 'utf8'), report);
await writeFile(DOC, await format(doc, { ...(await resolveConfig(DOC)), filepath: DOC }));
process.stdout.write(`${report}\n`);
process.stderr.write(`[bench] figures in ${LATEST}; report in ${join(DIR, 'latest.md')} and ${DOC}\n`);
