/** Every page of a built site from its sitemap, as URLs on the local preview server. */
import type { APIRequestContext } from '@playwright/test';

export async function sitemapUrls(request: APIRequestContext, siteUrl: string): Promise<string[]> {
  const origin = new URL(siteUrl).origin;
  const response = await request.get(`${siteUrl}sitemap-0.xml`);
  return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) =>
    (match[1] ?? '').replace(/^https?:\/\/[^/]+/, origin),
  );
}
