/**
 * The imsmanifest.xml of each SCORM package: one organization with one SCO, the launch page
 * (src/features/lms/LaunchPage.astro), whose resource lists every file of the package. Pure.
 */
import type { ScormVersion } from '../../src/features/lms/lms-record.ts';

export interface ManifestInput {
  /** The manifest's identifier: an XML name, the same for every version of the course. */
  identifier: string;
  title: string;
  /** The launch page, relative to the package root. */
  launch: string;
  /** Every file of the course, relative to the package root, with "/" between folders. */
  files: readonly string[];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A file's href: its path with each segment URL-encoded, as the packages' hrefs are URIs. */
const href = (file: string) => escapeXml(file.split('/').map(encodeURIComponent).join('/'));

const fileList = (files: readonly string[]) => files.map((file) => `      <file href="${href(file)}"/>`).join('\n');

/** What differs between the versions: the root's namespaces, the schema version, the SCO's extras. */
const VERSIONS: Record<ScormVersion, { root: string; schemaVersion: string; scormType: string; itemExtra: string }> = {
  '1.2': {
    root: `version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"`,
    schemaVersion: '1.2',
    scormType: 'adlcp:scormtype="sco"',
    itemExtra: '',
  },
  '2004': {
    root: `version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"`,
    schemaVersion: '2004 4th Edition',
    scormType: 'adlcp:scormType="sco"',
    // The course reports its own completion (lms-launch.element.ts); the LMS is not to assume it.
    itemExtra: `
        <imsss:sequencing>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>`,
  },
};

export function scormManifest(version: ScormVersion, { identifier, title, launch, files }: ManifestInput): string {
  const { root, schemaVersion, scormType, itemExtra } = VERSIONS[version];
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${identifier}" ${root}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${schemaVersion}</schemaversion>
  </metadata>
  <organizations default="kurs">
    <organization identifier="kurs">
      <title>${escapeXml(title)}</title>
      <item identifier="kurs-sco" identifierref="kurs-sidor" isvisible="true">
        <title>${escapeXml(title)}</title>${itemExtra}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="kurs-sidor" type="webcontent" ${scormType} href="${href(launch)}">
${fileList(files)}
    </resource>
  </resources>
</manifest>
`;
}
