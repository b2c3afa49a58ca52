/**
 * When a part of the page cannot load its code, the part says so above itself and recovers:
 *
 * - the published version file (src/utils/published-code.ts) still lists this page's script, or
 *   does not answer: the network failed, so the part says it loads once the connection is back,
 *   and tries again when the browser is online again, after a growing pause, and at the
 *   learner's "Försök igen";
 * - it no longer lists it: a newer build was published under the open tab and its chunks are
 *   gone, so the part offers "Ladda om sidan". Nothing typed is lost by it: answer fields keep
 *   what is typed before their code runs (src/features/progress/drafts.client.ts).
 *
 * The words and markup come from CodeProblem.astro's <template>, on every page. Kept small on
 * purpose: the page's one script carries it.
 */
import { CODE_PROBLEM_TEMPLATE, VERSION_FILE, codeState } from '../utils/published-code';
import { readStrings, type StringsOf } from './strings.client';
import type { Dictionary } from '../i18n/sv';

const STRINGS = ['unreachable', 'replaced', 'retry', 'reload'] as const;
/** The words CodeProblem.astro renders into its template. */
export type CodeProblemStrings = StringsOf<Dictionary['codeProblem'], typeof STRINGS>;

/** Pauses before each new try while the code may still come; the last repeats. */
const RETRY_AFTER_MS = [5_000, 15_000, 30_000, 60_000];

/** True when the published build no longer has this page's script; false offline too. */
async function replaced(): Promise<boolean> {
  try {
    // This script is in the build's _astro/ folder, one below the root, wherever the course is
    // served. (Through a variable: Vite reads `new URL(…, import.meta.url)` as files to bundle.)
    const script = import.meta.url;
    const versionUrl = new URL(`../${VERSION_FILE}`, script).href;
    const response = await fetch(versionUrl, { cache: 'no-store' });
    return codeState(await response.json(), script, versionUrl) === 'replaced';
  } catch {
    return false;
  }
}

/**
 * Shows above each of `parts` why `load` failed, and calls it again until it succeeds; then the
 * notices go. `load` must be safe to call again (a failed import() is fetched anew).
 */
export function recoverFrom(parts: readonly Element[], load: () => Promise<unknown>): void {
  const template = document.getElementById(CODE_PROBLEM_TEMPLATE);
  if (!(template instanceof HTMLTemplateElement)) return;
  const words = readStrings<CodeProblemStrings>(template, STRINGS);
  const notices = parts.map((part) => {
    const notice = (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
    part.before(notice);
    return notice;
  });
  let tries = 0;
  let timer = 0;
  const attempt = (): Promise<void> => {
    window.clearTimeout(timer);
    return load().then(() => notices.forEach((notice) => notice.remove()), diagnose);
  };
  const diagnose = async () => {
    const gone = await replaced();
    for (const notice of notices) {
      const [text, action] = notice.children as unknown as [HTMLElement, HTMLButtonElement];
      text.textContent = gone ? words.replaced : words.unreachable;
      action.textContent = gone ? words.reload : words.retry;
      action.hidden = false;
      action.onclick = gone ? () => window.location.reload() : attempt;
    }
    if (!gone) timer = window.setTimeout(attempt, RETRY_AFTER_MS[Math.min(tries++, RETRY_AFTER_MS.length - 1)]);
  };
  window.addEventListener('online', attempt);
  void diagnose();
}
