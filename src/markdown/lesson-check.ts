/**
 * Sätteri mdast plugin: checks every lesson while its MDX compiles, where its file and lines
 * are known, so that each mistake stops the build with "file:line: what is wrong and what to
 * do" instead of a broken page or an error that names only the page's URL.
 *
 * - Components: in a lesson, a capitalised tag must be one of the lesson components (or
 *   imported in the file); in every MDX file, raw <script>, <style>, <iframe> and the like, `style=`, `on…=` handlers and
 *   javascript: links are refused (the Content-Security-Policy would block them anyway).
 * - <Film>: a title, a YouTube ID or URL that parses, a start time and a duration that read.
 *   A film without an ID yet is allowed (it shows as "not available yet"); the build says which.
 * - <GoalExample goal> and <GlobalGoalsFigure highlight>: goals 1 to 17.
 * - <ExternalLink href>: an https:// address.
 * - <Assignment id>: unique across the course, since answers are stored under it.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { MdastPluginEntry } from 'satteri';
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
  script: 'Lessons run no scripts of their own.',
  style: 'Lessons take the site’s styles; ask for a component if something needs a look of its own.',
  iframe: 'Use <Film youtube="…" title="…" /> for a film.',
  object: 'Use <Film> for a film, or link to the file with <ExternalLink>.',
  embed: 'Use <Film> for a film, or link to the file with <ExternalLink>.',
  frame: 'Use <ExternalLink> to link to another page.',
  link: 'Use <ExternalLink> to link to another page.',
  meta: 'Page metadata comes from the frontmatter.',
  base: 'Links are resolved by the site.',
  form: 'Use <Assignment fields={[…]}> for answers.',
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

export function lessonCheck(): MdastPluginEntry {
  // Assignment ids across the whole build: answers are stored under them.
  const assignments = new Map<string, string>();
  return () => {
    let imported = new Set<string>();
    return {
      name: 'lesson-check',
      options: { position: true },
      before(root) {
        imported = new Set(
          root.children
            .filter((node) => node.type === 'mdxjsEsm')
            .flatMap((node) => [...String(node.value).matchAll(/import\s+(\w+)/g)].map((match) => match[1] ?? '')),
        );
      },
      mdxJsxFlowElement(node, ctx) {
        check(node as unknown as JsxElement, where(ctx.fileURL, node as unknown as JsxElement), imported, assignments);
      },
      mdxJsxTextElement(node, ctx) {
        check(node as unknown as JsxElement, where(ctx.fileURL, node as unknown as JsxElement), imported, assignments);
      },
      link(node, ctx) {
        if (isJavaScriptUrl(node.url)) {
          const line = node.position?.start.line;
          throw new Error(
            `${fileName(ctx.fileURL)}${line ? `:${line}` : ''}: a link to "${node.url}" runs code; link to an address.`,
          );
        }
      },
    };
  };
}

function fileName(url: URL | undefined): string {
  return url ? relative(process.cwd(), fileURLToPath(url)) : 'a lesson';
}

/** "content/lessons/06-….mdx:42" for messages. */
function where(url: URL | undefined, element: JsxElement): { file: string; at: string } {
  const file = fileName(url);
  const line = element.position?.start.line;
  return { file, at: line ? `${file}:${line}` : file };
}

function check(
  element: JsxElement,
  place: { file: string; at: string },
  imported: ReadonlySet<string>,
  assignments: Map<string, string>,
): void {
  const name = element.name ?? '';
  const fail = (message: string): never => {
    throw new Error(`${place.at}: <${name}>: ${message}`);
  };

  const refused = REFUSED_TAGS[name.toLowerCase()];
  if (refused !== undefined) fail(`raw <${name}> is not allowed in a lesson. ${refused}`);
  // Site pages (content/pages/) get their own components from their routes; lessons get these.
  const isLesson = place.file.includes('/lessons/');
  if (
    isLesson &&
    /^[A-Z]/.test(name) &&
    !(LESSON_COMPONENT_NAMES as readonly string[]).includes(name) &&
    !imported.has(name)
  ) {
    fail(`there is no such component. The lesson components are ${LESSON_COMPONENT_NAMES.join(', ')}.`);
  }
  for (const a of element.attributes) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    if (a.name === 'style') fail('field "style" is not allowed: lessons take the site’s styles.');
    if (/^on[a-z]/i.test(a.name)) fail(`field "${a.name}" would run code, which lessons may not.`);
    if (typeof a.value === 'string' && /^(href|src)$/.test(a.name) && isJavaScriptUrl(a.value)) {
      fail(`field "${a.name}": "${a.value}" runs code; link to an address.`);
    }
  }

  switch (name) {
    case 'Film':
      return checkFilm(element, place, fail);
    case 'GoalExample': {
      const goal = Number(expressionValue(element, 'goal') ?? stringValue(element, 'goal'));
      if (!Number.isInteger(goal) || goal < GOALS.min || goal > GOALS.max) {
        fail(`field "goal" must be a global goal, ${GOALS.min} to ${GOALS.max}, written goal={4}.`);
      }
      return;
    }
    case 'GlobalGoalsFigure': {
      const highlight = expressionValue(element, 'highlight');
      const numbers = highlight?.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      const bad = numbers.find((n) => !Number.isInteger(n) || n < GOALS.min || n > GOALS.max);
      if (bad !== undefined) fail(`field "highlight": there is no global goal ${bad}; the goals are 1 to 17.`);
      return;
    }
    case 'ExternalLink': {
      const href = stringValue(element, 'href');
      if (typeof href !== 'string' || !/^https:\/\//.test(href)) {
        fail(
          `field "href" must be an https:// address, written as plain text (it is ${JSON.stringify(href ?? null)}).`,
        );
      }
      return;
    }
    case 'Assignment': {
      const id = stringValue(element, 'id');
      if (!id) fail('field "id" is required, as a plain string such as id="uppdrag-5".');
      const other = assignments.get(id ?? '');
      if (other !== undefined && other !== place.file) {
        fail(
          `field "id": "${id}" is already used in ${other}. Answers are stored under the id: give each assignment its own.`,
        );
      }
      assignments.set(id ?? '', place.file);
      return;
    }
    default:
      return;
  }
}

function checkFilm(element: JsxElement, place: { file: string; at: string }, fail: (message: string) => never): void {
  const title = stringValue(element, 'title');
  if (!title?.trim()) fail('field "title" is required, as plain text: it names the film for every learner.');
  const duration = stringValue(element, 'duration');
  if (duration === null || (duration !== undefined && parseDuration(duration) === undefined)) {
    fail(`field "duration": ${JSON.stringify(duration)} is not a length (use "4:30" or "4m30s").`);
  }
  const start = stringValue(element, 'start') ?? expressionValue(element, 'start');
  if (start !== undefined && start !== null && parseStartTime(start) === undefined) {
    fail(`field "start": "${start}" is not a start time (use 90, "90s" or "1m30s").`);
  }
  const youtube = stringValue(element, 'youtube');
  if (youtube === undefined) {
    console.warn(`[films] ${place.file}: the film "${title}" has no YouTube ID yet; it is shown as not available.`);
    return;
  }
  if (youtube === null) fail('field "youtube": write youtube="…" as a plain string.');
  try {
    parseYouTube(youtube ?? '');
  } catch (error) {
    if (error instanceof InvalidYouTubeError) fail(`field "youtube": ${error.message}`);
    throw error;
  }
}
