/**
 * A fixture course of three lessons whose file names are out of course order, built under
 * /kurser/digidel/: order, previous/next and every internal link under the sub-path.
 */
import { expect, test } from '@playwright/test';
import { tabTo } from '../support/keyboard';
import { FIXTURE_ADDRESS } from '../support/course-builds';
import { FIXTURE_SITE } from '../support/sites';

const lessonUrl = (slug: string) => `${FIXTURE_SITE.url}lektioner/${slug}/`;

test('the start page lists the lessons by number', async ({ page }) => {
  await page.goto(FIXTURE_SITE.url);
  await expect(page.locator('.lesson-card h3')).toHaveText([
    'Första lektionen',
    'Mellersta lektionen',
    'Sista lektionen',
  ]);
  await expect(page.locator('.lesson-card .eyebrow')).toHaveText([/^Lektion ett/, /^Lektion två/, /^Lektion tre/]);
});

test('previous and next follow the numbers, with the keyboard', async ({ page }) => {
  await page.goto(lessonUrl('mellersta-lektionen'));
  const pager = page.getByRole('navigation', { name: 'Lektioner' });
  await expect(pager.getByRole('link')).toHaveText([
    /Föregående lektion\s*Lektion ett: Första lektionen/,
    /Nästa lektion\s*Lektion tre: Sista lektionen/,
  ]);
  const next = pager.getByRole('link', { name: /Nästa lektion/ });
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(lessonUrl('sista-lektionen'));
  await expect(page.getByRole('navigation', { name: 'Lektioner' }).getByRole('link')).toHaveText([
    /Föregående lektion/,
  ]);

  await page.goto(lessonUrl('forsta-lektionen'));
  await expect(page.getByRole('navigation', { name: 'Lektioner' }).getByRole('link')).toHaveText([/Nästa lektion/]);
});

test('every internal link on every page stays under the sub-path and resolves', async ({ page, request }) => {
  const pages = [
    FIXTURE_SITE.url,
    lessonUrl('forsta-lektionen'),
    lessonUrl('mellersta-lektionen'),
    `${FIXTURE_SITE.url}om-kursen/`,
  ];
  const checked = new Set<string>();
  for (const url of pages) {
    await page.goto(url);
    const hrefs = await page
      .locator('a[href], link[href]')
      .evaluateAll((elements) => elements.map((el) => (el as HTMLAnchorElement).href));
    // Links to the served site, and canonical links to the address it is published at.
    for (const href of hrefs.filter((h) => h.startsWith(FIXTURE_SITE.origin) || h.startsWith(FIXTURE_ADDRESS))) {
      const { pathname, search } = new URL(href);
      expect(pathname, `${href} on ${url}`).toMatch(/^\/kurser\/digidel\//);
      const target = `${FIXTURE_SITE.origin}${pathname}${search}`;
      if (checked.has(target)) continue;
      checked.add(target);
      expect((await request.get(target)).status(), `${target} on ${url}`).toBe(200);
    }
  }
  expect(checked.size).toBeGreaterThan(5);
});

test('a link an editor wrote to another lesson’s section opens it under the sub-path', async ({ page }) => {
  await page.goto(lessonUrl('sista-lektionen'));
  const link = page.getByRole('link', { name: 'andra avsnittet i första lektionen' });
  await expect(link).toHaveAttribute('href', '/kurser/digidel/lektioner/forsta-lektionen/#andra-avsnittet');
  await link.click();
  await expect(page).toHaveURL(`${lessonUrl('forsta-lektionen')}#andra-avsnittet`);
  await expect(page.getByRole('heading', { name: 'Andra avsnittet', exact: true })).toBeInViewport();
});

test('an image in a lesson has its alternative text, its caption, a srcset and its size', async ({ page }) => {
  await page.goto(lessonUrl('mellersta-lektionen'));
  const figure = page.getByRole('figure').filter({ hasText: 'Bokbussen kommer till torget varje tisdag.' });
  const image = figure.getByRole('img', { name: 'Bokbussen parkerad vid torget, med dörren öppen' });
  await expect(image).toHaveAttribute('srcset', /\d+w, .+\d+w/);
  await expect(image).toHaveAttribute('sizes', /.+/);
  await expect(image).toHaveAttribute('width', '960');
  await expect(image).toHaveAttribute('height', '540');
  await expect(image).toHaveAttribute('loading', 'lazy');
  await expect(figure.locator('figcaption')).toHaveText('Bokbussen kommer till torget varje tisdag.');
});

test('an image on a lesson’s first screen loads at once; one further down lazily', async ({ page }) => {
  await page.goto(lessonUrl('sista-lektionen'));
  await expect(page.getByRole('img', { name: 'Kursens affisch, med texten Testaffisch' })).toHaveAttribute(
    'loading',
    'eager',
  );
  await page.goto(lessonUrl('mellersta-lektionen'));
  await expect(page.getByRole('img', { name: /^Bokbussen parkerad/ })).toHaveAttribute('loading', 'lazy');
});
