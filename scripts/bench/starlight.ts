/**
 * The anchor for `npm run bench`: an Astro Starlight site built from the same lesson text as
 * ours. Starlight is installed into the bench's temporary folder at bench time, with the Astro
 * version this site uses, so it is never a dependency of the site. Lessons become plain
 * Markdown: our components' text is kept, films and the goal figure (which Starlight has no
 * equivalent for) are left out, links stay links.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

export const STARLIGHT_VERSION = '0.42.4';

/** Installs Astro and Starlight into `dir` (npm registry only); returns the seconds it took. */
export async function installStarlight(dir: string): Promise<number> {
  const astroVersion = (JSON.parse(await readFile('node_modules/astro/package.json', 'utf8')) as { version: string })
    .version;
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'starlight-anchor', private: true, type: 'module' }, null, 2),
  );
  await writeFile(
    join(dir, 'astro.config.mjs'),
    [
      "import starlight from '@astrojs/starlight';",
      "import { defineConfig } from 'astro/config';",
      'export default defineConfig({',
      '  site: process.env.SITE_URL,',
      '  outDir: process.env.OUT_DIR,',
      "  integrations: [starlight({ title: 'DigidelCenter på bibliotek', defaultLocale: 'root', locales: { root: { label: 'Svenska', lang: 'sv' } } })],",
      '});',
      '',
    ].join('\n'),
  );
  await mkdir(join(dir, 'src'), { recursive: true });
  await writeFile(
    join(dir, 'src', 'content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  const started = performance.now();
  const result = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', `astro@${astroVersion}`, `@astrojs/starlight@${STARLIGHT_VERSION}`],
    { cwd: dir, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`Installing Starlight failed:\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}

/** One of our MDX lessons as Starlight Markdown. */
export function toStarlightMarkdown(mdx: string): string {
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  const data = parse(frontmatter?.[1] ?? '') as { title?: string; description?: string };
  const body = mdx
    .slice(frontmatter?.[0].length ?? 0)
    .replace(/^import .*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<ExternalLink\s+href="([^"]+)"[^>]*>([\s\S]*?)<\/ExternalLink>/g, '[$2]($1)')
    // Components without text of their own (films, the goal figure) are left out…
    .replace(/<[A-Z][A-Za-z]*\b[^>]*?\/>/g, '')
    // …and the others give way to their text.
    .replace(/<\/?[A-Z][A-Za-z]*\b[^>]*>/g, '')
    .replace(/\n{3,}/g, '\n\n');
  return `---\ntitle: ${JSON.stringify(data.title ?? '')}\ndescription: ${JSON.stringify(data.description ?? '')}\n---\n${body}`;
}

/** Writes a Starlight course from our course folder `courseDir` into the anchor project `dir`. */
export async function writeStarlightCourse(courseDir: string, dir: string): Promise<void> {
  const docs = join(dir, 'src', 'content', 'docs');
  await mkdir(join(docs, 'lektioner'), { recursive: true });
  await writeFile(
    join(docs, 'index.md'),
    '---\ntitle: DigidelCenter på bibliotek\ndescription: En självstudiekurs.\n---\n\nKursens lektioner.\n',
  );
  for (const file of await readdir(join(courseDir, 'lessons'))) {
    if (!file.endsWith('.mdx')) continue;
    const slug = file.replace(/^\d+-/, '').replace(/\.mdx$/, '');
    await writeFile(
      join(docs, 'lektioner', `${slug}.md`),
      toStarlightMarkdown(await readFile(join(courseDir, 'lessons', file), 'utf8')),
    );
  }
}

/** Builds the anchor project into `outDir` for a site served at `siteUrl`; returns seconds. */
export function buildStarlight(dir: string, outDir: string, siteUrl: string): number {
  const started = performance.now();
  const result = spawnSync(join(dir, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: siteUrl, OUT_DIR: outDir },
  });
  if (result.status !== 0) throw new Error(`Starlight build failed:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}
