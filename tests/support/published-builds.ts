/**
 * Builds as a host holds them, made from the harness's builds without another Astro run: copies
 * in a scratch folder that a test serves, changes and throws away.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Files whose text names other files: pages, scripts, the worker, the version file and lists. */
const TEXT = /\.(html|js|json|webmanifest|css)$/;

export class Uploads {
  readonly root = mkdtempSync(join(tmpdir(), 'digidel-uploads-'));

  /** A copy of the build in `outDir`, as `name`. */
  copy(name: string, outDir: string): string {
    const into = join(this.root, name);
    cpSync(outDir, into, { recursive: true });
    return into;
  }

  /**
   * A copy of the build in `outDir` whose every script has a new name, as after a change of the
   * site's code: the old names are gone from the host, every page, script and list names the new
   * ones, and the offline copy's worker has the pages' new revisions (Workbox's: an MD5 of the file).
   */
  withNewCode(name: string, outDir: string): string {
    const into = this.copy(name, outDir);
    const scripts = readdirSync(join(into, '_astro')).filter((file) => file.endsWith('.js'));
    const renamed = new Map(scripts.map((file) => [file, file.replace(/\.js$/, 'n.js')]));
    for (const [from, to] of renamed) renameSync(join(into, '_astro', from), join(into, '_astro', to));
    for (const file of readdirSync(into, { recursive: true, encoding: 'utf8' })) {
      if (!TEXT.test(file)) continue;
      const path = join(into, file);
      const text = readFileSync(path, 'utf8');
      let changed = text;
      for (const [from, to] of renamed) changed = changed.replaceAll(`/${from}`, `/${to}`);
      if (changed !== text) writeFileSync(path, changed);
    }
    const worker = join(into, 'sw.js');
    const revised = readFileSync(worker, 'utf8').replace(
      /"revision":"[0-9a-f]+","url":"([^"]+)"/g,
      (_entry, url: string) =>
        `"revision":"${createHash('md5')
          .update(readFileSync(join(into, url)))
          .digest('hex')}","url":"${url}"`,
    );
    writeFileSync(worker, revised);
    return into;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
