/**
 * Every page of a built site from its sitemap, as URLs on the local preview server. Fails when
 * the sitemap is missing or lists no page, so a test that loops over it cannot pass on nothing.
 */
import { expect, type APIRequestContext } from '@playwright/test';

export async function sitemapUrls(request: APIRequestContext, siteUrl: string): Promise<string[]> {
  const origin = new URL(siteUrl).origin;
  const response = await request.get(`${siteUrl}sitemap-0.xml`);
  expect(response.ok(), `${siteUrl}sitemap-0.xml answers ${response.status()}`).toBe(true);
  const urls = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) =>
    (match[1] ?? '').replace(/^https?:\/\/[^/]+/, origin),
  );
  // Both sites have the start page, a lesson, and the fixed pages (about, privacy, search, answers, accessibility).
  expect(urls.length, `${siteUrl}sitemap-0.xml lists the site's pages`).toBeGreaterThanOrEqual(7);
  return urls;
}
