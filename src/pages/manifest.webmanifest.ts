/** The web app manifest (src/site/app-manifest.ts), linked from every page's head. */
import type { APIRoute } from 'astro';
import { appManifest } from '../site/app-manifest';
import { getCourse } from '../site/course';

export const GET: APIRoute = async () => {
  const course = await getCourse();
  return new Response(JSON.stringify(appManifest(course.data.title, course.data.description)), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
