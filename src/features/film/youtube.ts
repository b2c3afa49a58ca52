/**
 * YouTube film references as editors write them: an 11-character ID or any usual URL form
 * (watch, youtu.be, embed, shorts, live, youtube-nocookie.com), with an optional start time.
 * Checked at build time so that a typo fails the build instead of showing a broken player.
 */
import { parseStartTime } from '../../utils/time-lengths';

export interface YouTubeFilm {
  /** The 11-character video ID. */
  id: string;
  /** Where to start, in whole seconds; undefined to start at the beginning. */
  start: number | undefined;
}

export class InvalidYouTubeError extends Error {
  constructor(value: string, reason: string) {
    super(`"${value}" is not a YouTube film ID or URL: ${reason}`);
    this.name = 'InvalidYouTubeError';
  }
}

const ID = /^[A-Za-z0-9_-]{11}$/;
const HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'music.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
]);
const PATH_FORMS = /^\/(?:embed|shorts|live|v)\/([^/?#]+)\/?$/;

/** The film an ID or URL points at; throws InvalidYouTubeError with the reason when it points nowhere. */
export function parseYouTube(value: string): YouTubeFilm {
  const text = value.trim();
  if (ID.test(text)) return { id: text, start: undefined };

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidYouTubeError(value, 'an ID has exactly 11 letters, digits, "-" or "_"');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InvalidYouTubeError(value, 'only http(s) addresses are films');
  }

  let id: string | null = null;
  if (url.hostname === 'youtu.be') {
    id = url.pathname.slice(1).replace(/\/$/, '');
  } else if (HOSTS.has(url.hostname)) {
    id = url.pathname === '/watch' ? url.searchParams.get('v') : (PATH_FORMS.exec(url.pathname)?.[1] ?? null);
  } else {
    throw new InvalidYouTubeError(value, `${url.hostname} is not a YouTube address`);
  }
  if (!id || !ID.test(id)) {
    throw new InvalidYouTubeError(value, 'the address holds no valid 11-character film ID');
  }

  const time = url.searchParams.get('t') ?? url.searchParams.get('start');
  const start = time === null ? undefined : parseStartTime(time);
  if (time !== null && start === undefined) {
    throw new InvalidYouTubeError(value, `"${time}" is not a start time (use 90, 90s or 1m30s)`);
  }
  return { id, start: start === 0 ? undefined : start };
}

/** The film's page on youtube.com, for learners without JavaScript or who prefer YouTube. */
export function watchUrl({ id, start }: YouTubeFilm): string {
  return `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ''}`;
}
