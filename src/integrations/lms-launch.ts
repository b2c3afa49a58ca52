/**
 * Astro integration for the package build (COURSE_TARGET=lms): adds the launch page, /lms/,
 * which the SCORM manifests name (src/features/lms/LaunchPage.astro). The public site has no
 * such page.
 */
import type { AstroIntegration } from 'astro';

export const LAUNCH_PATH = 'lms/';

export function lmsLaunchPage(): AstroIntegration {
  return {
    name: 'digidel-lms-launch',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: `/${LAUNCH_PATH}`, entrypoint: './src/features/lms/LaunchPage.astro', prerender: true });
      },
    },
  };
}
