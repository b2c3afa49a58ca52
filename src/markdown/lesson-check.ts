/**
 * Sätteri mdast plugin: checks every lesson while its MDX compiles, where its file and lines
 * are known, so that each mistake stops the build with "fil:rad: what is wrong and what to
 * do", in Swedish, for the editor, instead of a broken page or an error that names only the
 * page's URL.
 *
 * - Content only (./content-only.ts): no import but an image's, no expression but comments and
 *   literal component fields, in lessons and the site's MDX pages alike.
 * - Components: in a lesson, a capitalised tag must be one of the lesson components; in every
 *   MDX file, raw <script>, <style>, <iframe> and the like, `style=`, `on…=` handlers and
 *   javascript: links are refused (the Content-Security-Policy would block them anyway).
 * - Headings: the title is the page's one h1, so sections start at ## and never skip a level.
 * - Links: a link to one of the site's pages or lessons (/lektioner/…/) must lead to one that
 *   exists, and its #section too; it is written under the base path the site is built for.
 * - Images: alternative text, or "dekorativ" said in the title; the file next to the lesson.
 * - <Film>: a title, a YouTube ID or URL that parses, a start time and a duration that read.
 *   A film without an ID yet is allowed (it shows as "not available yet"); the build says which.
 * - <GoalExample goal> and <GlobalGoalsFigure highlight>: goals 1 to 17.
 * - <ExternalLink href>: an https:// address.
 * - <Assignment id>: unique across the course, since answers are stored under it; a goal box
 *   once per lesson, since its anchor is the goal's.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import type { MdastPluginEntry } from 'satteri';
import { checkEsm, checkFieldExpression, checkTextExpression } from './content-only';
import { CourseLinks } from './course-links';
import { joinBase } from '../site/page-paths';
import { createSlugger } from '../utils/slugs';
// The image title that says an image is decoration only, so its empty alternative text is meant.
import { DECORATIVE } from './lesson-images';
import { warnEditor } from '../site/editor-warnings';
import { parseYouTube, InvalidYouTubeError } from '../features/film/youtube';
import { LESSON_COMPONENT_NAMES } from '../user-components/names';
import { parseDuration, parseStartTime } from '../utils/time-lengths';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface JsxElement {
  name: string | null;
  attributes: readonly JsxAttribute[];
  position?: { start: { line: number } } | undefined;
}

/** Tags that would run code or pull in another page; each with what to use instead. */
const REFUSED_TAGS: Record<string, string> = {
  script: 'En lektion kör inga egna skript.',
  style: 'Lektioner har webbplatsens utseende; be om en komponent om något behöver se annorlunda ut.',
  iframe: 'Använd <Film youtube="…" title="…" /> för en film.',
  object: 'Använd <Film> för en film, eller länka till filen med <ExternalLink>.',
  embed: 'Använd <Film> för en film, eller länka till filen med <ExternalLink>.',
  frame: 'Använd <ExternalLink> för att länka till en annan sida.',
  link: 'Använd <ExternalLink> för att länka till en annan sida.',
  meta: 'Sidans uppgifter kommer från början av filen (frontmatter).',
  base: 'Webbplatsen sköter länkarna själv.',
  form: 'Använd <Assignment fields={[…]}> för svar.',
};

const GOALS = { min: 1, max: 17 };

