import { spawn, type ChildProcess } from 'node:child_process';
import { expect } from '@playwright/test';

/**
 * `astro preview` of a site a test built itself (with `env` naming its output folder and base),
 * on its own port, once `url` answers.
 */
export async function startPreview(env: NodeJS.ProcessEnv, port: number, url: string): Promise<ChildProcess> {
  const server = spawn('node_modules/.bin/astro', ['preview', '--ignore-lock', '--port', String(port)], {
    env,
    stdio: 'ignore',
  });
  await expect.poll(async () => (await fetch(url).catch(() => undefined))?.status, { timeout: 60_000 }).toBe(200);
  return server;
}
