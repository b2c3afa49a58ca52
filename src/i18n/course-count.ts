/**
 * "1 av 1 lektion klar", "1 av 6 lektioner klar", "2 av 6 lektioner klara": the noun follows
 * the total, the adjective the number done. The words come in (sv.course), so the start page's
 * script can count without loading the dictionary.
 */
import { format, plural } from './format';
import type { Dictionary } from './sv';

export function courseCountText(
  done: number,
  total: number,
  words: Pick<Dictionary['course'], 'count' | 'lessons' | 'doneWord'>,
): string {
  return format(words.count, {
    done,
    total,
    lessons: plural(total, words.lessons),
    doneWord: plural(done, words.doneWord),
  });
}
