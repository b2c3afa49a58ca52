/**
 * Astro integration: writes the build's version file (src/utils/published-code.ts), the list of
 * its scripts, once Astro has written them. It runs before offlineCopy() so the offline copy
 * holds it too: a page the copy serves then learns that the copy has a newer build.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { VERSION_FILE, type BuildVersion } from '../utils/published-code';
import { joinBase } from '../site/page-paths';

export function buildVersion(): AstroIntegration {
  let base = '/';
  let assets = '_astro';
  return {
    name: 'digidel-build-version',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        assets = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await readdir(join(outDir, assets)).catch(() => []);
        const version: BuildVersion = {
          scripts: files
            .filter((file) => file.endsWith('.js'))
            .sort()
            .map((file) => joinBase(base, `${assets}/${file}`)),
        };
        await writeFile(join(outDir, VERSION_FILE), JSON.stringify(version));
        logger.info(`${VERSION_FILE}: ${version.scripts.length} scripts.`);
      },
    },
  };
}
