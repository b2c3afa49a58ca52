/** The package script's pure parts: relative addresses (scripts/lib/relative-paths.ts) and the manifests (scripts/lib/scorm-manifest.ts). */
import { describe, expect, it } from 'vitest';
import { absoluteUses, relativize, wayToRoot } from '../../scripts/lib/relative-paths';
import { scormManifest } from '../../scripts/lib/scorm-manifest';
import { LMS_ROOT } from '../../src/features/lms/package-tokens';

describe('relative addresses', () => {
  it('lead from each file up to the package root', () => {
    expect(wayToRoot('index.html')).toBe('./');
    expect(wayToRoot('lms/index.html')).toBe('../');
    expect(wayToRoot('lektioner/lektion-sex/index.html')).toBe('../../');
  });

  it('replace every address under the stand-in base, and only those', () => {
    const html = `<a href="${LMS_ROOT}">Kursstart</a><img src="${LMS_ROOT}_astro/a.webp" srcset="${LMS_ROOT}_astro/a.webp 400w"><a href="/annat/">`;
    expect(relativize(html, 'lektioner/x/index.html')).toBe(
      '<a href="../../">Kursstart</a><img src="../../_astro/a.webp" srcset="../../_astro/a.webp 400w"><a href="/annat/">',
    );
  });

  it('find the stand-in behind a host, which no relative path can replace', () => {
    expect(absoluteUses(`<meta content="https://bibliotek.example${LMS_ROOT}lektioner/">`)).toEqual([
      `https://bibliotek.example${LMS_ROOT}`,
    ]);
    expect(absoluteUses(`<a href="${LMS_ROOT}om-kursen/">`)).toEqual([]);
  });
});

describe('the manifests', () => {
  const input = {
    identifier: 'digidel-kurs',
    title: 'Kurs & "test" <1>',
    launch: 'lms/index.html',
    files: ['lms/index.html', 'lektioner/å ä/index.html'],
  };

  it('name the launch page as the one SCO, and every file, with the title escaped', () => {
    for (const version of ['1.2', '2004'] as const) {
      const xml = scormManifest(version, input);
      expect(xml).toContain('<title>Kurs &amp; &quot;test&quot; &lt;1&gt;</title>');
      expect(xml).toContain('href="lms/index.html"');
      expect(xml).toContain('<file href="lektioner/%C3%A5%20%C3%A4/index.html"/>');
      expect(xml.match(/<item /g)).toHaveLength(1);
    }
    expect(scormManifest('1.2', input)).toContain('adlcp:scormtype="sco"');
    expect(scormManifest('2004', input)).toContain('adlcp:scormType="sco"');
    expect(scormManifest('2004', input)).toContain('completionSetByContent="true"');
  });
});
