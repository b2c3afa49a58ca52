/**
 * `npm run bench`: builds, serves and measures in one run, and prints a Markdown report with
 * each figure beside its budget (docs/performance.md has the latest), also written to bench-results/.
 *
 * 1. Lesson six as shipped, the same page with films (bench-only IDs, in a temporary copy of
 *    the content), that page with YouTube's iframe embed and with plain lite-youtube-embed, and
 *    the anchor: an Astro Starlight site built from the same lesson (scripts/bench/starlight.ts).
 * 2. Page loads and Lighthouse, five runs each (median, min–max); "Starta video" to the player's
 *    request; search bytes and latency, five runs each.
 * 3. Synthetic courses of 10, 100, 1,000 and 10,000 lessons the size of lesson six: build time,
 *    peak memory, sizes, search; Starlight at 1,000 lessons for the search comparison.
 * 4. The offline copy of lesson six and of 100 and 1,000 lessons: files, size, time to save.
 * Everything is generated under the system's temporary folder; nothing here is committed.
 * Times are from a shared, noisy machine: read the medians and ranges, not single figures.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/support/chromium.ts';
import { runLighthouse, type LighthouseScores } from './lighthouse.ts';
import {
  OUR_SEARCH,
  STARLIGHT_SEARCH,
  consentToPlayer,
  measureOfflineSave,
  measurePageLoad,
  measureSearch,
  spread,
  type OfflineSave,
  type PageLoad,
  type SearchUi,
  type Spread,
} from './measure.ts';
import { serveStatic, type RunningServer } from '../lib/static-server.ts';
import { buildStarlight, installStarlight, STARLIGHT_VERSION, writeStarlightCourse } from './starlight.ts';
import { uniqueWord, writeSyntheticCourse } from './synthetic-course.ts';
import { makeVariant } from './variants.ts';

const LESSON_PATH = 'lektioner/digidelcenter-och-samhallets-digitalisering/';
const LESSON_SIX_MDX = 'content/lessons/06-digidelcenter-och-samhallets-digitalisering.mdx';
const BENCH_FILM_IDS = ['benchfilm01', 'benchfilm02'];
const RUNS = 5;
const SCALES = [10, 100, 1000, 10_000];
const work = await mkdtemp(join(tmpdir(), 'digidel-bench-'));
const servers: RunningServer[] = [];
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

interface Built {
  seconds: number;
  /** Peak resident memory of the build, from /usr/bin/time; undefined where that is missing. */
  peakMb: number | undefined;
}

/** Builds `courseDir` into `outDir` for a site served at `siteUrl`, measuring time and peak memory. */
function build(courseDir: string, outDir: string, siteUrl: string): Built {
  const started = performance.now();
  const timed = spawnSync('/usr/bin/time', ['-f', 'peak-kb %M', 'node_modules/.bin/astro', 'build'], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      COURSE_DIR: courseDir,
      COURSE_OUT_DIR: outDir,
      SITE_URL: siteUrl,
    },
  });
  if (timed.error || timed.status !== 0) {
    throw new Error(`Build of ${courseDir} failed:\n${timed.stdout}\n${timed.stderr}`);
  }
  const peak = /peak-kb (\d+)/.exec(timed.stderr)?.[1];
  return { seconds: (performance.now() - started) / 1000, peakMb: peak ? Number(peak) / 1024 : undefined };
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Starts a server on an empty folder first, so the build can be told its real address. */
async function serve(dir: string): Promise<RunningServer> {
  await mkdir(dir, { recursive: true });
  const server = await serveStatic(dir);
  servers.push(server);
  return server;
}

interface LighthouseRuns {
  scores: LighthouseScores;
  fcp: Spread;
  lcp: Spread;
  /** Each run's simulated LCP ÷ FCP, in run order: they fall into two groups (see docs/performance.md). */
  ratios: number[];
  observedRatio: Spread;
  tbt: Spread;
  cls: Spread;
  performance: Spread;
}

