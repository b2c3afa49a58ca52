/**
 * Vite plugin: the goals' colours as CSS (`[data-goal="3"] { --goal-colour: …; --goal-text: … }`)
 * generated from src/features/goals/global-goals.ts, so the colours have one source and the pages need
 * no style attributes, which a strict Content-Security-Policy would block.
 */
import type { Plugin } from 'vite';
import { globalGoals } from '../features/goals/global-goals';

const ID = 'virtual:global-goals.css';
const RESOLVED_ID = `\0${ID}`;

export function globalGoalsCss(): Plugin {
  return {
    name: 'global-goals-css',
    resolveId: (id) => (id === ID ? RESOLVED_ID : undefined),
    load: (id) =>
      id === RESOLVED_ID
        ? globalGoals
            .map((goal) => `[data-goal='${goal.number}']{--goal-colour:${goal.colour};--goal-text:${goal.textColour}}`)
            .join('\n')
        : undefined,
  };
}
