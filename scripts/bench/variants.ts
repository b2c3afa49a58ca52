/**
 * The lesson page as editors could otherwise ship it, made from our own build for a fair side-
 * by-side: the same page with YouTube's standard iframe embed, and with plain lite-youtube-embed
 * (its own poster and hover preconnects). Generated into the bench's temporary folder, never shipped.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Film {
  id: string;
  title: string;
}

/** The films in a built lesson page (our <digidel-film-player> elements). */
export function filmsIn(html: string): Film[] {
  return [...html.matchAll(/<digidel-film-player[^>]*data-video-id="([^"]+)"[^>]*data-title="([^"]*)"/g)].map(
    (match) => ({
      id: match[1] ?? '',
      title: match[2] ?? '',
    }),
  );
}

const FILM_BLOCK = /<digidel-film-player[\s\S]*?<\/digidel-film-player>/g;
const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/;

/** YouTube's own "Share → Embed" code. */
const iframeEmbed = ({ id, title }: Film) =>
  `<iframe width="560" height="315" src="https://www.youtube.com/embed/${id}" title="${title}" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>`;

/** lite-youtube-embed as its README shows it. */
const liteEmbed = ({ id, title }: Film) => `<lite-youtube videoid="${id}" playlabel="${title}"></lite-youtube>`;

/**
 * Copies the built site `from` to `to` with the lesson page's films replaced. The alternatives
 * carry no CSP <meta> (ours only allows youtube-nocookie.com frames, which would block them).
 */
export async function makeVariant(
  from: string,
  to: string,
  lessonFile: string,
  kind: 'iframe' | 'lite',
): Promise<void> {
  await cp(from, to, { recursive: true });
  const file = join(to, lessonFile);
  const html = await readFile(file, 'utf8');
  const films = filmsIn(html);
  let index = 0;
  let out = html.replace(CSP_META, '').replace(FILM_BLOCK, () => {
    const film = films[index++];
    return film ? (kind === 'iframe' ? iframeEmbed(film) : liteEmbed(film)) : '';
  });
  if (kind === 'lite') {
    await cp('node_modules/lite-youtube-embed/src', join(to, 'bench-lite'), { recursive: true });
    out = out.replace(
      '</head>',
      '<link rel="stylesheet" href="/bench-lite/lite-yt-embed.css"><script src="/bench-lite/lite-yt-embed.js" defer></script></head>',
    );
  }
  await writeFile(file, out);
}
