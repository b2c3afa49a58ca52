/**
 * Warnings for the editor about content that builds but is not finished (a film without its
 * YouTube ID, no accessibility contact): each printed once, on a line of its own, and all of
 * them summed up when the build ends (src/integrations/editor-warnings.ts). The MDX compile,
 * the pages and the integrations are separate module graphs in one process, so the list lives
 * on globalThis under a registered symbol.
 */
const LIST = Symbol.for('digidel.editor-warnings');

function list(): Set<string> {
  const holder = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  holder[LIST] ??= new Set();
  return holder[LIST];
}

export function warnEditor(text: string): void {
  if (list().has(text)) return;
  list().add(text);
  // A line of its own: Astro may be in the middle of printing a page's route.
  console.warn(`\n${text}`);
}

/** The warning for a course.yaml whose accessibility part names no way to reach the publisher. */
export function warnNoAccessibilityContact(file: string): void {
  warnEditor(
    `[tillgänglighet] ${file}: accessibility har varken email eller phone, så tillgänglighetsredogörelsen visar en platshållare i stället för kontaktuppgifter.`,
  );
}

export function editorWarnings(): string[] {
  return [...list()];
}
