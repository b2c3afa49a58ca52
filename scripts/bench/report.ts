/**
 * The benchmark report: Markdown made from stored results (./results.ts) and the budgets
 * (./budgets.ts) alone, with each figure beside its budget. Pure, so a unit test makes it from a
 * stored latest.json, and `npm run bench -- --report` makes it again without measuring.
 */
import { BUDGETS } from './budgets.ts';
import type { BenchResults, LighthouseRun, PageLoad, SearchRun } from './results.ts';
import { spread, type Spread } from './stats.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const range = (value: Spread, format: (n: number) => string = ms) =>
  `${format(value.median)} (${format(value.min)}–${format(value.max)})`;
const times = (ours: number, theirs: number) => `${(ours / theirs).toFixed(2)}×`;
const verdict = (ok: boolean) => (ok ? '✅' : '❌');
const thousands = (n: number) => n.toLocaleString('en');
const NOT_OFFLINE = 'not measurable offline';

const column = (values: readonly (string | number)[]) => `| ${values.join(' | ')} |`;
const header = (names: readonly string[]) => [column(['', ...names]), column(['---', ...names.map(() => '---')])];

/** Five Lighthouse runs as the report reads them: medians and ranges, and the lowest of the steady categories. */
export interface LighthouseSummary {
  performance: Spread;
  /** The categories other than performance do not vary between runs; their lowest is reported. */
  accessibility: number;
  bestPractices: number;
  seo: number;
  renderBlocking: number;
  fcp: Spread;
  lcp: Spread;
  /** Simulated LCP ÷ FCP of the medians, and of each run in run order (they fall into groups, docs/performance.md). */
  ratio: number;
  ratios: number[];
  observedRatio: Spread;
  tbt: Spread;
  cls: Spread;
}

export function summariseLighthouse(runs: readonly LighthouseRun[]): LighthouseSummary {
  const of = (pick: (run: LighthouseRun) => number) => spread(runs.map(pick));
  const worst = (pick: (run: LighthouseRun) => number) => Math.min(...runs.map(pick));
  const fcp = of((run) => run.fcpMs);
  const lcp = of((run) => run.lcpMs);
  return {
    performance: of((run) => run.performance),
    accessibility: worst((run) => run.accessibility),
    bestPractices: worst((run) => run.bestPractices),
    seo: worst((run) => run.seo),
    renderBlocking: Math.max(...runs.map((run) => run.renderBlocking)),
    fcp,
    lcp,
    ratio: lcp.median / fcp.median,
    ratios: runs.map((run) => run.lcpMs / run.fcpMs),
    observedRatio: of((run) => run.observedLcpMs / run.observedFcpMs),
    tbt: of((run) => run.tbtMs),
    cls: of((run) => run.cls),
  };
}

/** A search measured in several fresh contexts: first and later query times, and the first run's bytes. */
export interface SearchSummary {
  cold: Spread;
  warm: Spread;
  first: SearchRun;
}

export function summariseSearch(runs: readonly SearchRun[]): SearchSummary {
  const [first] = runs;
  if (!first) throw new Error('A search with no runs');
  return { cold: spread(runs.map((run) => run.coldMs)), warm: spread(runs.map((run) => run.warmMs)), first };
}

/** One row of the budget table. */
export interface BudgetRow {
  goal: string;
  measured: string;
  budget: string;
  met: boolean;
}

