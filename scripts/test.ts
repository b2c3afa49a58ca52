/**
 * `npm test`: the type check, lint and format check, then the unit and build gates (Vitest), the
 * end-to-end tests (Playwright, Chromium) and the cross-engine smoke suite (tests/engines/:
 * Chromium, Firefox ESR, WebKitGTK), stopping at the first that fails. Both test runners build
 * the courses they need through tests/support/course-builds.ts, each once and only when its
 * inputs changed; this script ends by saying how many Astro builds the run made and how long it
 * took, so a change that adds builds to the suite shows at once.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { BUILD_LOG, loggedBuilds } from '../tests/support/course-builds.ts';

const STEPS: Array<[string, ...string[]]> = [
  ['astro', 'check', '--minimumFailingSeverity', 'hint'],
  ['eslint', '.'],
  ['prettier', '--check', '.'],
  ['vitest', 'run'],
  ['playwright', 'test'],
  // The learner's core flows again in Firefox ESR and WebKitGTK (and Chromium), from Debian's packages.
  ['vitest', 'run', '--config', 'tests/engines/vitest.config.ts'],
];

const started = Date.now();
rmSync(BUILD_LOG, { force: true });
let status = 0;
for (const [command, ...args] of STEPS) {
  console.log(`\n[test] ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  status = result.status ?? 1;
  if (status !== 0) {
    console.error(`[test] ${command} failed.`);
    break;
  }
}
const builds = loggedBuilds();
const seconds = builds.reduce((sum, build) => sum + build.seconds, 0);
console.log(
  `\n[test] ${builds.length} Astro build${builds.length === 1 ? '' : 's'} in this run` +
    (builds.length ? ` (${builds.map((build) => build.name).join(', ')}; ${seconds.toFixed(0)} s)` : '') +
    `; ${((Date.now() - started) / 1000).toFixed(0)} s in all.`,
);
process.exit(status);
