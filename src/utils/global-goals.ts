/**
 * The UN's 17 global goals for sustainable development, with their short Swedish names (as
 * used by Regeringskansliet and Globala målen) and official colours. Several colours fail
 * contrast with white text, so each goal carries the text colour that passes.
 *
 * A "|" in a name marks where a long Swedish word may break with a hyphen. Browsers hyphenate
 * Swedish unevenly (Chromium on Linux not at all), so the figure uses these soft hyphens
 * instead of `hyphens: auto`, and a name never breaks mid-word without one.
 */
import { readableTextOn } from './contrast';

export interface GlobalGoal {
  number: number;
  name: string;
  /** The name with soft hyphens (U+00AD) where its long words may break. */
  hyphenated: string;
  colour: string;
  textColour: '#ffffff' | '#000000';
}

const GOALS: ReadonlyArray<readonly [hyphenatedName: string, colour: string]> = [
  ['Ingen fattig|dom', '#E5243B'],
  ['Ingen hunger', '#DDA63A'],
  ['God hälsa och väl|befinnande', '#4C9F38'],
  ['God ut|bildning', '#C5192D'],
  ['Jäm|ställdhet', '#FF3A21'],
  ['Rent vatten och sanitet', '#26BDE2'],
  ['Håll|bar energi för alla', '#FCC30B'],
  ['An|ständiga arbets|villkor och ekonomisk till|växt', '#A21942'],
  ['Håll|bar industri, inno|vationer och infra|struktur', '#FD6925'],
  ['Minskad o|jäm|likhet', '#DD1367'],
  ['Håll|bara städer och sam|hällen', '#FD9D24'],
  ['Håll|bar kon|sumtion och pro|duktion', '#BF8B2E'],
  ['Bekämpa klimat|föränd|ringarna', '#3F7E44'],
  ['Hav och marina resurser', '#0A97D9'],
  ['Eko|system och bio|logisk mång|fald', '#56C02B'],
  ['Fredliga och in|kluderande sam|hällen', '#00689D'],
  ['Genom|förande och globalt partner|skap', '#19486A'],
];

const SOFT_HYPHEN = '\u00AD';

export const globalGoals: readonly GlobalGoal[] = GOALS.map(([marked, colour], index) => ({
  number: index + 1,
  name: marked.replaceAll('|', ''),
  hyphenated: marked.replaceAll('|', SOFT_HYPHEN),
  colour,
  textColour: readableTextOn(colour),
}));

/** Goal `number`, 1–17; anything else is an editing mistake and stops the build. */
export function globalGoal(number: number): GlobalGoal {
  const goal = globalGoals[number - 1];
  if (!Number.isInteger(number) || !goal) {
    throw new Error(`There is no global goal ${number}: the goals are numbered 1 to 17.`);
  }
  return goal;
}