/** The attribute `name`, or undefined. */
function attribute(element: JsxElement, name: string): JsxAttribute | undefined {
  return element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** A plain string attribute's value; undefined when absent; null when written as an expression. */
function stringValue(element: JsxElement, name: string): string | null | undefined {
  const found = attribute(element, name);
  if (!found) return undefined;
  return typeof found.value === 'string' ? found.value : null;
}

/** The source of an attribute written as {…}, such as goal={18}; undefined otherwise. */
function expressionValue(element: JsxElement, name: string): string | undefined {
  const value = attribute(element, name)?.value;
  return typeof value === 'object' && value !== null && 'value' in value ? String(value.value) : undefined;
}

function isJavaScriptUrl(url: string): boolean {
  return /^\s*javascript:/i.test(url);
}

export interface LessonCheckOptions {
  /** The course folder (COURSE_DIR), whose lessons the links may point to. */
  courseDir: string;
  /** The base path the site is built for ("/" or "/kurser/digidel/"): internal links are written under it. */
  base: string;
  /** True in `npm run dev`, which shows draft lessons; a build leaves them out, so no link may lead to one. */
  drafts?: boolean;
}

/** Mdast nodes as the checks read them. */
interface Positioned {
  position?: { start: { line: number } } | undefined;
}

export function lessonCheck({ courseDir, base, drafts = false }: LessonCheckOptions): MdastPluginEntry {
  // Assignment ids across the whole build, with where each is: answers are stored under them.
  const assignments = new Map<string, { file: string; at: string }>();
  const links = new CourseLinks(courseDir);
  const root = joinBase(base, '');
  return () => {
    let images = new Set<string>();
    let goals = new Map<string, Place>();
    // The anchors the lesson's headings get (src/markdown/heading-ids.ts), by the same slugger.
    let headingSlug = createSlugger();
    let headingAnchors = new Map<string, number | undefined>();
    // Links to a section of this lesson, checked once all its headings are known.
    let samePage: { hash: string; node: Positioned }[] = [];
    let depth = 1;
    return {
      name: 'lesson-check',
      options: { position: true },
      before(tree, ctx) {
        const file = fileName(ctx.fileURL);
        // Compiled again (the dev server): its ids are its own again.
        for (const [id, place] of assignments) if (place.file === file) assignments.delete(id);
        goals = new Map();
        headingSlug = createSlugger();
        headingAnchors = new Map();
        samePage = [];
        depth = 1;
        images = new Set();
        for (const node of tree.children) {
          if (node.type !== 'mdxjsEsm') continue;
          const result = checkEsm(String(node.value));
          if ('problem' in result) fail(ctx.fileURL, node, result.problem);
          else for (const image of result.images) images.add(image);
        }
      },
      mdxFlowExpression(node, ctx) {
        const problem = checkTextExpression(String(node.value));
        if (problem) fail(ctx.fileURL, node, problem);
      },
      mdxTextExpression(node, ctx) {
        const problem = checkTextExpression(String(node.value));
        if (problem) fail(ctx.fileURL, node, problem);
      },
      mdxJsxFlowElement(node, ctx) {
        const element = node as unknown as JsxElement;
        check(element, where(ctx.fileURL, element), images, assignments, goals);
      },
      mdxJsxTextElement(node, ctx) {
        const element = node as unknown as JsxElement;
        check(element, where(ctx.fileURL, element), images, assignments, goals);
      },
      heading(node, ctx) {
        const marks = (n: number) => '#'.repeat(n);
        if (node.depth === 1) {
          fail(
            ctx.fileURL,
            node,
            'en rubrik med # är sidans titel, som kommer från title: i början av filen. Börja avsnitten med ##.',
          );
        }
        if (node.depth > depth + 1) {
          fail(
            ctx.fileURL,
            node,
            `rubriken hoppar från ${marks(depth)} till ${marks(node.depth)}. Skriv ${marks(depth + 1)}, så att rubrikerna följer på varandra.`,
          );
        }
        depth = node.depth;
        headingAnchors.set(headingSlug(textOf(node)), node.position?.start.line);
      },
      after(_tree, ctx) {
        const anchors = [...headingAnchors.keys(), ...[...goals.keys()].map((goal) => `mal-${goal}`)];
        for (const { hash, node } of samePage) {
          if (anchors.includes(hash)) continue;
          fail(
            ctx.fileURL,
            node,
            `länken går till avsnittet #${hash}, men det finns inget sådant avsnitt på sidan. Avsnitten är: ${anchors.join(', ')}.`,
          );
        }
        // A goal box's anchor is #mal-N; a heading with the same anchor would take its links.
        for (const [goal, place] of goals) {
          if (!headingAnchors.has(`mal-${goal}`)) continue;
          const line = headingAnchors.get(`mal-${goal}`);
          fail(
            ctx.fileURL,
            { position: line === undefined ? undefined : { start: { line } } },
            `rubriken får samma ankare, #mal-${goal}, som målrutan på ${place.at}. Ge rubriken ett annat namn.`,
          );
        }
      },
      image(node, ctx) {
        const decorative = node.title?.trim().toLowerCase() === DECORATIVE;
        if (!node.alt?.trim() && !decorative) {
          fail(
            ctx.fileURL,
            node,
            `bilden "${node.url}" har ingen alternativtext. Skriv vad bilden visar: ![Vad bilden visar](${node.url}). Är den bara utsmyckning, skriv ![](${node.url} "${DECORATIVE}").`,
          );
        }
        if (decorative) ctx.setProperty(node, 'title', null);
        if (ctx.fileURL && !/^[a-z]+:|^\//i.test(node.url)) {
          const path = join(dirname(fileURLToPath(ctx.fileURL)), decodeURI(node.url));
          if (!existsSync(path)) {
            fail(
              ctx.fileURL,
              node,
              `bilden "${node.url}" finns inte. Lägg filen bredvid lektionen (${relative(process.cwd(), path)}).`,
            );
          }
        }
      },
      link(node, ctx) {
        if (isJavaScriptUrl(node.url))
          fail(ctx.fileURL, node, `länken till "${node.url}" kör kod; länka till en adress.`);
        if (node.url.startsWith('#')) {
          if (node.url.length > 1) samePage.push({ hash: node.url.slice(1), node });
          return;
        }
        const resolved = resolveLink(node.url, links, drafts, (problem) => fail(ctx.fileURL, node, problem));
        if (resolved !== undefined)
          ctx.setProperty(node, 'url', resolved.startsWith(root) ? resolved : joinBase(base, resolved));
      },
    };
  };
}

/**
 * An internal link's address without the base path, checked: a page or lesson that exists, and
 * a section of it; undefined for anything that is not one (another site, a file).
 */
function resolveLink(
  url: string,
  links: CourseLinks,
  drafts: boolean,
  problem: (text: string) => never,
): string | undefined {
  const [address = '', hash] = url.split('#', 2);
  if (!address.startsWith('/') || address.startsWith('//')) return undefined;
  const [path = ''] = address.split('?', 1);
  const last = path.slice(path.lastIndexOf('/') + 1);
  // A file of the host's own (/filer/handbok.pdf): not the course's to know.
  if (last.includes('.')) return undefined;
  const page = path.endsWith('/') ? path : `${path}/`;
  if (!links.isPage(page)) {
    problem(
      `länken går till ${path}, men det finns ingen sådan sida eller lektion. En lektion har adressen /lektioner/<filens namn utan nummer>/, till exempel /lektioner/digidelcenter-och-samhallets-digitalisering/.`,
    );
  }
  if (!drafts && links.isDraft(page)) {
    problem(
      `länken går till ${page}, som är ett utkast (draft: true) och inte publiceras. Ta bort länken, eller publicera lektionen först.`,
    );
  }
  const lesson = links.lessonFile(page);
  if (hash && lesson) {
    const anchors = links.anchors(lesson);
    if (!anchors.has(hash)) {
      problem(
        `länken går till avsnittet #${hash} på ${page}, men där finns inget sådant avsnitt. Avsnitten är: ${[...anchors].join(', ')}.`,
      );
    }
  }
  return `${page}${address.slice(path.length)}${hash === undefined ? '' : `#${hash}`}`;
}

/**
 * A mistake in a lesson, with its line and column where Astro's MDX plugin reads them: the
 * build's "Location" and the dev server's error page then point at the lesson's own line.
 */
class ContentError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(fileURL: URL | undefined, line: number | undefined, problem: string) {
    super(`${fileName(fileURL)}${line ? `:${line}` : ''}: ${problem}`);
    this.line = line;
    this.column = line === undefined ? undefined : 1;
  }
}

