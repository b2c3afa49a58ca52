/** Astro integration: sums up the editor's warnings (src/site/editor-warnings.ts) at the end of the build. */
import type { AstroIntegration } from 'astro';
import { editorWarnings } from '../site/editor-warnings';

export function editorWarningsSummary(): AstroIntegration {
  return {
    name: 'digidel-editor-warnings',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const warnings = editorWarnings();
        if (warnings.length === 0) return;
        const heading = warnings.length === 1 ? '1 sak i innehållet' : `${warnings.length} saker i innehållet`;
        logger.warn(
          `${heading} att göra klart (bygget lyckades ändå):\n${warnings.map((text) => `  - ${text}`).join('\n')}`,
        );
      },
    },
  };
}
