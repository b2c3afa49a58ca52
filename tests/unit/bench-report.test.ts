/**
 * The bench report (scripts/bench/report.ts) made from a stored run: tests/fixtures/bench/latest.json
 * is a real bench-results/latest.json. Each budget row is checked against scripts/bench/budgets.ts,
 * so changing one figure of the stored run flips exactly the verdict it should.
 */
import { withFilmIds } from '../../scripts/bench/film-ids';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/bench/budgets';
import {
  REPORT_END,
  REPORT_START,
  budgetRows,
  renderReport,
  summariseSearch,
  withReport,
} from '../../scripts/bench/report';
import { parseBenchResults, type BenchResults } from '../../scripts/bench/results';

const STORED = readFileSync('tests/fixtures/bench/latest.json', 'utf8');
const stored = () => parseBenchResults(STORED);

const row = (results: BenchResults, goal: RegExp) => {
  const found = budgetRows(results).find((candidate) => goal.test(candidate.goal));
  if (!found) throw new Error(`no budget row ${goal}`);
  return found;
};

describe('the bench report from a stored run', () => {
  it('has every section, and a budget row for each budget of the brief', () => {
    const report = renderReport(stored());
    for (const heading of [
      '## Benchmark, ',
      '### Budgets',
      '### Lesson page: ours against the anchor',
      '### Other pages',
      '### Films: ours against the other ways to embed YouTube',
      '### Search: ours against Starlight',
      '### Scale',
      '### Offline copy',
    ]) {
      expect(report).toContain(heading);
    }
    expect(budgetRows(stored())).toHaveLength(12);
    for (const budget of budgetRows(stored())) {
      expect(report).toContain(
        `| ${budget.goal} | ${budget.measured} | ${budget.budget} | ${budget.met ? '✅' : '❌'} |`,
      );
    }
  });

  it('writes each budget from budgets.ts', () => {
    expect(row(stored(), /^Lesson page first load/).budget).toBe(`≤ ${BUDGETS.lessonPageBytes / 1024} KB`);
    expect(row(stored(), /^"Starta video"/).budget).toBe(`≤ ${BUDGETS.consentMs} ms`);
    expect(row(stored(), /^Build of a 1,000-lesson course/).budget).toBe(`≤ ${BUDGETS.buildSeconds} s`);
  });

  it('fails the page budget when the page grows past 30 KB, naming the size', () => {
    const results = stored();
    expect(row(results, /^Lesson page first load/).met).toBe(true);
    results.lessonPages.shipped.page.brotli = 31 * 1024;
    const failed = row(results, /^Lesson page first load/);
    expect(failed.met).toBe(false);
    expect(failed.measured).toMatch(/^31\.0 KB \/ /);
  });

  it('judges search time on courses up to 1,000 lessons, and reports the largest beside it', () => {
    const results = stored();
    for (const scale of results.scale) {
      for (const run of scale.search) Object.assign(run, { coldMs: 40, warmMs: 60 });
    }
    const largest = results.scale.at(-1);
    if (!largest || largest.lessons <= 1000) throw new Error('no scale row above 1,000 lessons');
    for (const run of largest.search) run.warmMs = 900;
    const searchRow = row(results, /^Search, every query up to 1,000 lessons/);
    expect(searchRow.met).toBe(true);
    expect(searchRow.measured).toMatch(/\(900 ms\)$/);

    const thousand = results.scale.find((scale) => scale.lessons === 1000);
    for (const run of thousand?.search ?? []) run.coldMs = 150;
    expect(row(results, /^Search, every query up to 1,000 lessons/).met).toBe(false);
  });

  it('takes the median of the runs, so one slow run does not fail a budget', () => {
    const results = stored();
    expect(results.search.shipped).toHaveLength(5);
    results.search.shipped.forEach((run, index) => {
      run.coldMs = [10, 500, 20, 30, 40][index] ?? 0;
      run.warmMs = 20;
    });
    expect(summariseSearch(results.search.shipped).cold).toEqual({ median: 30, min: 10, max: 500 });
    expect(row(results, /^Search, lesson six/).met).toBe(true);
  });

  it('needs Starlight at 1,000 lessons to pass the first-query budget', () => {
    const results = stored();
    results.starlightScale = null;
    expect(row(results, /^Search, first query at 1,000 lessons/)).toMatchObject({ measured: '–', met: false });
  });
});

describe('stored results', () => {
  it('are refused when a figure is missing, naming it', () => {
    const broken = JSON.parse(STORED) as { lessonPages: { shipped: Record<string, unknown> } };
    delete broken.lessonPages.shipped['scripts'];
    expect(() => parseBenchResults(JSON.stringify(broken))).toThrow(/scripts/);
  });

  it('go into the document between the report markers, and nowhere else', () => {
    const doc = `# Performance\n\nText before.\n\n${REPORT_START}\nold report\n${REPORT_END}\n\nText after.\n`;
    const updated = withReport(doc, '## Benchmark, new');
    expect(updated).toBe(
      `# Performance\n\nText before.\n\n${REPORT_START}\n\n## Benchmark, new\n\n${REPORT_END}\n\nText after.\n`,
    );
    expect(withReport(updated, '## Benchmark, newer')).toContain('## Benchmark, newer');
    expect(() => withReport('# No markers', 'x')).toThrow(/report/);
  });
});

describe('the bench’s lesson with films', () => {
  it('gives an ID only to the films that have none, and keeps an ID the editor set', () => {
    const lesson = [
      '<Film\n  title="Första"\n/>',
      '<Film youtube="dQw4w9WgXcQ" title="Andra" />',
      '<Film title="Tredje" duration="3:00">\n\nText\n\n</Film>',
    ].join('\n\n');
    const measured = withFilmIds(lesson, ['bench000001', 'bench000002']);
    expect(measured.match(/youtube=/g)).toHaveLength(3);
    expect(measured).toContain('<Film youtube="bench000001"\n  title="Första"\n/>');
    expect(measured).toContain('<Film youtube="dQw4w9WgXcQ" title="Andra" />');
    expect(measured).toContain('<Film youtube="bench000002" title="Tredje" duration="3:00">');
  });
});
