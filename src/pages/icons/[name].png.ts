/** The home-screen icons, drawn at build time from the site's favicon with sharp (Astro's own image library). */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { APP_ICONS, maskableSvg, readFavicon, type AppIcon } from '../../site/app-manifest';

export const getStaticPaths = (() =>
  APP_ICONS.map((icon) => ({ params: { name: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props }) => {
  const favicon = await readFavicon();
  const svg = props.icon.purpose === 'maskable' ? maskableSvg(favicon) : favicon;
  const png = await sharp(Buffer.from(svg), { density: 1200 })
    .resize(props.icon.size, props.icon.size)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
