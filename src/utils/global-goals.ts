/**
 * The UN's 17 global goals for sustainable development, with their short Swedish names (as
 * used by Regeringskansliet and Globala målen) and official colours. Several colours fail
 * contrast with white text, so each goal carries the text colour that passes.
 */
import { readableTextOn } from './contrast';

export interface GlobalGoal {
  number: number;
  name: string;
  colour: string;
  textColour: '#ffffff' | '#000000';
}

const GOALS: ReadonlyArray<readonly [name: string, colour: string]> = [
  ['Ingen fattigdom', '#E5243B'],
  ['Ingen hunger', '#DDA63A'],
  ['God hälsa och välbefinnande', '#4C9F38'],
  ['God utbildning', '#C5192D'],
  ['Jämställdhet', '#FF3A21'],
  ['Rent vatten och sanitet', '#26BDE2'],
  ['Hållbar energi för alla', '#FCC30B'],
  ['Anständiga arbetsvillkor och ekonomisk tillväxt', '#A21942'],
  ['Hållbar industri, innovationer och infrastruktur', '#FD6925'],
  ['Minskad ojämlikhet', '#DD1367'],
  ['Hållbara städer och samhällen', '#FD9D24'],
  ['Hållbar konsumtion och produktion', '#BF8B2E'],
  ['Bekämpa klimatförändringarna', '#3F7E44'],
  ['Hav och marina resurser', '#0A97D9'],
  ['Ekosystem och biologisk mångfald', '#56C02B'],
  ['Fredliga och inkluderande samhällen', '#00689D'],
  ['Genomförande och globalt partnerskap', '#19486A'],
];

export const globalGoals: readonly GlobalGoal[] = GOALS.map(([name, colour], index) => ({
  number: index + 1,
  name,
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
