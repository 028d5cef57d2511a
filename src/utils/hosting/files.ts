/** The host configurations in docs/hosting/, all from the one set of header rules (../headers-file.ts). */
import { headerRules, headersFile } from '../headers-file.ts';
import { caddyfile } from './caddy.ts';
import { nginxConfig } from './nginx.ts';

export const HOSTING_DIR = 'docs/hosting';

/** File name → contents. `_headers` is also written into every build (dist/_headers). */
export function hostingFiles(): Record<string, string> {
  const rules = headerRules();
  return { _headers: headersFile(rules), 'nginx.conf': nginxConfig(rules), Caddyfile: caddyfile(rules) };
}
