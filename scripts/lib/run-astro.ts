/**
 * Runs the Astro CLI with its output as an editor reads it (./editor-output.ts): stack traces
 * and developer references left out, the editor's mistakes explained in Swedish. Colours are
 * kept when the terminal shows them. Resolves with Astro's exit status.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { editorLines } from './editor-output.ts';

export function runAstro(args: string[], env: Record<string, string> = {}): Promise<number> {
  const astro = spawn('astro', args, {
    stdio: ['inherit', 'pipe', 'pipe'],
    env: { ...process.env, ...env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
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
  // Ctrl+C reaches Astro too: this process waits for it to stop rather than leave it running.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => astro.kill('SIGTERM'));
  return new Promise<number>((resolve) => {
    astro.on('error', (error) => {
      console.error(`[astro] Astro kunde inte starta: ${error.message}`);
      resolve(1);
    });
    astro.on('close', (code) => resolve(code ?? 1));
  });
}
