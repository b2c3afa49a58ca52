import { describe, expect, it } from 'vitest';
import { InvalidYouTubeError, parseYouTube, watchUrl } from '../../src/features/film/youtube';
import { parseStartTime } from '../../src/utils/time-lengths';

const ID = 'dQw4w9WgXcQ';

describe('parseYouTube accepts the usual forms', () => {
  it.each([
    [ID, undefined],
    [`  ${ID} `, undefined],
    [`https://www.youtube.com/watch?v=${ID}`, undefined],
    [`https://youtube.com/watch?v=${ID}&t=90`, 90],
    [`https://m.youtube.com/watch?feature=share&v=${ID}&t=1m30s`, 90],
    [`https://youtu.be/${ID}`, undefined],
    [`https://youtu.be/${ID}?t=42`, 42],
    [`https://youtu.be/${ID}?si=abc&t=1h2m3s`, 3723],
    [`https://www.youtube.com/embed/${ID}`, undefined],
    [`https://www.youtube.com/embed/${ID}?start=75`, 75],
    [`https://www.youtube-nocookie.com/embed/${ID}?rel=0`, undefined],
    [`https://www.youtube.com/shorts/${ID}`, undefined],
    [`https://www.youtube.com/live/${ID}?t=0`, undefined],
    [`http://www.youtube.com/v/${ID}/`, undefined],
  ])('%s', (input, start) => {
    expect(parseYouTube(input)).toEqual({ id: ID, start });
  });
});

describe('parseYouTube refuses what is not a film', () => {
  it.each([
    ['', /11 letters/],
    ['dQw4w9WgXc', /11 letters/],
    ['dQw4w9WgXcQQ', /11 letters/],
    ['dQw4w9WgX!Q', /11 letters/],
    ['https://vimeo.com/123456789', /vimeo\.com is not a YouTube address/],
    ['https://www.youtube.com/watch?v=kort', /no valid 11-character film ID/],
    ['https://www.youtube.com/channel/UC123', /no valid 11-character film ID/],
    ['https://youtu.be/', /no valid 11-character film ID/],
    [`https://youtu.be/${ID}?t=snart`, /"snart" is not a start time/],
    [`ftp://youtube.com/watch?v=${ID}`, /http/],
    [`javascript:alert(1)`, /http/],
  ])('%j', (input, reason) => {
    expect(() => parseYouTube(input)).toThrow(InvalidYouTubeError);
    expect(() => parseYouTube(input)).toThrow(reason);
  });

  it('quotes the value in the message', () => {
    expect(() => parseYouTube('fel-id')).toThrow('"fel-id"');
  });
});

describe('parseStartTime', () => {
  it.each([
    ['90', 90],
    ['90s', 90],
    ['2m', 120],
    ['1m30s', 90],
    ['1h', 3600],
    ['x', undefined],
    ['', undefined],
    ['1m30x', undefined],
  ])('%j → %s', (text, seconds) => {
    expect(parseStartTime(text)).toBe(seconds);
  });
});

describe('watchUrl', () => {
  it('links to the film on youtube.com, with the start time', () => {
    expect(watchUrl({ id: ID, start: undefined })).toBe(`https://www.youtube.com/watch?v=${ID}`);
    expect(watchUrl({ id: ID, start: 90 })).toBe(`https://www.youtube.com/watch?v=${ID}&t=90s`);
  });
});
