/**
 * Decorative emoji in headings ("Så gjorde vi 📺"): seen, but not read aloud, and not carried
 * into the table of contents, search titles or the page title, where a screen reader would
 * say "television" and a list of sections would look cluttered.
 */

/** One emoji: a pictograph with its variation selector, skin tone or zero-width-joined parts. */
const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic}\uFE0F?)*/gu;

/** The text split into plain runs and emoji, in order; empty runs left out. */
export function splitEmoji(text: string): { text: string; emoji: boolean }[] {
  const parts: { text: string; emoji: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(EMOJI)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), emoji: false });
    parts.push({ text: match[0], emoji: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), emoji: false });
  return parts;
}

/** The text without its emoji, and without the doubled space an emoji between words leaves. */
export function withoutEmoji(text: string): string {
  return text
    .replace(EMOJI, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
