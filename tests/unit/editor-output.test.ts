import { describe, expect, it } from 'vitest';
import { editorLines } from '../../scripts/lib/editor-output';

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
        '[build] The build failed; dist/ is left as it was.',
      ]),
    ).toEqual([
      '\x1b[31m12:40:31 [ERROR] [vite]\x1b[39m ✗ Build failed in 424ms',
      'content/lessons/07-ny.mdx:12: {process.env.PATH} är kod …',
      '  Location:\n    /work/main/content/lessons/07-ny.mdx',
      '[build] The build failed; dist/ is left as it was.',
    ]);
  });

  it('keeps a location that names a real line, and every other line as it is', () => {
    const lines = [
      '  Location:',
      '    content/course.yaml:4:3',
      '12:40:39 [build] ✓ Completed in 1.17s.',
      '    at the library',
    ];
    expect(shown(lines)).toEqual(['  Location:\n    content/course.yaml:4:3', lines[2], lines[3]]);
  });
});
