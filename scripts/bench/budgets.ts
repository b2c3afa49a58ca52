/**
 * The budgets of the product brief (../shared/PRODUCT.md, "Budgets"), as numbers. The report
 * (./report.ts) checks every measured figure against these and writes each budget's text from
 * them, so a budget is stated once and no row of the report is ever worked out by hand.
 */
export const BUDGETS = {
  /** Requests to other hosts before consent, after hover, focus and scroll. */
  thirdPartyRequests: 0,
  /** A lesson page's first load, all bytes but images, brotli. */
  lessonPageBytes: 30 * 1024,
  /** JavaScript run before the learner interacts, gzip. */
  scriptBytes: 5 * 1024,
  /** Script modules before interaction, and the longest chain of static imports. */
  scriptModules: 1,
  importDepth: 1,
  /** Requests before first paint besides the HTML: linked stylesheets, render-blocking resources. */
  blockingResources: 0,
  /** LCP against FCP, Lighthouse mobile. */
  lcpOverFcp: 1.05,
  /** Lighthouse mobile, every category. */
  lighthouseScore: 100,
  cls: 0,
  /** "Starta video" click to the player's iframe request. */
  consentMs: 100,
  /** Search: keystroke to results, every query, up to this many lessons. */
  searchMs: 100,
  searchLessons: 1000,
  /** Search: bytes for a first query at `searchLessons` lessons, brotli without UI files (and ≤ Starlight's). */
  firstQueryBytes: 100 * 1024,
  /** Build of a course of `buildLessons` lessons the size of lesson six, on 2 cores. */
  buildSeconds: 60,
  buildLessons: 1000,
} as const;
