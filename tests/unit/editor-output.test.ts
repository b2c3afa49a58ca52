import { describe, expect, it } from 'vitest';
import { editorLines, explainMdxError } from '../../scripts/lib/editor-output';

const shown = (lines: string[]) => {
  const keep = editorLines();
  return lines.flatMap((line) => keep(line) ?? []);
};

describe('the build output an editor reads', () => {
  it('drops the stack trace after a lesson’s error, and the made-up line 0 of its location', () => {
    expect(
      shown([
        '\x1b[31m12:40:31 [ERROR] [vite]\x1b[39m ✗ Build failed in 424ms',
        'content/lessons/07-ny.mdx:12: {process.env.PATH} är kod …',
        '  Location:',
        '    /work/main/content/lessons/07-ny.mdx:0:0',
        '  Stack trace:',
        '    at TransformPluginContextImpl.handler (file:///…/vite-plugin-mdx.js:64:17)',
        '    at async plugin.<computed> (file:///…/bindingify.mjs:2343:12)',
        '[build] Bygget misslyckades. dist/ är kvar som det var; rätta felet ovan och bygg igen.',
      ]),
    ).toEqual([
      '\x1b[31m12:40:31 [ERROR] [vite]\x1b[39m ✗ Build failed in 424ms',
      'content/lessons/07-ny.mdx:12: {process.env.PATH} är kod …',
      '  Plats:\n    /work/main/content/lessons/07-ny.mdx',
      '[build] Bygget misslyckades. dist/ är kvar som det var; rätta felet ovan och bygg igen.',
    ]);
  });

  it('drops the frames the dev server prints right after its error line', () => {
    expect(
      shown([
        '14:26:06 [ERROR] MDXError: content/lessons/09-trasig.mdx:12: {process.env.PATH} är kod …',
        '    at TransformPluginContext.handler (file:///…/vite-plugin-mdx.js:64:17)',
        '    [...] See full stack trace in the browser, or rerun with --verbose.',
        '14:26:07 [200] / 8ms',
      ]),
    ).toEqual([
      '14:26:06 [ERROR] MDXError: content/lessons/09-trasig.mdx:12: {process.env.PATH} är kod …',
      '14:26:07 [200] / 8ms',
    ]);
  });

  it('keeps a location that names a real line, and every other line as it is', () => {
    const lines = [
      '  Location:',
      '    content/course.yaml:4:3',
      '12:40:39 [build] ✓ Completed in 1.17s.',
      '    at the library',
    ];
    expect(shown(lines)).toEqual(['  Plats:\n    content/course.yaml:4:3', lines[2], lines[3]]);
  });
});

describe('Astro’s wrapper around the frontmatter’s messages', () => {
  it('is explained, points at the editor’s guide, and leaves out the developers’ reference', () => {
    expect(
      shown([
        '[InvalidContentEntryDataError] lessons → trasig data does not match collection schema.',
        '',
        '  ****: Fältet "fel" finns inte här.',
        '  Hint:',
        '    See https://docs.astro.build/en/guides/content-collections/ for more information on content schemas.',
        '  Error reference:',
        '    https://docs.astro.build/en/reference/errors/invalid-content-entry-data-error/',
        '  Location:',
        '    content/lessons/trasig.mdx',
      ]),
    ).toEqual([
      '[InvalidContentEntryDataError] lessons → trasig data does not match collection schema.\n  → Början av filen (frontmatter, mellan raderna ---) har fel. Varje rad nedan säger vilket fält och vad som ska stå där.',
      '',
      '  Fältet "fel" finns inte här.',
      '  Tips:',
      '    Vilka fält som finns och vad de betyder står i docs/authoring.md.',
      '  Plats:\n    content/lessons/trasig.mdx',
    ]);
  });
});

describe('MDX’s own parse errors', () => {
  it('are explained in Swedish with what to do, after the parser’s words', () => {
    const [line, explained] = shown([
      '19:1: Expected a closing tag for `<GoalExample>` (19:1) before the end of `paragraph` (mdx-jsx:unexpected-character)',
    ])
      .join('\n')
      .split('\n');
    expect(line).toContain('Expected a closing tag');
    expect(explained).toBe(
      '  → Taggen <GoalExample> på rad 19 stängs aldrig. Skriv </GoalExample> på en egen rad där innehållet slutar, med en tom rad före, eller <GoalExample … /> om den inte har något innehåll.',
    );
    expect(explainMdxError('Could not parse expression with acorn')).toContain('{/* … */}');
    expect(explainMdxError('12:40:39 [build] ✓ Completed')).toBeUndefined();
  });

  it('explain a frontmatter field of the wrong type, or missing, as Astro reports it', () => {
    expect(explainMdxError('  number**: **number: Expected type `"number"`, received `"string"`')).toBe(
      'Fältet "number" i början av filen (frontmatter) ska vara ett tal (number: 7), inte text.',
    );
    expect(explainMdxError('  title**: **title: Expected type `"string"`, received `"undefined"`')).toBe(
      'Fältet "title" saknas i början av filen (frontmatter). Skriv det som text.',
    );
  });
});
