/**
 * `npm run build`: builds the site into a fresh folder beside the target and puts it in place
 * only when the build succeeds, so a failed build (a lesson with a mistake) never leaves a
 * half-written or emptied dist/ behind to be published. The target is dist/, or COURSE_OUT_DIR.
 * Astro's output is passed through as it comes, less the stack traces it adds to a lesson's
 * error (scripts/lib/editor-output.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { editorLines } from './lib/editor-output.ts';

const target = process.env['COURSE_OUT_DIR'] ?? 'dist';
const building = `${target}.building`;
const previous = `${target}.previous`;

rmSync(building, { recursive: true, force: true });
const astro = spawn('astro', ['build', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  env: { ...process.env, COURSE_OUT_DIR: building, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
});
for (const [from, to] of [
  [astro.stdout, process.stdout],
  [astro.stderr, process.stderr],
] as const) {
  const keep = editorLines();
  createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
    const shown = keep(line);
    if (shown !== undefined) to.write(`${shown}\n`);
  });
}
const status = await new Promise<number>((resolve) => {
  astro.on('error', (error) => {
    console.error(`[build] Astro could not start: ${error.message}`);
    resolve(1);
  });
  astro.on('close', (code) => resolve(code ?? 1));
});
if (status !== 0) {
  rmSync(building, { recursive: true, force: true });
  console.error(`\n[build] The build failed; ${target}/ is left as it was.`);
  process.exit(status);
}
// Two renames, so that dist/ is whole at every moment but the instant between them.
rmSync(previous, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, previous);
renameSync(building, target);
rmSync(previous, { recursive: true, force: true });
console.log(`[build] ${target}/ replaced with the new build.`);
