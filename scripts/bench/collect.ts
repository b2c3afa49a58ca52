/**
 * The measuring half of `npm run bench`: builds, serves and measures, and returns the raw figures
 * (./results.ts) for the report (./report.ts) to read.
 *
 * 1. Lesson six as shipped, the same page with films (bench-only IDs, in a temporary copy of
 *    the content), that page with YouTube's iframe embed and with plain lite-youtube-embed, and
 *    the anchor: an Astro Starlight site built from the same lesson (./starlight.ts).
 * 2. Page loads; Lighthouse, five runs each; "Starta video" to the player's request; search bytes
 *    and latency, five runs each.
 * 3. Synthetic courses of 10, 100, 1,000 and 10,000 lessons the size of lesson six: build time,
 *    peak memory, sizes, search; Starlight at 1,000 lessons for the search comparison.
 * 4. The offline copy of lesson six and of 100 and 1,000 lessons: files, size, time to save.
 * Everything is generated under the system's temporary folder; nothing here is committed.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/support/chromium.ts';
import { serveStatic, type RunningServer } from '../lib/static-server.ts';
import { runLighthouse } from './lighthouse.ts';
import {
  OUR_SEARCH,
  STARLIGHT_SEARCH,
  consentToPlayer,
  measureOfflineSave,
  measurePageLoad,
  measureSearch,
  type SearchUi,
} from './measure.ts';
import { RESULTS_VERSION, type BenchResults, type LighthouseRun, type OfflineSave } from './results.ts';
import { buildStarlight, installStarlight, STARLIGHT_VERSION, writeStarlightCourse } from './starlight.ts';
import { uniqueWord, writeSyntheticCourse } from './synthetic-course.ts';
import { makeVariant } from './variants.ts';
import { withFilmIds } from './film-ids.ts';

const LESSON_PATH = 'lektioner/digidelcenter-och-samhallets-digitalisering/';
const LESSON_SIX_MDX = 'content/lessons/06-digidelcenter-och-samhallets-digitalisering.mdx';
const BENCH_FILM_IDS = ['benchfilm01', 'benchfilm02'];
const RUNS = 5;
const SCALES = [10, 100, 1000, 10_000];
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

interface Built {
  seconds: number;
  /** Peak resident memory of the build, from /usr/bin/time; null where that is missing. */
  peakMb: number | null;
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
  return { seconds: (performance.now() - started) / 1000, peakMb: peak ? Number(peak) / 1024 : null };
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

async function lighthouseRuns(url: string): Promise<LighthouseRun[]> {
  const runs: LighthouseRun[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await runLighthouse(url));
  return runs;
}

