/**
 * Playwright's global setup: builds every course the end-to-end tests use (each once, and not
 * at all when its inputs have not changed since its last build, see ./course-builds.ts) and
 * serves the ones the tests share, each on a free port, for the whole run. Tests that need a
 * server of their own (two builds published one after the other) start one with
 * scripts/lib/static-server.ts.
 */
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server.ts';
import { buildOnce, type CourseName } from './course-builds.ts';
import { LMS_HOST_VARIABLE } from './lms-player.ts';
import { prepareLmsHost } from './lms-host.ts';
import { siteVariable } from './sites.ts';

const SERVED: CourseName[] = ['main', 'multi-lesson', 'many-lessons'];
const BUILT_ONLY: CourseName[] = ['multi-lesson-next'];

export default async function setup(): Promise<() => Promise<void>> {
  const servers: RunningServer[] = [];
  for (const name of SERVED) {
    const course = await buildOnce(name);
    const server = await serveStatic(course.outDir, { base: course.base });
    servers.push(server);
    process.env[siteVariable(name)] = JSON.stringify({ url: server.url, dir: course.outDir });
  }
  for (const name of BUILT_ONLY) await buildOnce(name);
  // The SCORM packages, unpacked on an LMS's server beside its player page.
  const lmsHost = await serveStatic(await prepareLmsHost());
  servers.push(lmsHost);
  process.env[LMS_HOST_VARIABLE] = lmsHost.origin;
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
