/**
 * `npm run build`: builds the site into a fresh folder beside the target and puts it in place
 * only when the build succeeds, so a failed build (a lesson with a mistake) never leaves a
 * half-written or emptied dist/ behind to be published. The target is dist/, or COURSE_OUT_DIR.
 * Astro's output is passed through as it comes, less the stack traces it adds to a lesson's
 * error (scripts/lib/run-astro.ts).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { runAstro } from './lib/run-astro.ts';

const target = process.env['COURSE_OUT_DIR'] ?? 'dist';
const building = `${target}.building`;
const previous = `${target}.previous`;

rmSync(building, { recursive: true, force: true });
const status = await runAstro(['build', ...process.argv.slice(2)], { COURSE_OUT_DIR: building });
if (status !== 0) {
  rmSync(building, { recursive: true, force: true });
  console.error(`\n[build] Bygget misslyckades. ${target}/ är kvar som det var; rätta felet ovan och bygg igen.`);
  process.exit(status);
}
// Two renames, so that dist/ is whole at every moment but the instant between them.
rmSync(previous, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, previous);
renameSync(building, target);
rmSync(previous, { recursive: true, force: true });
console.log(`[build] Klart: ${target}/ har den nya versionen.`);
