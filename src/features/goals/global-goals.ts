/**
 * The UN's 17 global goals for sustainable development, with their short Swedish names (as
 * used by Regeringskansliet and Globala målen) and official colours. Several colours fail
 * contrast with white text, so each goal carries the text colour that passes.
 *
 * The names come from the dictionary (sv.goals.names), where a "|" marks where a long Swedish
 * word may break with a hyphen. Browsers hyphenate
 * Swedish unevenly (Chromium on Linux not at all), so the figure uses these soft hyphens
 * instead of `hyphens: auto`, and a name never breaks mid-word without one.
 */
import { sv } from '../../i18n/sv';
import { hyphenationMarks } from '../../i18n/swedish';
import { readableTextOn } from './contrast';

export interface GlobalGoal {
  number: number;
  name: string;
  /** The name with soft hyphens (U+00AD) where its long words may break. */
  hyphenated: string;
  colour: string;
  textColour: '#ffffff' | '#000000';
}

/** The goals' official colours, in goal order; their names are in the dictionary. */
const COLOURS = [
  '#E5243B',
  '#DDA63A',
  '#4C9F38',
  '#C5192D',
  '#FF3A21',
  '#26BDE2',
  '#FCC30B',
  '#A21942',
  '#FD6925',
  '#DD1367',
  '#FD9D24',
  '#BF8B2E',
  '#3F7E44',
  '#0A97D9',
  '#56C02B',
  '#00689D',
  '#19486A',
] as const;

export const globalGoals: readonly GlobalGoal[] = COLOURS.map((colour, index) => {
  const { plain, hyphenated } = hyphenationMarks(sv.goals.names[index] ?? '');
  return {
    number: index + 1,
    name: plain,
    hyphenated,
    colour,
    textColour: readableTextOn(colour),
  };
});

/** Goal `number`, 1–17; anything else is an editing mistake and stops the build. */
export function globalGoal(number: number): GlobalGoal {
  const goal = globalGoals[number - 1];
  if (!Number.isInteger(number) || !goal) {
    throw new Error(`There is no global goal ${number}: the goals are numbered 1 to 17.`);
  }
  return goal;
}