export async function collect(): Promise<BenchResults> {
  const work = await mkdtemp(join(tmpdir(), 'digidel-bench-'));
  const servers: RunningServer[] = [];
  /** Starts a server on an empty folder first, so the build can be told its real address. */
  const serve = async (dir: string): Promise<RunningServer> => {
    await mkdir(dir, { recursive: true });
    const server = await serveStatic(dir);
    servers.push(server);
    return server;
  };
  try {
    // 1. The sites.
    log('building lesson six as shipped, and with bench films');
    const shipped = await serve(join(work, 'shipped'));
    build('content', join(work, 'shipped'), shipped.origin);
    const withFilmsContent = join(work, 'content-with-films');
    await cp('content', withFilmsContent, { recursive: true });
    const lessonMdx = join(withFilmsContent, 'lessons', '06-digidelcenter-och-samhallets-digitalisering.mdx');
    await writeFile(lessonMdx, withFilmIds(await readFile(lessonMdx, 'utf8'), BENCH_FILM_IDS));
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
    const starlightSeconds = buildStarlight(starlightProject, join(starlightProject, 'site'), starlight.origin);
    const shippedBuild = build('content', join(work, 'shipped-again'), shipped.origin);

    // 2. Page loads, Lighthouse, films, search.
    const browser = await chromium.launch(chromiumLaunchOptions);
    const lesson = (server: RunningServer) => `${server.origin}/${LESSON_PATH}`;
    // One load each: what a page requests and its bytes are the same every time; timings come from Lighthouse.
    const load = (server: RunningServer, name: string) => {
      log(`page load: ${name}`);
      return measurePageLoad(browser, lesson(server));
    };
    const lessonPages = {
      shipped: await load(shipped, 'lesson six as shipped'),
      withFilms: await load(ours, 'lesson six with films'),
      starlight: await load(starlight, 'Starlight'),
      iframe: await load(iframe, "YouTube's iframe embed"),
      lite: await load(lite, 'plain lite-youtube-embed'),
    };
    // The other kinds of page: each loads the one module, plus the chunk of its own behaviour.
    const otherPages = [];
    for (const path of ['', 'sok/?q=digital', 'mina-svar/', 'integritet/']) {
      log(`page load: /${path}`);
      otherPages.push({ path: `/${path}`, load: await measurePageLoad(browser, `${shipped.origin}/${path}`) });
    }
    log(`Lighthouse ×${RUNS}, three times`);
    const lighthouse = {
      shipped: await lighthouseRuns(lesson(shipped)),
      withFilms: await lighthouseRuns(lesson(ours)),
      starlight: await lighthouseRuns(lesson(starlight)),
    };
    log('"Starta video" to the player request');
    const consentMs = await consentToPlayer(browser, lesson(ours), RUNS);
    log('search on lesson six, ours and Starlight');
    const lessonSixQueries: [string, string] = ['strategidokument', 'välfärdsteknik'];
    const search = {
      shipped: await measureSearch(browser, lesson(shipped), shipped, OUR_SEARCH, lessonSixQueries, RUNS),
      starlight: await measureSearch(browser, lesson(starlight), starlight, STARLIGHT_SEARCH, lessonSixQueries, RUNS),
    };
    log('saving the offline copy of lesson six');
    const offline: { lessons: number; save: OfflineSave }[] = [
      { lessons: 1, save: await measureOfflineSave(browser, `${shipped.origin}/`) },
    ];

    // 3. Scale.
    const scale: BenchResults['scale'] = [];
    let syntheticLesson = 0;
    const searchIn = (server: RunningServer, ui: SearchUi, lessons: number) =>
      measureSearch(
        browser,
        `${server.origin}/lektioner/lektion-1/`,
        server,
        ui,
        [uniqueWord(Math.ceil(lessons / 2)), 'delaktighet'],
        RUNS,
      );
    let starlightScale: BenchResults['starlightScale'] = null;
    for (const lessons of SCALES) {
      log(`synthetic course of ${lessons} lessons`);
      const courseDir = join(work, `course-${lessons}`);
      await writeSyntheticCourse(courseDir, lessons);
      if (!syntheticLesson)
        syntheticLesson = wordCount(await readFile(join(courseDir, 'lessons', '0001-lektion-1.mdx'), 'utf8'));
      const site = join(work, `site-${lessons}`);
      const server = await serve(site);
      const built = build(courseDir, site, server.origin);
      scale.push({
        lessons,
        buildSeconds: built.seconds,
        peakMb: built.peakMb,
        distBytes: await folderBytes(site),
        indexBytes: await folderBytes(join(site, 'pagefind')),
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

    return {
      version: RESULTS_VERSION,
      date: new Date().toISOString().slice(0, 10),
      runs: RUNS,
      starlightVersion: STARLIGHT_VERSION,
      words: { lessonSix: wordCount(await readFile(LESSON_SIX_MDX, 'utf8')), syntheticLesson },
      lessonPages,
      otherPages,
      lighthouse,
      consentMs,
      search,
      builds: { shippedSeconds: shippedBuild.seconds, starlightSeconds },
      scale,
      starlightScale,
      offline,
    };
  } finally {
    await Promise.all(servers.map((server) => server.close()));
    await rm(work, { recursive: true, force: true });
  }
}