/** The text of a heading, as its anchor is made from it. */
function textOf(node: { value?: unknown; children?: readonly unknown[] }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? [])
    .map((child) => textOf(child as { value?: unknown; children?: readonly unknown[] }))
    .join('');
}

/** Stops the compile with "fil:rad: problem". */
function fail(fileURL: URL | undefined, node: Positioned, problem: string): never {
  throw new ContentError(fileURL, node.position?.start.line, problem);
}

function fileName(url: URL | undefined): string {
  return url ? relative(process.cwd(), fileURLToPath(url)) : 'en lektion';
}

/** Where an element is: its file and line, and "content/lessons/06-….mdx:42" for messages. */
interface Place {
  url: URL | undefined;
  line: number | undefined;
  file: string;
  at: string;
}

function where(url: URL | undefined, element: JsxElement): Place {
  const file = fileName(url);
  const line = element.position?.start.line;
  return { url, line, file, at: line ? `${file}:${line}` : file };
}

function check(
  element: JsxElement,
  place: Place,
  images: ReadonlySet<string>,
  assignments: Map<string, { file: string; at: string }>,
  goals: Map<string, Place>,
): void {
  const name = element.name ?? '';
  const fail = (message: string): never => {
    throw new ContentError(place.url, place.line, `<${name}>: ${message}`);
  };

  const refused = REFUSED_TAGS[name.toLowerCase()];
  if (refused !== undefined) fail(`<${name}> är inte tillåtet i en lektion. ${refused}`);
  // Site pages (content/pages/) get their own components from their routes; lessons get these.
  const isLesson = place.file.includes('/lessons/');
  if (isLesson && /^[A-Z]/.test(name) && !(LESSON_COMPONENT_NAMES as readonly string[]).includes(name)) {
    fail(`det finns ingen sådan komponent. Lektionernas komponenter är ${LESSON_COMPONENT_NAMES.join(', ')}.`);
  }
  for (const a of element.attributes) {
    if (a.type === 'mdxJsxExpressionAttribute')
      fail(`{${String(a.value)}} är kod; skriv varje fält för sig, som title="…".`);
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    if (a.name === 'style') fail('fältet "style" är inte tillåtet: lektioner har webbplatsens utseende.');
    if (/^on[a-z]/i.test(a.name)) fail(`fältet "${a.name}" skulle köra kod, och en lektion kör ingen kod.`);
    if (typeof a.value === 'string' && /^(href|src)$/.test(a.name) && isJavaScriptUrl(a.value)) {
      fail(`fältet "${a.name}": "${a.value}" kör kod; länka till en adress.`);
    }
    if (typeof a.value === 'object' && a.value !== null && 'value' in a.value) {
      const problem = checkFieldExpression(String(a.value.value), images);
      if (problem) fail(`fältet "${a.name}": ${problem}`);
    }
  }

  switch (name) {
    case 'Film':
      return checkFilm(element, place, fail);
    case 'GoalExample': {
      const goal = Number(expressionValue(element, 'goal') ?? stringValue(element, 'goal'));
      if (!Number.isInteger(goal) || goal < GOALS.min || goal > GOALS.max) {
        fail(`fältet "goal" ska vara ett av de globala målen, ${GOALS.min} till ${GOALS.max}, skrivet goal={4}.`);
      }
      const other = goals.get(String(goal));
      if (other !== undefined) {
        fail(
          `mål ${goal} har redan en ruta på ${other.at}. Varje mål får en ruta per lektion (rutan länkas som #mal-${goal}).`,
        );
      }
      goals.set(String(goal), place);
      return;
    }
    case 'GlobalGoalsFigure': {
      const highlight = expressionValue(element, 'highlight');
      const numbers = highlight?.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      const bad = numbers.find((n) => !Number.isInteger(n) || n < GOALS.min || n > GOALS.max);
      if (bad !== undefined) fail(`fältet "highlight": det finns inget globalt mål ${bad}; målen är 1 till 17.`);
      return;
    }
    case 'ExternalLink': {
      const href = stringValue(element, 'href');
      if (typeof href !== 'string' || !/^https:\/\//.test(href)) {
        fail(
          `fältet "href" ska vara en adress som börjar med https://, skriven som text (nu: ${JSON.stringify(href ?? null)}).`,
        );
      }
      return;
    }
    case 'Assignment': {
      const id = stringValue(element, 'id');
      if (!id) fail('fältet "id" behövs, som text, till exempel id="uppdrag-5".');
      const other = assignments.get(id ?? '');
      if (other !== undefined) {
        fail(
          `fältet "id": "${id}" används redan på ${other.at}. Svaren sparas under id:t, så varje uppdrag behöver ett eget.`,
        );
      }
      assignments.set(id ?? '', place);
      return;
    }
    default:
      return;
  }
}

