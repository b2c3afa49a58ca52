/**
 * Network watching for privacy tests: records every request a page makes and stops any that
 * would leave the machine (the machines are offline; a test must see the attempt, not a
 * timeout). The YouTube player's own host answers with an empty page so the iframe loads.
 */
import type { BrowserContext, Request } from '@playwright/test';

export interface NetworkLog {
  /** Every request the pages made, in order. */
  requests: Request[];
  /** Requests to any host but the sites' own. */
  thirdParty(): string[];
}

/** Watches `context`; requests to any of `siteOrigins` go through, all others are stopped and logged. */
export async function watchNetwork(context: BrowserContext, ...siteOrigins: string[]): Promise<NetworkLog> {
  const own = (url: string) => siteOrigins.some((origin) => url.startsWith(`${origin}/`));
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  await context.route(
    (url) => !own(url.href) && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) =>
      new URL(route.request().url()).hostname === 'www.youtube-nocookie.com'
        ? route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title>' })
        : route.abort('blockedbyclient'),
  );
  return {
    requests,
    thirdParty: () =>
      requests
        .map((request) => request.url())
        .filter((url) => !own(url) && !url.startsWith('data:') && !url.startsWith('blob:')),
  };
}
