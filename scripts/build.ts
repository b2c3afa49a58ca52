/**
 * `npm run build`: builds the site into a fresh folder beside the target and puts it in place
 * only when the build succeeds, so a failed build (a lesson with a mistake) never leaves a
 * half-written or emptied dist/ behind to be published. The target is dist/, or COURSE_OUT_DIR.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

const target = process.env['COURSE_OUT_DIR'] ?? 'dist';
const building = `${target}.building`;
const previous = `${target}.previous`;

rmSync(building, { recursive: true, force: true });
const build = spawnSync('astro', ['build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, COURSE_OUT_DIR: building },
});
if (build.status !== 0) {
  rmSync(building, { recursive: true, force: true });
  console.error(`\n[build] The build failed; ${target}/ is left as it was.`);
  process.exit(build.status ?? 1);
}
// Two renames, so that dist/ is whole at every moment but the instant between them.
rmSync(previous, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, previous);
renameSync(building, target);
rmSync(previous, { recursive: true, force: true });
console.log(`[build] ${target}/ replaced with the new build.`);