async function lighthouseRuns(url: string): Promise<LighthouseRuns> {
  const runs: LighthouseScores[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await runLighthouse(url));
  const of = (pick: (scores: LighthouseScores) => number) => spread(runs.map(pick));
  const performance = of((scores) => scores.performance);
  // The categories other than performance do not vary between runs; their lowest is reported.
  const worst = (pick: (scores: LighthouseScores) => number) => Math.min(...runs.map(pick));
  return {
    scores: {
      performance: performance.median,
      accessibility: worst((scores) => scores.accessibility),
      bestPractices: worst((scores) => scores.bestPractices),
      seo: worst((scores) => scores.seo),
      fcpMs: of((scores) => scores.fcpMs).median,
      lcpMs: of((scores) => scores.lcpMs).median,
      observedFcpMs: of((scores) => scores.observedFcpMs).median,
      observedLcpMs: of((scores) => scores.observedLcpMs).median,
      tbtMs: of((scores) => scores.tbtMs).median,
      cls: of((scores) => scores.cls).median,
      renderBlocking: Math.max(...runs.map((scores) => scores.renderBlocking)),
    },
    fcp: of((scores) => scores.fcpMs),
    lcp: of((scores) => scores.lcpMs),
    ratios: runs.map((scores) => scores.lcpMs / scores.fcpMs),
    observedRatio: of((scores) => scores.observedLcpMs / scores.observedFcpMs),
    tbt: of((scores) => scores.tbtMs),
    cls: of((scores) => scores.cls),
    performance,
  };
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const range = (value: Spread, format: (n: number) => string = ms) =>
  `${format(value.median)} (${format(value.min)}–${format(value.max)})`;
const ratio = (ours: number, theirs: number) => `${(ours / theirs).toFixed(2)}×`;
const verdict = (ok: boolean) => (ok ? '✅' : '❌');
const NOT_OFFLINE = 'not measurable offline';

try {
  // 1. The sites.
  log('building lesson six as shipped, and with bench films');
  const shipped = await serve(join(work, 'shipped'));
  build('content', join(work, 'shipped'), shipped.origin);
  const withFilmsContent = join(work, 'content-with-films');
  await cp('content', withFilmsContent, { recursive: true });
  const lessonMdx = join(withFilmsContent, 'lessons', '06-digidelcenter-och-samhallets-digitalisering.mdx');
  let filmIndex = 0;
  await writeFile(
    lessonMdx,
    (await readFile(lessonMdx, 'utf8')).replace(
      /<Film\n/g,
      () => `<Film\n  youtube="${BENCH_FILM_IDS[filmIndex++] ?? ''}"\n`,
    ),
  );
  const ours = await serve(join(work, 'ours'));
  build(withFilmsContent, join(work, 'ours'), ours.origin);
  const iframe = await serve(join(work, 'iframe'));
  const lite = await serve(join(work, 'lite'));
  await rm(join(work, 'iframe'), { recursive: true });
  await rm(join(work, 'lite'), { recursive: true });
  await makeVariant(join(work, 'ours'), join(work, 'iframe'), join(LESSON_PATH, 'index.html'), 'iframe');
  await makeVariant(join(work, 'ours'), join(work, 'lite'), join(LESSON_PATH, 'index.html'), 'lite');

  log(`installing Starlight ${STARLIGHT_VERSION} into the bench folder`);
  const starlightProject = join(work, 'starlight');
  await installStarlight(starlightProject);
  await writeStarlightCourse('content', starlightProject);
  // Inside the project: Astro's prerender step resolves Starlight's packages from the output folder.
  const starlight = await serve(join(starlightProject, 'site'));
  const starlightBuild = buildStarlight(starlightProject, join(starlightProject, 'site'), starlight.origin);
  const shippedBuild = build('content', join(work, 'shipped-again'), shipped.origin);

  const browser = await chromium.launch(chromiumLaunchOptions);
  const lesson = (server: RunningServer) => `${server.origin}/${LESSON_PATH}`;
  const variants = [
    { name: 'Lesson six as shipped (films not available yet)', server: shipped },
    { name: 'Ours, with two films (consent wrapper)', server: ours },
    { name: `Starlight ${STARLIGHT_VERSION}, same lesson (anchor)`, server: starlight },
  ];
  const youtubeVariants = [
    { name: "YouTube's iframe embed", server: iframe },
    { name: 'Plain lite-youtube-embed', server: lite },
  ];
  const loads: PageLoad[] = [];
  for (const variant of [...variants, ...youtubeVariants]) {
    log(`page loads: ${variant.name}`);
    // One load each: what a page requests and its bytes are the same every time; timings come from Lighthouse.
    loads.push(await measurePageLoad(browser, lesson(variant.server)));
  }
  // The other kinds of page: each loads the one module, plus the chunk of its own behaviour.
  const otherPages = ['', 'sok/?q=digital', 'mina-svar/', 'integritet/'];
  const otherLoads: { path: string; load: PageLoad }[] = [];
  for (const path of otherPages) {
    log(`page load: /${path}`);
    otherLoads.push({ path: `/${path}`, load: await measurePageLoad(browser, `${shipped.origin}/${path}`) });
  }
  const lighthouse: LighthouseRuns[] = [];
  for (const variant of variants) {
    log(`Lighthouse ×${RUNS}: ${variant.name}`);
    lighthouse.push(await lighthouseRuns(lesson(variant.server)));
  }

  log('"Starta video" to the player request');
  const consentTimes = spread(await consentToPlayer(browser, lesson(ours), RUNS));
  log('search on lesson six, ours and Starlight');
  const search = await measureSearch(browser, lesson(shipped), shipped, OUR_SEARCH, [
    'strategidokument',
    'välfärdsteknik',
  ]);
  const starlightSearch = await measureSearch(browser, lesson(starlight), starlight, STARLIGHT_SEARCH, [
    'strategidokument',
    'välfärdsteknik',
  ]);
  log('saving the offline copy of lesson six');
  const offline: { lessons: number; save: OfflineSave }[] = [
    { lessons: 1, save: await measureOfflineSave(browser, `${shipped.origin}/`) },
  ];

  // 3. Scale.
  type SearchResult = Awaited<ReturnType<typeof measureSearch>>;
  const scale: { lessons: number; built: Built; dist: number; index: number; search: SearchResult }[] = [];
  let syntheticWords = 0;
  const searchIn = (server: RunningServer, ui: SearchUi, lessons: number) =>
    measureSearch(browser, `${server.origin}/lektioner/lektion-1/`, server, ui, [
      uniqueWord(Math.ceil(lessons / 2)),
      'delaktighet',
    ]);
  let starlightScale: { lessons: number; seconds: number; search: SearchResult } | undefined;
  for (const lessons of SCALES) {
    log(`synthetic course of ${lessons} lessons`);
    const courseDir = join(work, `course-${lessons}`);
    await writeSyntheticCourse(courseDir, lessons);
    if (!syntheticWords)
      syntheticWords = wordCount(await readFile(join(courseDir, 'lessons', '0001-lektion-1.mdx'), 'utf8'));
    const site = join(work, `site-${lessons}`);
    const server = await serve(site);
    const built = build(courseDir, site, server.origin);
    scale.push({
      lessons,
      built,
      dist: await folderBytes(site),
      index: await folderBytes(join(site, 'pagefind')),
      search: await searchIn(server, OUR_SEARCH, lessons),
    });
    if (lessons === 100 || lessons === 1000) {
      log(`saving the offline copy of ${lessons} lessons`);
      offline.push({ lessons, save: await measureOfflineSave(browser, `${server.origin}/`) });
    }
    if (lessons === 1000) {
      log('Starlight with the same 1,000 lessons');
      await rm(join(starlightProject, 'src', 'content', 'docs'), { recursive: true });
      await writeStarlightCourse(courseDir, starlightProject);
      const starlightSite = await serve(join(starlightProject, 'site-1000'));
      const seconds = buildStarlight(starlightProject, join(starlightProject, 'site-1000'), starlightSite.origin);
      starlightScale = { lessons, seconds, search: await searchIn(starlightSite, STARLIGHT_SEARCH, lessons) };
    }
    await rm(courseDir, { recursive: true });
  }
  await browser.close();

  // Report.
  const [shippedLoad, oursLoad, starlightLoad] = loads as [PageLoad, PageLoad, PageLoad, PageLoad, PageLoad];
  const [shippedLh, oursLh, starlightLh] = lighthouse as [LighthouseRuns, LighthouseRuns, LighthouseRuns];
  const thousand = scale.find((row) => row.lessons === 1000);
  const lessonSixWords = wordCount(await readFile(LESSON_SIX_MDX, 'utf8'));
  const date = new Date().toISOString().slice(0, 10);
  const column = (values: (string | number)[]) => `| ${values.join(' | ')} |`;
  const header = (names: string[]) => [column(['', ...names]), column(['---', ...names.map(() => '---')])];
  // Ours with films beside the YouTube embeds (loads are in the order variants, then youtubeVariants).
  const filmVariants = [variants[1], ...youtubeVariants].map((variant, index) => ({
    name: variant?.name ?? '',
    load: loads[index === 0 ? 1 : variants.length + index - 1] as PageLoad,
  }));
  const firstQueryOk =
    !!thousand &&
    !!starlightScale &&
    thousand.search.first.brotli <= starlightScale.search.first.brotli &&
    thousand.search.first.brotliWithoutUi <= 100 * 1024;
  // The budget is for 1,000 lessons; 10,000 is reported beside it, as the issue asks.
  const slowestAt = (lessons: number) =>
    Math.max(
      ...scale
        .filter((row) => row.lessons <= lessons)
        .flatMap((row) => [row.search.cold.median, row.search.warm.median]),
    );
  const slowestQuery = slowestAt(1000);
  const lines = [
    `## Benchmark, ${date}`,
    '',
    `Measured by \`npm run bench\` in Debian's Chromium on a shared 2-core machine, offline (requests to other hosts are stopped and counted). Timings are the median of ${RUNS} runs with the range in brackets; byte counts do not vary. "br" and "gz" are the bodies compressed with brotli (quality 11) and gzip (level 6). Lighthouse: mobile, simulated throttling. Synthetic lessons have ${syntheticWords} words of source against lesson six's ${lessonSixWords}.`,
    '',
    '### Lesson page: ours against the anchor',
    '',
    ...header(variants.map((variant) => variant.name)),
    column(['Requests on load', ...loads.slice(0, 3).map((load) => load.requests)]),
    column([
      'Page, all but images (br / gz)',
      ...loads.slice(0, 3).map((load) => `${kb(load.page.brotli)} / ${kb(load.page.gzip)}`),
    ]),
    column([
      'JavaScript before interaction (br / gz)',
      ...loads.slice(0, 3).map((load) => `${kb(load.scripts.brotli)} / ${kb(load.scripts.gzip)}`),
    ]),
    column([
      'Script modules / longest import chain',
      ...loads.slice(0, 3).map((load) => `${load.scriptCount} / ${load.importDepth}`),
    ]),
    column(['Stylesheets linked', ...loads.slice(0, 3).map((load) => load.stylesheets)]),
    column(['Lighthouse performance', ...lighthouse.map((runs) => range(runs.performance, String))]),
    column([
      'Lighthouse accessibility / best practices / SEO',
      ...lighthouse.map((runs) => `${runs.scores.accessibility} / ${runs.scores.bestPractices} / ${runs.scores.seo}`),
    ]),
    column(['Render-blocking resources (Lighthouse)', ...lighthouse.map((runs) => runs.scores.renderBlocking)]),
    column(['FCP', ...lighthouse.map((runs) => range(runs.fcp))]),
    column(['LCP', ...lighthouse.map((runs) => range(runs.lcp))]),
    column(['LCP ÷ FCP', ...lighthouse.map((runs) => (runs.lcp.median / runs.fcp.median).toFixed(2))]),
    column(['LCP ÷ FCP, each run', ...lighthouse.map((runs) => runs.ratios.map((r) => r.toFixed(2)).join(', '))]),
    column([
      'LCP ÷ FCP as painted (unthrottled trace)',
      ...lighthouse.map((runs) => range(runs.observedRatio, (value) => value.toFixed(2))),
    ]),
    column(['TBT', ...lighthouse.map((runs) => range(runs.tbt))]),
    column(['CLS', ...lighthouse.map((runs) => runs.cls.median.toFixed(3))]),
    column(['Build of the site', ms(shippedBuild.seconds * 1000), '–', ms(starlightBuild * 1000)]),
    '',
    `Ours as shipped ÷ Starlight: page ${ratio(shippedLoad.page.brotli, starlightLoad.page.brotli)}, JavaScript ${ratio(shippedLoad.scripts.brotli, starlightLoad.scripts.brotli)}, LCP ${ratio(shippedLh.lcp.median, starlightLh.lcp.median)}, first search ${ratio(search.first.brotli, starlightSearch.first.brotli)}, build ${ratio(shippedBuild.seconds, starlightBuild)}${thousand && starlightScale ? `, 1,000-lesson build ${ratio(thousand.built.seconds, starlightScale.seconds)}` : ''}.`,
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
    ...otherLoads.map(({ path, load }) =>
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
    ...header(filmVariants.map(({ name }) => name)),
    column(['Requests to other hosts on load', ...filmVariants.map(({ load }) => load.thirdPartyRequests)]),
    column(['… more after hover, focus, scroll', ...filmVariants.map(({ load }) => load.afterHover.requests)]),
    column(['Preconnects added', ...filmVariants.map(({ load }) => load.afterHover.preconnects)]),
    column(['Hosts contacted', ...filmVariants.map(({ load }) => load.hosts.join(', '))]),
    column(['Bytes, Lighthouse, LCP', 'see above', NOT_OFFLINE, NOT_OFFLINE]),
    '',
    '### Budgets',
    '',
    column(['Goal', 'Measured', 'Budget', '']),
    column(['---', '---', '---', '---']),
    column([
      'Requests to other hosts before consent, after hover/focus/scroll',
      `${oursLoad.thirdPartyRequests + oursLoad.afterHover.requests} (preconnects: ${oursLoad.afterHover.preconnects})`,
      '0',
      verdict(oursLoad.thirdPartyRequests + oursLoad.afterHover.requests + oursLoad.afterHover.preconnects === 0),
    ]),
    column([
      'Lesson page first load, all but images, br (shipped / with films)',
      `${kb(shippedLoad.page.brotli)} / ${kb(oursLoad.page.brotli)}`,
      '≤ 30 KB',
      verdict(Math.max(shippedLoad.page.brotli, oursLoad.page.brotli) <= 30 * 1024),
    ]),
    column([
      'First paint needs only the HTML: stylesheets linked / render-blocking (with films)',
      `${oursLoad.stylesheets} / ${oursLh.scores.renderBlocking}`,
      '0 / 0',
      verdict(oursLoad.stylesheets === 0 && oursLh.scores.renderBlocking === 0),
    ]),
    column([
      'LCP ÷ FCP (with films), simulated; as painted',
      `${(oursLh.lcp.median / oursLh.fcp.median).toFixed(2)}; ${oursLh.observedRatio.median.toFixed(2)}`,
      '≤ 1.05',
      verdict(oursLh.lcp.median <= 1.05 * oursLh.fcp.median),
    ]),
    column([
      'JavaScript before interaction, gz (shipped / with films)',
      `${kb(shippedLoad.scripts.gzip)} / ${kb(oursLoad.scripts.gzip)}`,
      '≤ 5 KB',
      verdict(Math.max(shippedLoad.scripts.gzip, oursLoad.scripts.gzip) <= 5 * 1024),
    ]),
    column([
      'Script modules before interaction / longest import chain (with films)',
      `${oursLoad.scriptCount} / ${oursLoad.importDepth}`,
      '1 / 1',
      verdict(oursLoad.scriptCount <= 1 && oursLoad.importDepth <= 1),
    ]),
    column([
      'Lighthouse mobile, with films: perf / a11y / best practices / SEO; CLS',
      `${oursLh.scores.performance} / ${oursLh.scores.accessibility} / ${oursLh.scores.bestPractices} / ${oursLh.scores.seo}; ${oursLh.cls.median.toFixed(3)}`,
      '100 / 100 / 100 / 100; 0',
      verdict(
        [oursLh.scores.performance, oursLh.scores.accessibility, oursLh.scores.bestPractices, oursLh.scores.seo].every(
          (score) => score === 100,
        ) && oursLh.cls.median === 0,
      ),
    ]),
    column([
      '"Starta video" click to the iframe request',
      range(consentTimes),
      '≤ 100 ms',
      verdict(consentTimes.median <= 100),
    ]),
    column([
      'Search, lesson six: last keystroke to results (first / later query)',
      `${range(search.cold)} / ${range(search.warm)}`,
      '≤ 100 ms',
      verdict(Math.max(search.cold.median, search.warm.median) <= 100),
    ]),
    column([
      'Search, every query up to 1,000 lessons: slowest median (10,000 lessons, reported)',
      `${ms(slowestQuery)} (${ms(slowestAt(10_000))})`,
      '≤ 100 ms',
      verdict(slowestQuery <= 100),
    ]),
    column([
      'Search, first query at 1,000 lessons, br: ours / Starlight; ours without UI files',
      thousand && starlightScale
        ? `${kb(thousand.search.first.brotli)} / ${kb(starlightScale.search.first.brotli)}; ${kb(thousand.search.first.brotliWithoutUi)}`
        : '–',
      '≤ Starlight; ≤ 100 KB',
      verdict(firstQueryOk),
    ]),
    column([
      'Build of a 1,000-lesson course',
      thousand ? `${thousand.built.seconds.toFixed(1)} s` : '–',
      '≤ 60 s',
      verdict((thousand?.built.seconds ?? Infinity) <= 60),
    ]),
    '',
    '### Search: ours against Starlight',
    '',
    column(['', 'Ours', `Starlight ${STARLIGHT_VERSION}`]),
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
    ...(thousand && starlightScale
      ? [
          column([
            '1,000 lessons: first query, br; without UI files; fragments fetched',
            `${kb(thousand.search.first.brotli)}; ${kb(thousand.search.first.brotliWithoutUi)}; ${thousand.search.first.fragments}`,
            `${kb(starlightScale.search.first.brotli)}; ${kb(starlightScale.search.first.brotliWithoutUi)}; ${starlightScale.search.first.fragments}`,
          ]),
          column([
            '1,000 lessons: first / later query',
            `${range(thousand.search.cold)} / ${range(thousand.search.warm)}`,
            `${range(starlightScale.search.cold)} / ${range(starlightScale.search.warm)}`,
          ]),
          column([
            '1,000 lessons: build',
            `${thousand.built.seconds.toFixed(1)} s`,
            `${starlightScale.seconds.toFixed(1)} s`,
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
    ...scale.map((row) =>
      column([
        row.lessons.toLocaleString('en'),
        `${row.built.seconds.toFixed(1)} s`,
        row.built.peakMb === undefined ? '–' : `${Math.round(row.built.peakMb)} MB`,
        mb(row.dist),
        mb(row.index),
        `${kb(row.search.first.brotli)} (${kb(row.search.first.brotliWithoutUi)})`,
        range(row.search.cold),
        range(row.search.warm),
      ]),
    ),
    '',
    'Builds are single runs: five builds of 10,000 lessons would take longer than the rest of the bench together.',
    '',
    '### Offline copy',
    '',
    'What "Spara kursen för läsning utan internet" saves, and the time from the click to "Kursen är sparad", from a server on this machine (one run; loopback, so this is the browser\'s own work).',
    '',
    column(['Lessons', 'Files', 'Size', 'Time to save']),
    column(['---', '---', '---', '---']),
    ...offline.map((row) =>
      column([row.lessons, row.save.files, mb(row.save.bytes), `${(row.save.saveMs / 1000).toFixed(1)} s`]),
    ),
    '',
  ];
  const report = lines.join('\n');
  await mkdir('bench-results', { recursive: true });
  await writeFile(join('bench-results', `bench-${date}.md`), report);
  await writeFile(join('bench-results', 'latest.md'), report);
  process.stdout.write(`${report}\n`);
  log('written to bench-results/latest.md');
} finally {
  await Promise.all(servers.map((server) => server.close()));
  await rm(work, { recursive: true, force: true });
}