/** Every budget with what was measured for it, checked against ./budgets.ts. */
export function budgetRows(results: BenchResults): BudgetRow[] {
  const { shipped, withFilms } = results.lessonPages;
  const lighthouse = summariseLighthouse(results.lighthouse.withFilms);
  const consent = spread(results.consentMs);
  const search = summariseSearch(results.search.shipped);
  const atBudgetScale = results.scale.find((row) => row.lessons === BUDGETS.searchLessons);
  const atBuildScale = results.scale.find((row) => row.lessons === BUDGETS.buildLessons);
  const starlightAtScale =
    results.starlightScale?.lessons === BUDGETS.searchLessons
      ? summariseSearch(results.starlightScale.search)
      : undefined;
  const slowestQueryUpTo = (lessons: number) =>
    Math.max(
      ...results.scale
        .filter((row) => row.lessons <= lessons)
        .map((row) => summariseSearch(row.search))
        .flatMap((summary) => [summary.cold.median, summary.warm.median]),
    );
  const largest = Math.max(...results.scale.map((row) => row.lessons));
  const firstAtScale = atBudgetScale ? summariseSearch(atBudgetScale.search).first : undefined;
  const thirdParty = withFilms.thirdPartyRequests + withFilms.afterHover.requests;
  const scores = [lighthouse.performance.median, lighthouse.accessibility, lighthouse.bestPractices, lighthouse.seo];
  return [
    {
      goal: 'Requests to other hosts before consent, after hover/focus/scroll',
      measured: `${thirdParty} (preconnects: ${withFilms.afterHover.preconnects})`,
      budget: String(BUDGETS.thirdPartyRequests),
      met: thirdParty + withFilms.afterHover.preconnects <= BUDGETS.thirdPartyRequests,
    },
    {
      goal: 'Lesson page first load, all but images, br (shipped / with films)',
      measured: `${kb(shipped.page.brotli)} / ${kb(withFilms.page.brotli)}`,
      budget: `≤ ${BUDGETS.lessonPageBytes / 1024} KB`,
      met: Math.max(shipped.page.brotli, withFilms.page.brotli) <= BUDGETS.lessonPageBytes,
    },
    {
      goal: 'First paint needs only the HTML: stylesheets linked / render-blocking (with films)',
      measured: `${withFilms.stylesheets} / ${lighthouse.renderBlocking}`,
      budget: `${BUDGETS.blockingResources} / ${BUDGETS.blockingResources}`,
      met: Math.max(withFilms.stylesheets, lighthouse.renderBlocking) <= BUDGETS.blockingResources,
    },
    {
      goal: 'LCP ÷ FCP (with films), simulated; as painted',
      measured: `${lighthouse.ratio.toFixed(2)}; ${lighthouse.observedRatio.median.toFixed(2)}`,
      budget: `≤ ${BUDGETS.lcpOverFcp}`,
      met: lighthouse.ratio <= BUDGETS.lcpOverFcp,
    },
    {
      goal: 'JavaScript before interaction, gz (shipped / with films)',
      measured: `${kb(shipped.scripts.gzip)} / ${kb(withFilms.scripts.gzip)}`,
      budget: `≤ ${BUDGETS.scriptBytes / 1024} KB`,
      met: Math.max(shipped.scripts.gzip, withFilms.scripts.gzip) <= BUDGETS.scriptBytes,
    },
    {
      goal: 'Script modules before interaction / longest import chain (with films)',
      measured: `${withFilms.scriptCount} / ${withFilms.importDepth}`,
      budget: `${BUDGETS.scriptModules} / ${BUDGETS.importDepth}`,
      met: withFilms.scriptCount <= BUDGETS.scriptModules && withFilms.importDepth <= BUDGETS.importDepth,
    },
    {
      goal: 'Lighthouse mobile, with films: perf / a11y / best practices / SEO; CLS',
      measured: `${scores.join(' / ')}; ${lighthouse.cls.median.toFixed(3)}`,
      budget: `${scores.map(() => BUDGETS.lighthouseScore).join(' / ')}; ${BUDGETS.cls}`,
      met: scores.every((score) => score >= BUDGETS.lighthouseScore) && lighthouse.cls.median <= BUDGETS.cls,
    },
    {
      goal: '"Starta video" click to the iframe request',
      measured: range(consent),
      budget: `≤ ${BUDGETS.consentMs} ms`,
      met: consent.median <= BUDGETS.consentMs,
    },
    {
      goal: 'Search, lesson six: last keystroke to results (first / later query)',
      measured: `${range(search.cold)} / ${range(search.warm)}`,
      budget: `≤ ${BUDGETS.searchMs} ms`,
      met: Math.max(search.cold.median, search.warm.median) <= BUDGETS.searchMs,
    },
    {
      goal: `Search, every query up to ${thousands(BUDGETS.searchLessons)} lessons: slowest median (${thousands(largest)} lessons, reported)`,
      measured: `${ms(slowestQueryUpTo(BUDGETS.searchLessons))} (${ms(slowestQueryUpTo(largest))})`,
      budget: `≤ ${BUDGETS.searchMs} ms`,
      met: atBudgetScale !== undefined && slowestQueryUpTo(BUDGETS.searchLessons) <= BUDGETS.searchMs,
    },
    {
      goal: `Search, first query at ${thousands(BUDGETS.searchLessons)} lessons, br: ours / Starlight; ours without UI files`,
      measured:
        firstAtScale && starlightAtScale
          ? `${kb(firstAtScale.brotli)} / ${kb(starlightAtScale.first.brotli)}; ${kb(firstAtScale.brotliWithoutUi)}`
          : '–',
      budget: `≤ Starlight; ≤ ${BUDGETS.firstQueryBytes / 1024} KB`,
      met:
        !!firstAtScale &&
        !!starlightAtScale &&
        firstAtScale.brotli <= starlightAtScale.first.brotli &&
        firstAtScale.brotliWithoutUi <= BUDGETS.firstQueryBytes,
    },
    {
      goal: `Build of a ${thousands(BUDGETS.buildLessons)}-lesson course`,
      measured: atBuildScale ? `${atBuildScale.buildSeconds.toFixed(1)} s` : '–',
      budget: `≤ ${BUDGETS.buildSeconds} s`,
      met: (atBuildScale?.buildSeconds ?? Infinity) <= BUDGETS.buildSeconds,
    },
  ];
}

