// @ts-check
/**
 * Site settings. Editors publishing under a sub-path set SITE_URL and SITE_BASE when they
 * build, e.g. SITE_URL=https://bibliotek.example SITE_BASE=/kurser/digidel/ npm run build.
 * COURSE_DIR and COURSE_OUT_DIR let the tests build fixture courses beside the real one.
 * COURSE_TARGET=lms is the build inside the SCORM packages (scripts/package.ts): under a stand-in
 * base that the package script makes relative, with the launch page and without the offline
 * copy, the host files and the sitemap.
 */
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { SCRIPT_SOURCES, STYLE_SOURCES, cspDirectives, securityHeaders } from './src/integrations/security-policy.ts';
import { buildVersion } from './src/integrations/build-version.ts';
import { editorWarningsSummary } from './src/integrations/editor-warnings.ts';
import { globalGoalsCss } from './src/integrations/global-goals-css.ts';
import { offlineCopy } from './src/integrations/service-worker.ts';
import { lmsLaunchPage } from './src/integrations/lms-launch.ts';
import { LMS_ROOT } from './src/features/lms/package-tokens.ts';
import { lessonCheck } from './src/markdown/lesson-check.ts';
import { decorativeEmoji } from './src/markdown/decorative-emoji.ts';
import { headingIds } from './src/markdown/heading-ids.ts';
import { lessonImages } from './src/markdown/lesson-images.ts';

const outDir = process.env['COURSE_OUT_DIR'] ?? './dist';
const courseDir = process.env['COURSE_DIR'] ?? 'content';
const target = process.env['COURSE_TARGET'] === 'lms' ? 'lms' : 'site';
const base = target === 'lms' ? LMS_ROOT : (process.env['SITE_BASE'] ?? '/');

/**
 * The modules of the page's one script: BaseLayout's <script> and the shared browser helpers,
 * less the helpers only later chunks use (loading a script or stylesheet by URL, the course's
 * count of done lessons, the time of day, download sizes, a film's start time), which would
 * otherwise weigh on every first view.
 */
const PAGE_SCRIPT =
  /BaseLayout\.astro\?astro&type=script|\/src\/(client\/(?!load-script\.client)|utils\/(?!time-lengths)|i18n\/(?!course-count|clock|sizes))/;

export default defineConfig({
  site: process.env['SITE_URL'] ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  outDir,
  // The course's content cache; fixture courses and the package build get one each, so they never mix with the site's.
  cacheDir: courseDir === 'content' && target === 'site' ? './node_modules/.astro' : `${outDir}-cache`,
  // offlineCopy() comes last: it saves what the others wrote, the search index and the version file included.
  integrations:
    target === 'lms'
      ? [mdx(), pagefindIndex(), buildVersion(), lmsLaunchPage(), editorWarningsSummary()]
      : [mdx(), sitemap(), pagefindIndex(), securityHeaders(), buildVersion(), offlineCopy(), editorWarningsSummary()],
  // Each page's CSS inline, so that first paint needs the HTML alone; src/integrations/security-policy.ts
  // hashes it into the policy.
  build: { inlineStylesheets: 'always' },
  // Images in lesson text get a srcset and sizes for the reading column, with their width and
  // height (no layout shift). Astro's own responsive styles stay off: they would be inline
  // styles outside the policy, and the site's CSS already scales images to the column.
  image: { layout: 'constrained', responsiveStyles: false },
  security: {
    csp: {
      directives: cspDirectives(target),
      scriptDirective: { resources: SCRIPT_SOURCES },
      styleDirective: { resources: STYLE_SOURCES },
    },
  },
  vite: {
    plugins: [globalGoalsCss()],
    define: { 'import.meta.env.COURSE_TARGET': JSON.stringify(target) },
    // In a package, a script's own files are found from the script, wherever the LMS put it.
    ...(target === 'lms' ? { experimental: { renderBuiltUrl: () => ({ relative: true }) } } : {}),
    build: {
      // No preload map in the page script: it listed every later chunk's dependencies on every
      // page (about a tenth of the page's JavaScript) to save one round trip after the learner
      // has scrolled near a part, whose chunks then load their one shared helper themselves.
      modulePreload: false,
      rolldownOptions: {
        // One script module per page (src/client/main.client.ts): the page's script and the small helpers
        // it shares with the chunks it loads later form one file, instead of a chain of imports.
        output: { codeSplitting: { groups: [{ name: 'main', test: PAGE_SCRIPT }] } },
        // Astro marks every compiled MDX file with the directive "use astro:head-inject" on purpose,
        // and reads it itself; the bundler's warning that it may be dropped says nothing an editor
        // can act on, so it is left out of the build's output. Every other warning is shown.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  markdown: {
    // Prism marks code with classes; Shiki's inline styles would break the Content-Security-Policy.
    syntaxHighlight: 'prism',
    processor: satteri({
      mdastPlugins: [lessonCheck({ courseDir, base, drafts: process.argv.includes('dev') }), lessonImages()],
      hastPlugins: [headingIds(), decorativeEmoji()],
    }),
  },
});
