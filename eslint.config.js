// @ts-check
/**
 * Lint: typescript-eslint for the TypeScript, eslint-plugin-astro for components, with its
 * strict jsx-a11y rules over the templates. Generated and installed files are ignored.
 *
 * Three kinds of code, kept apart by folder: browser code (src/client/, the custom elements in
 * src/features/ and src/components/) may not touch Node; build code (src/integrations/,
 * src/markdown/) and pure code (src/utils/, src/i18n/, src/schemas/, src/site/ and the stores)
 * may not touch the browser or import src/client/. TypeScript sees every global, so these
 * rules, not the type check, are what hold the line.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Browser code: the browser helpers, the custom elements' scripts, and components' <script>s (BaseLayout's). */
const BROWSER = ['src/client/**/*.ts', 'src/components/*.ts', 'src/features/**/*.ts', 'src/**/*.astro/*.ts'];
/** Pure modules inside the feature folders: stores and data, run by the build, the browser and the unit tests. */
const PURE_IN_FEATURES = [
  'src/features/**/*-store.ts',
  'src/features/progress/progress-file.ts',
  'src/features/progress/progress-resume.ts',
  'src/features/film/youtube.ts',
  'src/features/goals/*.ts',
  'src/features/offline/offline-files.ts',
];
const BROWSER_ONLY_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage', 'customElements', 'navigator'];
const NODE_ONLY_GLOBALS = ['process', 'Buffer', '__dirname', '__filename', 'require'];

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
    ignores: PURE_IN_FEATURES,
    rules: {
      'no-restricted-globals': ['error', ...NODE_ONLY_GLOBALS],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'Browser code cannot use Node.' }] },
      ],
    },
  },
  {
    // Everything in src/ but the browser code: pure modules (also the stores in src/features/)
    // and build code.
    files: ['src/**/*.ts'],
    ignores: [...BROWSER, ...PURE_IN_FEATURES.map((pattern) => `!${pattern}`)],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_ONLY_GLOBALS],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/client/*'], message: 'Only browser code imports src/client/.', allowTypeImports: true },
          ],
        },
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
