/**
 * The Content-Security-Policy, in one place: Base.astro puts it in a <meta> tag, and headers-file.ts writes it with
 * the other security headers to dist/_headers for hosts that read one (Netlify, Cloudflare Pages).
 * No 'unsafe-inline' or 'unsafe-eval': every script and stylesheet is a file from this origin.
 */
const DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  // Pagefind compiles its WebAssembly search engine; 'wasm-unsafe-eval' allows exactly that, not eval().
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Directives that only work as an HTTP header, not in <meta>. */
const HEADER_ONLY: Record<string, string[]> = {
  'frame-ancestors': ["'none'"],
};

const serialize = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

export const CSP_META = serialize(DIRECTIVES);
export const CSP_HEADER = serialize({ ...DIRECTIVES, ...HEADER_ONLY, 'upgrade-insecure-requests': [] })
  .replace(/ ;/gu, ';')
  .trimEnd();

/** Sent as a header (headers-file.ts) and repeated in a <meta> tag, which works on hosts that send no headers. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';
/**
 * Development only (npm run dev): the dev server injects each stylesheet as an inline <style> and its client
 * connects over a WebSocket, which the production policy blocks; pages would show unstyled. Never in a build.
 */
export const CSP_META_DEV = serialize({
  ...DIRECTIVES,
  'style-src': [...DIRECTIVES['style-src']!, "'unsafe-inline'"],
  'script-src': [...DIRECTIVES['script-src']!, "'unsafe-inline'"],
  'connect-src': [...DIRECTIVES['connect-src']!, 'ws:', 'wss:'],
});
