/**
 * npm run docs:hosting
 * Writes docs/hosting/_headers, nginx.conf and Caddyfile from the header rules (src/utils/headers-file.ts). A unit
 * test (src/utils/hosting/hosting.test.ts) fails when the committed files differ from what this writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOSTING_DIR, hostingFiles } from '#src/utils/hosting/files.ts';

const dir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), HOSTING_DIR);
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(hostingFiles())) {
  writeFileSync(join(dir, name), text, 'utf8');
  console.log(`wrote ${HOSTING_DIR}/${name}`);
}