function lessonPageTable(results: BenchResults, names: readonly string[]): string[] {
  const loads: PageLoad[] = [results.lessonPages.shipped, results.lessonPages.withFilms, results.lessonPages.starlight];
  const lighthouse = [results.lighthouse.shipped, results.lighthouse.withFilms, results.lighthouse.starlight].map(
    summariseLighthouse,
  );
  return [
    ...header(names),
    column(['Requests on load', ...loads.map((load) => load.requests)]),
    column([
      'Page, all but images (br / gz)',
      ...loads.map((load) => `${kb(load.page.brotli)} / ${kb(load.page.gzip)}`),
    ]),
    column([
      'JavaScript before interaction (br / gz)',
      ...loads.map((load) => `${kb(load.scripts.brotli)} / ${kb(load.scripts.gzip)}`),
    ]),
    column([
      'Script modules / longest import chain',
      ...loads.map((load) => `${load.scriptCount} / ${load.importDepth}`),
    ]),
    column(['Stylesheets linked', ...loads.map((load) => load.stylesheets)]),
    column(['Lighthouse performance', ...lighthouse.map((runs) => range(runs.performance, String))]),
    column([
      'Lighthouse accessibility / best practices / SEO',
      ...lighthouse.map((runs) => `${runs.accessibility} / ${runs.bestPractices} / ${runs.seo}`),
    ]),
    column(['Render-blocking resources (Lighthouse)', ...lighthouse.map((runs) => runs.renderBlocking)]),
    column(['FCP', ...lighthouse.map((runs) => range(runs.fcp))]),
    column(['LCP', ...lighthouse.map((runs) => range(runs.lcp))]),
    column(['LCP ÷ FCP', ...lighthouse.map((runs) => runs.ratio.toFixed(2))]),
    column(['LCP ÷ FCP, each run', ...lighthouse.map((runs) => runs.ratios.map((r) => r.toFixed(2)).join(', '))]),
    column([
      'LCP ÷ FCP as painted (unthrottled trace)',
      ...lighthouse.map((runs) => range(runs.observedRatio, (value) => value.toFixed(2))),
    ]),
    column(['TBT', ...lighthouse.map((runs) => range(runs.tbt))]),
    column(['CLS', ...lighthouse.map((runs) => runs.cls.median.toFixed(3))]),
    column([
      'Build of the site',
      ms(results.builds.shippedSeconds * 1000),
      '–',
      ms(results.builds.starlightSeconds * 1000),
    ]),
  ];
}

