/**
 * The lint rules that keep the three kinds of code apart (eslint.config.js) fail when broken:
 * each case lints a small file as if it stood at `path` in src/, and expects the rule to name it.
 * A correct file of each kind passes, so the rules are not simply failing everything.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

describe('the lint boundaries', () => {
  it.each([
    [
      'a browser file importing node:fs',
      'src/features/film/film-player.element.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      'Only build code uses Node',
    ],
    [
      'a browser file using process',
      'src/features/progress/progress.client.ts',
      'export const x = process.env;\n',
      "Unexpected use of 'process'",
    ],
    [
      'a store touching window',
      'src/features/progress/progress.store.ts',
      'export const x = () => window.localStorage;\n',
      "Unexpected use of 'window'",
    ],
    [
      'a pure module importing browser code',
      'src/features/goals/global-goals.ts',
      "import { browserStorage } from '../../client/browser-storage.client';\nexport const x = browserStorage;\n",
      'Only browser code imports browser code',
    ],
    [
      'a utils file importing a feature',
      'src/utils/slugs.ts',
      "import { parseYouTube } from '../features/film/youtube';\nexport const x = parseYouTube;\n",
      'src/utils/ holds helpers that know no feature',
    ],
    [
      'an element importing the dictionary',
      'src/features/search/search-panel.element.ts',
      "import { sv } from '../../i18n/sv';\nexport const x = sv;\n",
      'Browser code gets its words from its component',
    ],
    [
      'build code importing an element',
      'src/integrations/pagefind.ts',
      "import { x } from '../features/film/film-player.element';\nexport const y = x;\n",
      'Only browser code imports browser code',
    ],
  ])('fail on %s', async (_case, path, code, expected) => {
    const found = await problems(path, code);
    expect(found.join('\n')).toContain(expected);
  });

  it.each([
    [
      'an element importing the dictionary as a type',
      'src/features/search/search-panel.element.ts',
      "import type { Dictionary } from '../../i18n/sv';\nexport type X = Dictionary['search'];\nexport const y = window.location;\n",
    ],
    [
      'build code using Node',
      'src/integrations/pagefind.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    ],
    [
      'a pure module importing an element type',
      'src/features/search/search-results.ts',
      "import type { SearchPanel } from './search-panel.element';\nexport type X = SearchPanel;\n",
    ],
  ])('pass %s', async (_case, path, code) => {
    expect(await problems(path, code)).toEqual([]);
  });
});
