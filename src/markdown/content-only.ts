/**
 * What of MDX's JavaScript a lesson may hold: it is content, and an editor's file must not run
 * code on the build machine or in a learner's browser. Each check returns what is wrong, in the
 * editor's words, or undefined when the source is allowed. The lesson check
 * (src/markdown/lesson-check.ts) adds the file and the line.
 *
 * - `import name from './bild.jpg'`: an image from the lesson's own folder, for a film's poster.
 *   No other import, and no export.
 * - `{/* a comment *\/}`: comments. No other expression in the text.
 * - A component's field as `{…}`: a number, true or false, a string, an array of those, or the
 *   name of an imported image. Nothing that is evaluated.
 */
import { parse, parseExpressionAt, type Expression, type Program } from 'acorn';

const IMAGE_FILE = /^\.\/[\w./-]+\.(png|jpe?g|webp|avif|gif)$/i;

const WRITE_INSTEAD =
  'En lektion är text: skriv fält som text (title="…"), tal (goal={4}) eller listor (fields={["Svar 1", "Svar 2"]}), och använd kursens komponenter för allt annat.';

/** The images `source` (an ESM block) imports, or what is wrong with it. */
export function checkEsm(source: string): { images: string[] } | { problem: string } {
  let program: Program;
  try {
    program = parse(source, { ecmaVersion: 'latest', sourceType: 'module' });
  } catch {
    return { problem: `raden går inte att läsa som en import. ${WRITE_INSTEAD}` };
  }
  const images: string[] = [];
  for (const statement of program.body) {
    const only = statement.type === 'ImportDeclaration' ? statement.specifiers : [];
    const [specifier] = only;
    const from = statement.type === 'ImportDeclaration' ? String(statement.source.value) : '';
    if (
      statement.type !== 'ImportDeclaration' ||
      only.length !== 1 ||
      specifier?.type !== 'ImportDefaultSpecifier' ||
      !IMAGE_FILE.test(from) ||
      from.includes('..')
    ) {
      return {
        problem:
          'en lektion får bara importera bilder från sin egen mapp (import affisch from "./affisch.jpg"), inget annat och ingen export.',
      };
    }
    images.push(specifier.local.name);
  }
  return { images };
}

/** What is wrong with `{source}` in the lesson's text: anything but a comment. */
export function checkTextExpression(source: string): string | undefined {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').trim();
  return withoutComments === ''
    ? undefined
    : `{${abbreviated(source)}} är kod, och en lektion kör ingen kod. Skriv texten som den är, eller en kommentar som {/* … */}. ${WRITE_INSTEAD}`;
}

function isLiteral(node: Expression, images: ReadonlySet<string>): boolean {
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean';
    case 'UnaryExpression':
      return node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number';
    case 'TemplateLiteral':
      return node.expressions.length === 0;
    case 'ArrayExpression':
      return node.elements.every(
        (element) => element !== null && element.type !== 'SpreadElement' && isLiteral(element, images),
      );
    case 'Identifier':
      return images.has(node.name);
    default:
      return false;
  }
}

/** What is wrong with a component field written as `{source}`; `images` are the file's imported images. */
export function checkFieldExpression(source: string, images: ReadonlySet<string>): string | undefined {
  try {
    const node = parseExpressionAt(source, 0, { ecmaVersion: 'latest' });
    if (source.slice(node.end).trim() === '' && isLiteral(node, images)) return undefined;
  } catch {
    // Not an expression at all: refused below like any other code.
  }
  return `{${abbreviated(source)}} är kod. ${WRITE_INSTEAD}`;
}

function abbreviated(source: string): string {
  const line = source.trim().replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