export function renderReport(results: BenchResults): string {
  const { lessonPages } = results;
  const starlightName = `Starlight ${results.starlightVersion}`;
  const names = [
    'Lesson six as shipped (films not available yet)',
    'Ours, with two films (consent wrapper)',
    `${starlightName}, same lesson (anchor)`,
  ];
  const search = summariseSearch(results.search.shipped);
  const starlightSearch = summariseSearch(results.search.starlight);
  const shippedLh = summariseLighthouse(results.lighthouse.shipped);
  const starlightLh = summariseLighthouse(results.lighthouse.starlight);
  const atScale = results.scale.find((row) => row.lessons === results.starlightScale?.lessons);
  const oursAtScale = atScale ? summariseSearch(atScale.search) : undefined;
  const starlightAtScale = results.starlightScale ? summariseSearch(results.starlightScale.search) : undefined;
  const films = [
    { name: names[1] ?? '', load: lessonPages.withFilms },
    { name: "YouTube's iframe embed", load: lessonPages.iframe },
    { name: 'Plain lite-youtube-embed', load: lessonPages.lite },
  ];
  const scaleCompared =
    atScale && results.starlightScale
      ? `, ${thousands(atScale.lessons)}-lesson build ${times(atScale.buildSeconds, results.starlightScale.seconds)}`
      : '';

  return [
    `## Benchmark, ${results.date}`,
    '',
    `Measured by \`npm run bench\` in Debian's Chromium on a shared 2-core machine, offline (requests to other hosts are stopped and counted). Timings are the median of ${results.runs} runs with the range in brackets; byte counts do not vary. "br" and "gz" are the bodies compressed with brotli (quality 11) and gzip (level 6). Lighthouse: mobile, simulated throttling. Synthetic lessons have ${results.words.syntheticLesson} words of source against lesson six's ${results.words.lessonSix}.`,
    '',
    '### Budgets',
    '',
    column(['Goal', 'Measured', 'Budget', '']),
    column(['---', '---', '---', '---']),
    ...budgetRows(results).map((row) => column([row.goal, row.measured, row.budget, verdict(row.met)])),
    '',
    '### Lesson page: ours against the anchor',
    '',
    ...lessonPageTable(results, names),
    '',
    `Ours as shipped ÷ Starlight: page ${times(lessonPages.shipped.page.brotli, lessonPages.starlight.page.brotli)}, JavaScript ${times(lessonPages.shipped.scripts.brotli, lessonPages.starlight.scripts.brotli)}, LCP ${times(shippedLh.lcp.median, starlightLh.lcp.median)}, first search ${times(search.first.brotli, starlightSearch.first.brotli)}, build ${times(results.builds.shippedSeconds, results.builds.starlightSeconds)}${scaleCompared}.`,
    '',
    '### Other pages',
    '',
    "Every page loads the same one module; a page with behaviour of its own (the start page's progress, the answers, the privacy page's controls, search) loads that as further chunks at once. The import chain counts static imports. The search page runs its search on load, so its row includes the search engine.",
    '',
    column([
      'Page',
      'Requests on load',
      'Page, all but images (br)',
      'JavaScript before interaction (br / gz)',
      'Script modules / longest import chain',
    ]),
    column(['---', '---', '---', '---', '---']),
    ...results.otherPages.map(({ path, load }) =>
      column([
        `\`${path}\``,
        load.requests,
        kb(load.page.brotli),
        `${kb(load.scripts.brotli)} / ${kb(load.scripts.gzip)}`,
        `${load.scriptCount} / ${load.importDepth}`,
      ]),
    ),
    '',
    '### Films: ours against the other ways to embed YouTube',
    '',
    'Only what can be measured with the network cut off is measured: what each page tries to fetch from other hosts, and from which. The other embeds load YouTube\'s player on a real connection, which never arrives here, so their bytes, scores and timings would describe a broken page and are left out. Published figure: lite-youtube-embed "renders … approximately 224× faster" than the iframe embed (its README, github.com/paulirish/lite-youtube-embed).',
    '',
    ...header(films.map(({ name }) => name)),
    column(['Requests to other hosts on load', ...films.map(({ load }) => load.thirdPartyRequests)]),
    column(['… more after hover, focus, scroll', ...films.map(({ load }) => load.afterHover.requests)]),
    column(['Preconnects added', ...films.map(({ load }) => load.afterHover.preconnects)]),
    column(['Hosts contacted', ...films.map(({ load }) => load.hosts.join(', '))]),
    column(['Bytes, Lighthouse, LCP', 'see above', NOT_OFFLINE, NOT_OFFLINE]),
    '',
    '### Search: ours against Starlight',
    '',
    column(['', 'Ours', starlightName]),
    column(['---', '---', '---']),
    column([
      'Lesson six: first query, br (gz as sent)',
      `${kb(search.first.brotli)} (${kb(search.first.bytes)})`,
      `${kb(starlightSearch.first.brotli)} (${kb(starlightSearch.first.bytes)})`,
    ]),
    column([
      'Lesson six: first / later query',
      `${range(search.cold)} / ${range(search.warm)}`,
      `${range(starlightSearch.cold)} / ${range(starlightSearch.warm)}`,
    ]),
    ...(atScale && oursAtScale && starlightAtScale && results.starlightScale
      ? [
          column([
            `${thousands(atScale.lessons)} lessons: first query, br; without UI files; fragments fetched`,
            `${kb(oursAtScale.first.brotli)}; ${kb(oursAtScale.first.brotliWithoutUi)}; ${oursAtScale.first.fragments}`,
            `${kb(starlightAtScale.first.brotli)}; ${kb(starlightAtScale.first.brotliWithoutUi)}; ${starlightAtScale.first.fragments}`,
          ]),
          column([
            `${thousands(atScale.lessons)} lessons: first / later query`,
            `${range(oursAtScale.cold)} / ${range(oursAtScale.warm)}`,
            `${range(starlightAtScale.cold)} / ${range(starlightAtScale.warm)}`,
          ]),
          column([
            `${thousands(atScale.lessons)} lessons: build`,
            `${atScale.buildSeconds.toFixed(1)} s`,
            `${results.starlightScale.seconds.toFixed(1)} s`,
          ]),
        ]
      : []),
    '',
    '### Scale',
    '',
    column([
      'Lessons',
      'Build',
      'Peak memory',
      'dist/',
      'Pagefind index',
      'First query, br (without UI)',
      'First query',
      'Later query',
    ]),
    column(['---', '---', '---', '---', '---', '---', '---', '---']),
    ...results.scale.map((row) => {
      const rowSearch = summariseSearch(row.search);
      return column([
        thousands(row.lessons),
        `${row.buildSeconds.toFixed(1)} s`,
        row.peakMb === null ? '–' : `${Math.round(row.peakMb)} MB`,
        mb(row.distBytes),
        mb(row.indexBytes),
        `${kb(rowSearch.first.brotli)} (${kb(rowSearch.first.brotliWithoutUi)})`,
        range(rowSearch.cold),
        range(rowSearch.warm),
      ]);
    }),
    '',
    'Builds are single runs: five builds of the largest course would take longer than the rest of the bench together.',
    '',
    '### Offline copy',
    '',
    'What "Spara kursen för läsning utan internet" saves, and the time from the click to "Kursen är sparad", from a server on this machine (one run; loopback, so this is the browser\'s own work).',
    '',
    column(['Lessons', 'Files', 'Size', 'Time to save']),
    column(['---', '---', '---', '---']),
    ...results.offline.map((row) =>
      column([row.lessons, row.save.files, mb(row.save.bytes), `${(row.save.saveMs / 1000).toFixed(1)} s`]),
    ),
    '',
  ].join('\n');
}

/** The lines in docs/performance.md between which `npm run bench` writes its report. */
export const REPORT_START = '<!-- bench report: written by npm run bench from bench-results/latest.json -->';
export const REPORT_END = '<!-- end of bench report -->';

/** `doc` with the text between the report markers replaced by `report`; throws when the markers are missing. */
export function withReport(doc: string, report: string): string {
  const start = doc.indexOf(REPORT_START);
  const end = doc.indexOf(REPORT_END);
  if (start === -1 || end < start) throw new Error(`The document has no "${REPORT_START}" … "${REPORT_END}" section.`);
  return `${doc.slice(0, start + REPORT_START.length)}\n\n${report.trim()}\n\n${doc.slice(end)}`;
}
