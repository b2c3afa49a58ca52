/**
 * The components lesson authors use in MDX, by the names they write: every lesson page passes
 * this map to its content, so lessons need no import lines.
 */
import Assignment from './Assignment.astro';
import ExternalLink from './ExternalLink.astro';
import Film from './Film.astro';
import FurtherReading from './FurtherReading.astro';
import GlobalGoalsFigure from './GlobalGoalsFigure.astro';
import GoalExample from './GoalExample.astro';
import GoalExamples from './GoalExamples.astro';
import type { LessonComponentName } from './names';

export const lessonComponents = {
  Assignment,
  ExternalLink,
  Film,
  FurtherReading,
  GlobalGoalsFigure,
  GoalExample,
  GoalExamples,
} satisfies Record<LessonComponentName, unknown>;
