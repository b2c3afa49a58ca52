/**
 * Every word a learner reads comes from the dictionary (src/i18n/) or from content/: this test
 * fails on Swedish-looking text anywhere else in src/, in string literals and in templates.
 * src/schemas/ is exempt: its enum values are the content's own vocabulary ("Författare"). So is
 * what the build tells the editor (src/markdown/, src/integrations/, src/site/editor-warnings.ts):
 * no learner reads it, and each message stays beside the check it explains.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;
const EXEMPT = ['i18n/', 'schemas/', 'markdown/', 'integrations/', 'site/editor-warnings.ts'];

/** Swedish letters, or a phrase with a common Swedish word in it. */
const SWEDISH =
  /[åäöÅÄÖ]|(?=.*\s)\b(och|att|inte|med|den|det|du|din|dina|ditt|som|till|kan|ska|eller|av|om|sparat|lektion|lektioner|uppdrag|kursen|filmen)\b/i;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|astro|mjs)$/.test(file))
    .filter((file) => !EXEMPT.some((folder) => file.startsWith(folder)))
    .map((file) => join(dir, file));
}

/** The code without its comments, which are in English and may quote what learners see. */
function withoutComments(code: string): string {
  return code
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:'"\w])\/\/.*$/gm, '$1');
}

/** String literals, and for components the text between tags in the template. */
export function texts(file: string, code: string): string[] {
  const found = [...code.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`/g)].map((match) =>
    (match[1] ?? match[2] ?? match[3] ?? '').replace(/\$\{[^}]*\}/g, ''),
  );
  if (file.endsWith('.astro')) {
    const template = code.replace(/^---[\s\S]*?\n---/, '').replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
    found.push(...[...template.matchAll(/>([^<>{}]+)</g)].map((match) => match[1] ?? ''));
  }
  return found.map((text) => text.trim()).filter((text) => text !== '');
}

describe('one Swedish dictionary', () => {
  it('finds the files it checks', () => {
    expect(sourceFiles(SRC).length).toBeGreaterThan(40);
  });

  it('has no Swedish UI text in src/ outside src/i18n/', () => {
    const stray = sourceFiles(SRC).flatMap((path) =>
      texts(path, withoutComments(readFileSync(path, 'utf8')))
        .filter((text) => SWEDISH.test(text))
        .map((text) => `${relative(SRC, path)}: ${text}`),
    );
    expect(stray).toEqual([]);
  });

  it('would notice Swedish text if there were some', () => {
    const code = withoutComments(`// Sparat\nconst a = 'Sparat kl. 12';\n/* Läs mer */ const b = "ok";`);
    expect(texts('x.ts', code).filter((text) => SWEDISH.test(text))).toEqual(['Sparat kl. 12']);
    expect(texts('x.astro', '---\n---\n<p>Läs mer om filmen</p>').filter((text) => SWEDISH.test(text))).toEqual([
      'Läs mer om filmen',
    ]);
  });
});
