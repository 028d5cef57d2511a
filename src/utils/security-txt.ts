/**
 * /.well-known/security.txt (RFC 9116): where to report a vulnerability, until when this file is valid, and in
 * which languages. Contact and expiry come from the environment of the build:
 *
 * - SECURITY_CONTACT: one or more URIs (mailto:, https:, tel:), comma-separated. Default: mailto:security@<host of SITE_URL>.
 * - SECURITY_EXPIRES: an ISO date or date-time. Default: the build's "today" plus EXPIRES_DAYS (the site is
 *   rebuilt nightly, so the file stays valid; RFC 9116 asks for less than a year).
 * - SECURITY_POLICY: optional URL of a disclosure policy.
 */
export const EXPIRES_DAYS = 180;
const DAY_MS = 86_400_000;

export interface SecurityTxt {
  contact: string[];
  expires: Date;
  preferredLanguages: string[];
  canonical: string;
  policy?: string;
}

export class SecurityTxtError extends Error {
  override name = 'SecurityTxtError';
}

const CONTACT_SCHEMES = /^(?:mailto:|https:|tel:)/u;

/** The fields from the environment; throws a SecurityTxtError naming the variable when a value is unusable. */
export function securityTxtConfig(env: Record<string, string | undefined>, site: URL, today: string): SecurityTxt {
  const contact = (env.SECURITY_CONTACT?.trim() || `mailto:security@${site.hostname}`)
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  for (const value of contact) {
    if (!CONTACT_SCHEMES.test(value)) throw new SecurityTxtError(`SECURITY_CONTACT: "${value}" must start with mailto:, https: or tel:`);
  }
  const expiresText = env.SECURITY_EXPIRES?.trim();
  const expires = expiresText ? new Date(expiresText) : new Date(Date.parse(`${today}T00:00:00Z`) + EXPIRES_DAYS * DAY_MS);
  if (Number.isNaN(expires.getTime()))
    throw new SecurityTxtError(`SECURITY_EXPIRES: "${expiresText}" is not a date (write it as 2027-03-31 or 2027-03-31T00:00:00Z)`);
  const policy = env.SECURITY_POLICY?.trim();
  if (policy && !policy.startsWith('https:')) throw new SecurityTxtError(`SECURITY_POLICY: "${policy}" must be an https: URL`);
  return {
    contact,
    expires,
    preferredLanguages: ['ja', 'en'],
    canonical: new URL('/.well-known/security.txt', site).href,
    ...(policy ? { policy } : {}),
  };
}

/** The file's text: one "Field: value" line each, Expires in the RFC 3339 form the RFC requires. */
export function securityTxt(fields: SecurityTxt): string {
  return [
    ...fields.contact.map((value) => `Contact: ${value}`),
    `Expires: ${fields.expires.toISOString().replace(/\.\d{3}Z$/u, 'Z')}`,
    `Preferred-Languages: ${fields.preferredLanguages.join(', ')}`,
    `Canonical: ${fields.canonical}`,
    ...(fields.policy ? [`Policy: ${fields.policy}`] : []),
    '',
  ].join('\n');
}
