/**
 * `npm run bench`: builds, serves and measures in one run, and prints a Markdown table with
 * each figure beside its budget (the table in docs/performance.md), also written to bench-results/.
 *
 * 1. Lesson six as shipped, the same page with films (bench-only IDs, in a temporary copy of
 *    the content), and that page with YouTube's iframe embed and with plain lite-youtube-embed.
 * 2. "Starta video" to the player's request; search latency and bytes.
 * 3. Synthetic courses of 10, 100 and 1,000 lessons: build time, sizes, search.
 * 4. The offline copy of lesson six and of 100 and 1,000 lessons: files, size, time to save.
 * Everything is generated under the system's temporary folder; nothing here is committed.
 * Times are from a shared, noisy machine: read ratios and orders of magnitude, not decimals.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/support/chromium.ts';
import { runLighthouse, type LighthouseScores } from './lighthouse.ts';
import {
  consentToPlayer,
  measureOfflineSave,
  measurePageLoad,
  measureSearch,
  median,
  type OfflineSave,
  type PageLoad,
  type SearchRun,
} from './measure.ts';
import { serveStatic, type RunningServer } from './static-server.ts';
import { uniqueWord, writeSyntheticCourse } from './synthetic-course.ts';
import { makeVariant } from './variants.ts';

const LESSON_PATH = 'lektioner/digidelcenter-och-samhallets-digitalisering/';
const BENCH_FILM_IDS = ['benchfilm01', 'benchfilm02'];
const work = await mkdtemp(join(tmpdir(), 'digidel-bench-'));
const servers: RunningServer[] = [];
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/** Builds `courseDir` into `outDir` for a site served at `siteUrl`; returns seconds. */
function build(courseDir: string, outDir: string, siteUrl: string): number {
  const started = performance.now();
  const result = spawnSync('node_modules/.bin/astro', ['build'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      COURSE_DIR: courseDir,
      COURSE_OUT_DIR: outDir,
      SITE_URL: siteUrl,
    },
  });
  if (result.status !== 0) throw new Error(`Build of ${courseDir} failed:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - started) / 1000;
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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const verdict = (ok: boolean) => (ok ? '✅' : '❌');

try {
  // 1. The sites.
  log('building lesson six as shipped, and with bench films');
  const shipped = await serve(join(work, 'shipped'));
  build('content', join(work, 'shipped'), shipped.url);
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
  build(withFilmsContent, join(work, 'ours'), ours.url);
  const iframe = await serve(join(work, 'iframe'));
  const lite = await serve(join(work, 'lite'));
  await rm(join(work, 'iframe'), { recursive: true });
  await rm(join(work, 'lite'), { recursive: true });
  await makeVariant(join(work, 'ours'), join(work, 'iframe'), join(LESSON_PATH, 'index.html'), 'iframe');
  await makeVariant(join(work, 'ours'), join(work, 'lite'), join(LESSON_PATH, 'index.html'), 'lite');

  const variants = [
    { name: 'Lesson six as shipped (films not available yet)', server: shipped },
    { name: 'Ours, with two films (consent wrapper)', server: ours },
    { name: "YouTube's iframe embed", server: iframe },
    { name: 'Plain lite-youtube-embed', server: lite },
  ];

  const browser = await chromium.launch(chromiumLaunchOptions);
  const loads: PageLoad[] = [];
  for (const variant of variants) {
    log(`measuring ${variant.name}`);
    loads.push(await measurePageLoad(browser, `${variant.server.url}/${LESSON_PATH}`));
  }
  const scores: LighthouseScores[] = [];
  for (const variant of variants) {
    log(`Lighthouse: ${variant.name}`);
    scores.push(await runLighthouse(`${variant.server.url}/${LESSON_PATH}`));
  }

  log('"Starta video" to the player request');
  const consentTimes = await consentToPlayer(browser, `${ours.url}/${LESSON_PATH}`, 5);
  log('search on lesson six');
  const search = await measureSearch(browser, `${shipped.url}/`, shipped, ['strategidokument', 'välfärdsteknik']);
  log('saving the offline copy of lesson six');
  const offline: { lessons: number; save: OfflineSave }[] = [
    { lessons: 1, save: await measureOfflineSave(browser, `${shipped.url}/`) },
  ];

  // 3. Scale.
  const scale: {
    lessons: number;
    seconds: number;
    dist: number;
    index: number;
    search: SearchRun;
  }[] = [];
  for (const lessons of [10, 100, 1000]) {
    log(`synthetic course of ${lessons} lessons`);
    const courseDir = join(work, `course-${lessons}`);
    await writeSyntheticCourse(courseDir, lessons);
    const server = await serve(join(work, `site-${lessons}`));
    const seconds = build(courseDir, join(work, `site-${lessons}`), server.url);
    scale.push({
      lessons,
      seconds,
      dist: await folderBytes(join(work, `site-${lessons}`)),
      index: await folderBytes(join(work, `site-${lessons}`, 'pagefind')),
      search: await measureSearch(browser, `${server.url}/`, server, [
        uniqueWord(Math.ceil(lessons / 2)),
        'delaktighet',
      ]),
    });
    if (lessons >= 100) {
      log(`saving the offline copy of ${lessons} lessons`);
      offline.push({ lessons, save: await measureOfflineSave(browser, `${server.url}/`) });
    }
  }
  await browser.close();

  // Report.
  const [shippedLoad, oursLoad] = loads as [PageLoad, PageLoad, PageLoad, PageLoad];
  const [, oursScores] = scores as [LighthouseScores, LighthouseScores];
  const largest = scale.at(-1);
  const date = new Date().toISOString().slice(0, 10);
  const column = (values: (string | number)[]) => `| ${values.join(' | ')} |`;
  const lines = [
    `## Benchmark, ${date}`,
    '',
    `Measured by \`npm run bench\` in Debian's Chromium on a shared 2-core machine, offline (requests to other hosts are stopped and counted). Bytes are compressed transfer sizes as served with gzip. Lighthouse: mobile, simulated throttling.`,
    '',
    '### Lesson page: ours against the alternatives',
    '',
    column(['', ...variants.map((variant) => variant.name)]),
    column(['---', ...variants.map(() => '---')]),
    column(['Requests on load', ...loads.map((load) => load.requests)]),
    column(['Bytes on load (all, with headers)', ...loads.map((load) => kb(load.bytes))]),
    column(['Bytes on load, no images', ...loads.map((load) => kb(load.bytesWithoutImages))]),
    column(['JavaScript on load (own host, compressed bodies)', ...loads.map((load) => kb(load.scriptBytes))]),
    column(['Requests to other hosts on load', ...loads.map((load) => load.thirdPartyRequests)]),
    column(['… more after hover, focus, scroll', ...loads.map((load) => load.afterHover.requests)]),
    column(['Preconnects added', ...loads.map((load) => load.afterHover.preconnects)]),
    column(['Hosts contacted', ...loads.map((load) => load.hosts.join(', '))]),
    column(['Lighthouse performance', ...scores.map((score) => score.performance)]),
    column(['Lighthouse accessibility', ...scores.map((score) => score.accessibility)]),
    column(['Lighthouse best practices', ...scores.map((score) => score.bestPractices)]),
    column(['Lighthouse SEO', ...scores.map((score) => score.seo)]),
    column(['LCP', ...scores.map((score) => ms(score.lcpMs))]),
    column(['TBT', ...scores.map((score) => ms(score.tbtMs))]),
    column(['CLS', ...scores.map((score) => score.cls.toFixed(3))]),
    '',
    'Offline, the alternatives cannot load what YouTube would send (the iframe embed alone pulls several hundred KB of script from youtube.com on a real connection); their rows count the attempts.',
    '',
    '### Budgets',
    '',
    column(['What', 'Measured', 'Budget', '']),
    column(['---', '---', '---', '---']),
    column([
      'Requests to other hosts before consent, after hover/focus/scroll',
      `${oursLoad.thirdPartyRequests + oursLoad.afterHover.requests} (preconnects: ${oursLoad.afterHover.preconnects})`,
      '0',
      verdict(oursLoad.thirdPartyRequests + oursLoad.afterHover.requests + oursLoad.afterHover.preconnects === 0),
    ]),
    column([
      'Lesson page first load, all but images (shipped / with films)',
      `${kb(shippedLoad.bytesWithoutImages)} / ${kb(oursLoad.bytesWithoutImages)}`,
      '≤ 30 KB',
      verdict(Math.max(shippedLoad.bytesWithoutImages, oursLoad.bytesWithoutImages) <= 30 * 1024),
    ]),
    column([
      'JavaScript before interaction (shipped / with films)',
      `${kb(shippedLoad.scriptBytes)} / ${kb(oursLoad.scriptBytes)}`,
      '≤ 5 KB',
      verdict(Math.max(shippedLoad.scriptBytes, oursLoad.scriptBytes) <= 5 * 1024),
    ]),
    column([
      'Lighthouse mobile, with films: perf / a11y / best practices / SEO',
      `${oursScores.performance} / ${oursScores.accessibility} / ${oursScores.bestPractices} / ${oursScores.seo}`,
      '100 / 100 / 100 / 100',
      verdict(
        [oursScores.performance, oursScores.accessibility, oursScores.bestPractices, oursScores.seo].every(
          (s) => s === 100,
        ),
      ),
    ]),
    column([
      '"Starta video" click to the iframe request (median of 5)',
      `${ms(median(consentTimes))} (${consentTimes.map(Math.round).join(', ')})`,
      '≤ 100 ms',
      verdict(median(consentTimes) <= 100),
    ]),
    column([
      'Search: last keystroke to first results (first query / later)',
      `${ms(search.coldMs)} / ${ms(search.warmMs)}`,
      '≤ 100 ms',
      verdict(Math.max(search.coldMs, search.warmMs) <= 100),
    ]),
    column([
      'Search: bytes for a first query, 1,000 lessons (all / without the UI files)',
      largest ? `${kb(largest.search.bytes)} / ${kb(largest.search.indexBytes)}` : '–',
      '≤ 100 KB',
      verdict((largest?.search.bytes ?? Infinity) <= 100 * 1024),
    ]),
    column([
      'Build of a 1,000-lesson course',
      largest ? `${largest.seconds.toFixed(1)} s` : '–',
      '≤ 60 s',
      verdict((largest?.seconds ?? Infinity) <= 60),
    ]),
    '',
    '### Scale',
    '',
    column([
      'Lessons',
      'Build',
      'dist/',
      'Pagefind index',
      'First query: bytes (all / index)',
      'First query',
      'Later query',
    ]),
    column(['---', '---', '---', '---', '---', '---', '---']),
    ...scale.map((row) =>
      column([
        row.lessons,
        `${row.seconds.toFixed(1)} s`,
        kb(row.dist),
        kb(row.index),
        `${kb(row.search.bytes)} / ${kb(row.search.indexBytes)}`,
        ms(row.search.coldMs),
        ms(row.search.warmMs),
      ]),
    ),
    '',
    '### Offline copy',
    '',
    'What "Spara kursen för läsning utan internet" saves, and the time from the click to "Kursen är sparad" from a server on this machine (one run; the network is loopback, so this is the browser\'s own work).',
    '',
    column(['Lessons', 'Files', 'Size', 'Time to save']),
    column(['---', '---', '---', '---']),
    ...offline.map((row) =>
      column([row.lessons, row.save.files, kb(row.save.bytes), `${(row.save.saveMs / 1000).toFixed(1)} s`]),
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
