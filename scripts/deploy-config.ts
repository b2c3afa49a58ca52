/**
 * `npm run deploy-config`: after a change to the site's CSS, writes the header policy of the
 * last build (dist/_headers, with the hashes of the pages' inline styles) into the ready server
 * configurations in deploy/. tests/build/hosts.test.ts says when this is due.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const headers = readFileSync('dist/_headers', 'utf8');
const policy = /^\s+Content-Security-Policy: (.+)$/m.exec(headers)?.[1];
if (!policy) throw new Error('dist/_headers has no Content-Security-Policy: run npm run build first.');

for (const file of ['deploy/nginx.conf', 'deploy/Caddyfile']) {
  const text = readFileSync(file, 'utf8');
  const updated = text.replace(/(Content-Security-Policy ")[^"]*(")/g, `$1${policy}$2`);
  writeFileSync(file, updated);
  console.log(`${file}: ${updated === text ? 'already up to date' : 'policy updated'}`);
}
