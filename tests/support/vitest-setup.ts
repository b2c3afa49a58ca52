/**
 * Vitest's global setup: the built courses that the build gates read (tests/build/), each built
 * once and only when its inputs changed (./course-builds.ts).
 */
import { buildOnce } from './course-builds.ts';

export default async function setup(): Promise<void> {
  for (const name of ['main', 'multi-lesson', 'multi-lesson-next', 'lms'] as const) await buildOnce(name);
}
