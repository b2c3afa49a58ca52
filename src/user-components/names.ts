/**
 * The names of the components lessons may use without an import line. The lesson check
 * (src/markdown/lesson-check.ts) refuses any other capitalised tag, so a misspelt <Flim>
 * stops the build with its file and line instead of rendering nothing.
 */
export const LESSON_COMPONENT_NAMES = [
  'Assignment',
  'ExternalLink',
  'Film',
  'FurtherReading',
  'GlobalGoalsFigure',
  'GoalExample',
  'GoalExamples',
] as const;

export type LessonComponentName = (typeof LESSON_COMPONENT_NAMES)[number];
