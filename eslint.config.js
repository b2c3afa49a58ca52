// @ts-check
/**
 * Lint: typescript-eslint for the TypeScript, eslint-plugin-astro for components, with its
 * strict jsx-a11y rules over the templates. Generated and installed files are ignored.
 *
 * Three kinds of code, told apart by file name (docs/contributing.md):
 * - browser code: `*.element.ts` (a custom element), `*.client.ts` (other browser modules) and
 *   components' <script>s. It may not touch Node, and may import the dictionary (src/i18n/sv.ts)
 *   only as a type: its words come from its component (src/client/strings.client.ts).
 * - build code: src/integrations/, src/markdown/, src/site/, src/schemas/, src/pages/*.ts and
 *   src/content.config.ts. It runs in Node while the site builds.
 * - pure code: every other module in src/ (stores `*.store.ts`, parsers, data, src/utils/,
 *   src/i18n/). The build, the browser and the unit tests all run it, so it touches neither
 *   the browser nor Node.
 * Neither build nor pure code imports browser code, except its types; src/utils/ imports no
 * feature. TypeScript sees every global, so these rules, not the type check, hold the line;
 * tests/unit/lint-boundaries.test.ts proves that each one fails when broken.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const BROWSER = ['src/**/*.element.ts', 'src/**/*.client.ts', 'src/**/*.astro/*.ts'];
const BUILD = [
  'src/integrations/**/*.ts',
  'src/markdown/**/*.ts',
  'src/site/**/*.ts',
  'src/schemas/**/*.ts',
  'src/pages/**/*.ts',
  'src/content.config.ts',
];
const BROWSER_ONLY_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage', 'customElements', 'navigator'];
const NODE_ONLY_GLOBALS = ['process', 'Buffer', '__dirname', '__filename', 'require'];

const NODE_IMPORTS = { group: ['node:*'], message: 'Only build code uses Node.' };
const BROWSER_IMPORTS = {
  group: ['**/*.element', '**/*.element.ts', '**/*.client', '**/*.client.ts', '**/client/*'],
  message: 'Only browser code imports browser code (types may be imported with `import type`).',
  allowTypeImports: true,
};
const DICTIONARY_IMPORTS = {
  group: ['**/i18n/sv', '**/i18n/sv.ts'],
  message:
    'Browser code gets its words from its component, as data-strings (src/client/strings.client.ts); import the dictionary only as a type.',
  allowTypeImports: true,
};
const FEATURE_IMPORTS = {
  group: ['**/features/**'],
  message: 'src/utils/ holds helpers that know no feature; move the code into the feature, or the helper into utils.',
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist.building/',
      'dist.previous/',
      '.astro/',
      'node_modules/',
      'tests/.output/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      'screenshots/',
      'packages/',
      'build/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  astro.configs['jsx-a11y-strict'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: BROWSER,
    rules: {
      'no-restricted-globals': ['error', ...NODE_ONLY_GLOBALS],
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [NODE_IMPORTS, DICTIONARY_IMPORTS] }],
    },
  },
  {
    files: BUILD,
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_ONLY_GLOBALS],
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [BROWSER_IMPORTS] }],
    },
  },
  {
    files: ['src/**/*.astro'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [BROWSER_IMPORTS] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: [...BROWSER, ...BUILD, 'src/utils/**'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_ONLY_GLOBALS, ...NODE_ONLY_GLOBALS],
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [NODE_IMPORTS, BROWSER_IMPORTS] }],
    },
  },
  {
    files: ['src/utils/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_ONLY_GLOBALS, ...NODE_ONLY_GLOBALS],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [NODE_IMPORTS, BROWSER_IMPORTS, FEATURE_IMPORTS] },
      ],
    },
  },
  {
    rules: {
      // Unused values prefixed with "_" are intentional (destructuring to leave a key out).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Lists styled with list-style: none lose their list semantics in Safari/VoiceOver unless
      // they say role="list" explicitly, so that "redundant" role is kept on purpose.
      'astro/jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
    },
  },
);
