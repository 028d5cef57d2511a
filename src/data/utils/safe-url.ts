/** Link schemes allowed in data: anything else (javascript:, data:, file:…) is rejected. */
export const SAFE_URL_SCHEMES = ['https:', 'http:', 'mailto:'] as const;

export function isSafeUrl(value: string): boolean {
  if (/[\s<>"'`\\]/u.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (!(SAFE_URL_SCHEMES as readonly string[]).includes(url.protocol)) return false;
  return url.protocol === 'mailto:' ? url.pathname.includes('@') : url.hostname.length > 0;
}
