// @ts-check
/**
 * Lint: typescript-eslint for the TypeScript, eslint-plugin-astro for components, with its
 * strict jsx-a11y rules over the templates. Generated and installed files are ignored.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
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
    rules: {
      // Unused values prefixed with "_" are intentional (destructuring to leave a key out).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Lists styled with list-style: none lose their list semantics in Safari/VoiceOver unless
      // they say role="list" explicitly, so that "redundant" role is kept on purpose.
      'astro/jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
    },
  },
);