function checkFilm(element: JsxElement, place: Place, fail: (message: string) => never): void {
  const title = stringValue(element, 'title');
  if (!title?.trim()) fail('fältet "title" behövs, som text: det är filmens namn för alla deltagare.');
  const duration = stringValue(element, 'duration');
  if (duration === null || (duration !== undefined && parseDuration(duration) === undefined)) {
    fail(`fältet "duration": ${JSON.stringify(duration)} är ingen längd (skriv "4:30" eller "4m30s").`);
  }
  const start = stringValue(element, 'start') ?? expressionValue(element, 'start');
  if (start !== undefined && start !== null && parseStartTime(start) === undefined) {
    fail(`fältet "start": "${start}" är ingen starttid (skriv 90, "90s" eller "1m30s").`);
  }
  const youtube = stringValue(element, 'youtube');
  if (youtube === undefined) {
    warnEditor(
      `[filmer] ${place.at}: filmen "${title}" har inget YouTube-ID ännu; den visas som inte tillgänglig. Skriv youtube="…" när filmen finns.`,
    );
    return;
  }
  if (youtube === null) fail('fältet "youtube": skriv youtube="…" som text.');
  try {
    parseYouTube(youtube ?? '');
  } catch (error) {
    if (error instanceof InvalidYouTubeError) {
      fail(
        `fältet "youtube": "${youtube}" är inte en film på YouTube. Skriv filmens adress (https://www.youtube.com/watch?v=…) eller dess ID på 11 tecken.`,
      );
    }
    throw error;
  }
}
