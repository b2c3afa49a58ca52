/**
 * What `npm run bench` measured, as it is stored in bench-results/latest.json: the raw figures of
 * every run, before any median or verdict, so the report (./report.ts) can always be made again
 * from them. The schema validates a stored file before the report reads it.
 */
import { z } from 'astro/zod';

export const RESULTS_VERSION = 1;

/** A body's size as a host would serve it: gzip (level 6, the common default) and brotli (quality 11). */
const compressed = z.object({ gzip: z.number(), brotli: z.number() });
export type Compressed = z.infer<typeof compressed>;

const pageLoad = z.object({
  requests: z.number(),
  /** Everything but images, and the scripts alone, compressed from their bodies. */
  page: compressed,
  scripts: compressed,
  /** Script modules loaded on the page, and the longest chain of static imports among them. */
  scriptCount: z.number(),
  importDepth: z.number(),
  /** Stylesheets the page links: each one holds up first paint. */
  stylesheets: z.number(),
  thirdPartyRequests: z.number(),
  hosts: z.array(z.string()),
  /** Third-party requests and preconnects caused by hover, focus and scroll after load. */
  afterHover: z.object({ requests: z.number(), preconnects: z.number() }),
});
export type PageLoad = z.infer<typeof pageLoad>;

const lighthouseRun = z.object({
  performance: z.number(),
  accessibility: z.number(),
  bestPractices: z.number(),
  seo: z.number(),
  fcpMs: z.number(),
  lcpMs: z.number(),
  /**
   * FCP and LCP as they happened in the unthrottled trace Lighthouse simulates from. The simulated
   * LCP also counts every request that finished before the observed paint, render-blocking or not.
   */
  observedFcpMs: z.number(),
  observedLcpMs: z.number(),
  /** Resources Lighthouse reports as holding up first paint. */
  renderBlocking: z.number(),
  tbtMs: z.number(),
  cls: z.number(),
});
export type LighthouseRun = z.infer<typeof lighthouseRun>;

const searchRun = z.object({
  /** Last keystroke of the first query to its results on screen, and of a later query. */
  coldMs: z.number(),
  warmMs: z.number(),
  /** Everything transferred from opening search to the first results: gzip as sent, and brotli. */
  bytes: z.number(),
  brotli: z.number(),
  /** The brotli bytes without the search UI's own files: engine, WebAssembly, index, fragments. */
  brotliWithoutUi: z.number(),
  /** Result fragments fetched for the first query. */
  fragments: z.number(),
});
export type SearchRun = z.infer<typeof searchRun>;

const offlineSave = z.object({
  files: z.number(),
  bytes: z.number(),
  /** "Spara kursen för läsning utan internet" click to "Kursen är sparad …" on screen. */
  saveMs: z.number(),
});
export type OfflineSave = z.infer<typeof offlineSave>;

/** The three lesson pages compared everywhere: ours as shipped, ours with films, and the anchor. */
const compared = <T extends z.ZodType>(of: T) => z.object({ shipped: of, withFilms: of, starlight: of });

export const benchResults = z.object({
  version: z.literal(RESULTS_VERSION),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  runs: z.number(),
  starlightVersion: z.string(),
  words: z.object({ lessonSix: z.number(), syntheticLesson: z.number() }),
  lessonPages: compared(pageLoad).extend({ iframe: pageLoad, lite: pageLoad }),
  otherPages: z.array(z.object({ path: z.string(), load: pageLoad })),
  lighthouse: compared(z.array(lighthouseRun).min(1)),
  /** "Starta video" click to the player's iframe request, each run. */
  consentMs: z.array(z.number()).min(1),
  search: z.object({ shipped: z.array(searchRun).min(1), starlight: z.array(searchRun).min(1) }),
  builds: z.object({ shippedSeconds: z.number(), starlightSeconds: z.number() }),
  scale: z.array(
    z.object({
      lessons: z.number(),
      buildSeconds: z.number(),
      /** Peak resident memory of the build, from /usr/bin/time; null where that is missing. */
      peakMb: z.number().nullable(),
      distBytes: z.number(),
      indexBytes: z.number(),
      search: z.array(searchRun).min(1),
    }),
  ),
  /** Starlight built from the same synthetic course, for the search comparison at scale. */
  starlightScale: z.object({ lessons: z.number(), seconds: z.number(), search: z.array(searchRun).min(1) }).nullable(),
  offline: z.array(z.object({ lessons: z.number(), save: offlineSave })),
});
export type BenchResults = z.infer<typeof benchResults>;

/** A stored results file, validated; throws naming what does not fit. */
export function parseBenchResults(text: string): BenchResults {
  const parsed = benchResults.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(`The bench results do not have the expected shape: ${parsed.error.message}`);
  }
  return parsed.data;
}
