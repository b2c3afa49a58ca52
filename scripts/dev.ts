/**
 * `npm run dev`: Astro's dev server, for previewing lessons while writing them. Its output goes
 * through the same filter as the build's (./lib/run-astro.ts), so a lesson's mistake reads the
 * same in both: one Swedish message with the lesson's file and line, no stack trace.
 */
import { runAstro } from './lib/run-astro.ts';

process.exit(await runAstro(['dev', ...process.argv.slice(2)]));
