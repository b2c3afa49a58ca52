/**
 * The build's output as an editor reads it: Astro follows a content error with its own stack
 * trace and a "Location" of line 0, which say nothing about the lesson; the lesson check's
 * message already names the file and the line. Everything else passes unchanged, colours kept.
 */
import { stripVTControlCharacters } from 'node:util';

/** A filter over the build's lines, one at a time: returns the line to print, or undefined. */
export function editorLines(): (line: string) => string | undefined {
  let inTrace = false;
  let location: string | undefined;
  return (line) => {
    const text = stripVTControlCharacters(line);
    if (inTrace && /^\s+at\s/.test(text)) return undefined;
    inTrace = /^\s*Stack trace:\s*$/.test(text);
    if (inTrace) return undefined;
    if (location !== undefined) {
      const held = location;
      location = undefined;
      // "…:0:0" is the file at no line: the file is worth keeping, the line is not.
      return `${held}\n${line.replace(/:0:0(\s*)$/, '$1')}`;
    }
    if (/^\s*Location:\s*$/.test(text)) {
      location = line;
      return undefined;
    }
    return line;
  };
}
