/**
 * `npm run dev` as an editor starts it (scripts/dev.ts, whose output goes through the editor's
 * filter), on a free port. `--ignore-lock` lets it run beside an editor's own dev server: Astro
 * allows one locked dev server per project.
 */
import { spawn } from 'node:child_process';
import { PROJECT_NODE, astroEnv } from './course-builds';
import { freePort } from './free-port';

export interface DevServer {
  address: string;
  /** Everything the dev server has printed so far. */
  output: () => string;
  stop: () => void;
}

export async function startDevServer(courseDir: string): Promise<DevServer> {
  const port = await freePort();
  const dev = spawn(PROJECT_NODE, ['scripts/dev.ts', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    env: astroEnv({ COURSE_DIR: courseDir, SITE_BASE: '/' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  dev.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  dev.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const ready = setInterval(() => {
      if (/watching for file changes/.test(output)) {
        clearInterval(ready);
        resolve();
      }
    }, 100);
    dev.on('exit', () => {
      clearInterval(ready);
      reject(new Error(`npm run dev ended:\n${output}`));
    });
  });
  return { address: `http://127.0.0.1:${port}/`, output: () => output, stop: () => dev.kill('SIGTERM') };
}
