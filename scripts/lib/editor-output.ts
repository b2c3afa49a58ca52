/**
 * The build's output as an editor reads it: Astro follows a content error with its own stack
 * trace and a "Location" of line 0, which say nothing about the lesson; the lesson check's
 * message already names the file and the line. Everything else passes unchanged, colours kept.
 */
import { stripVTControlCharacters } from 'node:util';

/** How the frontmatter's types read to an editor. */
const TYPES: Record<string, string> = {
  number: 'ett tal (number: 7)',
  string: 'text',
  boolean: 'true eller false',
  date: 'ett datum (2026-11-24)',
  array: 'en lista',
  object: 'en grupp av fält',
};

/**
 * Errors that come before the lesson check can run, MDX's parse errors and the frontmatter's
 * schema as Astro reports them, each with what to do, in the editor's words.
 */
const MDX_ERRORS: [RegExp, (match: RegExpExecArray) => string][] = [
  [
    /^\s*([\w.]+)\*\*: \*\*[\w.]+: Expected type `"(\w+)"`, received `"(\w+)"`/,
    ([, field, expected = '', received = '']) =>
      received === 'undefined'
        ? `Fältet "${field}" saknas i början av filen (frontmatter). Skriv det som ${TYPES[expected] ?? expected}.`
        : `Fältet "${field}" i början av filen (frontmatter) ska vara ${TYPES[expected] ?? expected}, inte ${TYPES[received] ?? received}.`,
  ],
  [
    /Expected a closing tag for `<([\w.]+)>` \((\d+):/,
    ([, tag, line]) =>
      `Taggen <${tag}> på rad ${line} stängs aldrig. Skriv </${tag}> på en egen rad där innehållet slutar, med en tom rad före, eller <${tag} … /> om den inte har något innehåll.`,
  ],
  [
    /Unexpected closing (?:slash `\/` in tag|tag `<\/([\w.]+)>`)/,
    ([, tag]) => `</${tag ?? '…'}> stänger en tagg som inte är öppen. Ta bort den, eller öppna taggen före.`,
  ],
  [
    /Could not parse expression with acorn/,
    () => 'Det som står inom { } går inte att läsa. I en lektion får det bara stå kommentarer: {/* … */}.',
  ],
];

/** The Swedish explanation of an MDX parse error on `text`, if it is one. */
export function explainMdxError(text: string): string | undefined {
  for (const [pattern, explain] of MDX_ERRORS) {
    const match = pattern.exec(text);
    if (match) return explain(match);
  }
  return undefined;
}

/**
 * Astro's wrapper around the frontmatter's messages (src/schemas/swedish-issues.ts words each
 * field's): its headline explained, its hint pointed at the editor's guide, and an empty field
 * path (a misspelt field belongs to no field) left out.
 */
const SCHEMA_HEADLINE = /data does not match collection schema\.\s*$/;
const SCHEMA_EXPLAINED =
  '  → Början av filen (frontmatter, mellan raderna ---) har fel. Varje rad nedan säger vilket fält och vad som ska stå där.';
const SCHEMA_HINT =
  /^(\s*)See https:\/\/docs\.astro\.build\/\S+content-collections\/ for more information on content schemas\.\s*$/;
const NO_FIELD = /^(\s*)\*\*\*\*: /;

/** A filter over the build's lines, one at a time: returns the line to print, or undefined. */
export function editorLines(): (line: string) => string | undefined {
  let inTrace = false;
  let inReference = false;
  let location: string | undefined;
  return (line) => {
    const text = stripVTControlCharacters(line);
    // Astro's error reference is a page for developers, in English: left out with its address.
    if (inReference) {
      inReference = false;
      if (/^\s+https?:\/\//.test(text)) return undefined;
    }
    if (/^\s*Error reference:\s*$/.test(text)) {
      inReference = true;
      return undefined;
    }
    if (SCHEMA_HEADLINE.test(text)) return `${line}\n${SCHEMA_EXPLAINED}`;
    if (SCHEMA_HINT.test(text))
      return text.replace(SCHEMA_HINT, '$1Vilka fält som finns och vad de betyder står i docs/authoring.md.');
    if (NO_FIELD.test(text)) return text.replace(NO_FIELD, '$1');
    if (/^\s*Hint:\s*$/.test(text)) return text.replace('Hint:', 'Tips:');
    if (inTrace && /^\s+at\s/.test(text)) return undefined;
    // The dev server prints the frames right after its [ERROR] line, the build after "Stack trace:".
    if (/^\s*\[\.\.\.\] See full stack trace/.test(text)) return undefined;
    inTrace = /^\s*Stack trace:\s*$/.test(text);
    if (inTrace) return undefined;
    inTrace = /\[ERROR\]/.test(text);
    if (location !== undefined) {
      const held = location;
      location = undefined;
      // "…:0:0" is the file at no line: the file is worth keeping, the line is not.
      return `${held}\n${line.replace(/:0:0(\s*)$/, '$1')}`;
    }
    if (/^\s*Location:\s*$/.test(text)) {
      location = text.replace('Location:', 'Plats:');
      return undefined;
    }
    const explained = explainMdxError(text);
    return explained === undefined ? line : `${line}\n  → ${explained}`;
  };
}
