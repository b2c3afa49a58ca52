/**
 * The web app manifest, so a learner can add the course to a phone's home screen: Swedish name,
 * icons drawn from the site's own favicon (public/favicon.svg), and the theme colours of
 * src/styles/global.css (a unit test keeps the two in step).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withBase } from './routes';

/** The browser's bar and splash screen, light and dark, as the page's own colours. */
export const THEME = {
  light: { theme: '#0b57a4', background: '#ffffff' },
  dark: { theme: '#121416', background: '#121416' },
} as const;

/** The PNG icons a home screen needs besides the SVG; "maskable" ones keep a safe margin for round masks. */
export const APP_ICONS = [
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'maskable-512', size: 512, purpose: 'maskable' },
] as const;

export type AppIcon = (typeof APP_ICONS)[number];

export const iconPath = (icon: AppIcon) => withBase(`/icons/${icon.name}.png`);

/** The favicon, read from public/ at build time. */
export function readFavicon(): Promise<string> {
  return readFile(join(process.cwd(), 'public', 'favicon.svg'), 'utf8');
}

/**
 * The favicon as a maskable icon: its own background colour to every edge, the drawing scaled
 * into the middle 70 %, inside the circle a home screen may cut it to.
 */
export function maskableSvg(favicon: string): string {
  const viewBox = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(favicon);
  const background = /fill="(#[0-9a-fA-F]{3,8})"/.exec(favicon);
  const inner = /<svg[^>]*>([\s\S]*)<\/svg>/.exec(favicon);
  if (!viewBox || !background || !inner) {
    throw new Error('public/favicon.svg: the app icons need a square viewBox="0 0 N N", a fill colour and a drawing.');
  }
  const size = Number(viewBox[1]);
  const scale = 0.7;
  const offset = (size * (1 - scale)) / 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}">` +
    `<rect width="${size}" height="${size}" fill="${background[1]}"/>` +
    `<g transform="translate(${offset} ${offset}) scale(${scale})">${inner[1]}</g></svg>`
  );
}

/** The manifest for a course titled `title`. */
export function appManifest(title: string, description: string): Record<string, unknown> {
  const home = withBase('/');
  return {
    name: title,
    short_name: title.length <= 12 ? title : title.split(' ')[0],
    description,
    lang: 'sv',
    dir: 'ltr',
    id: home,
    start_url: home,
    scope: home,
    display: 'standalone',
    theme_color: THEME.light.theme,
    background_color: THEME.light.background,
    icons: [
      { src: withBase('/favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...APP_ICONS.map((icon) => ({
        src: iconPath(icon),
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.purpose,
      })),
    ],
  };
}
