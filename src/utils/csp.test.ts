import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META, CSP_META_DEV } from './csp.ts';

describe('Content-Security-Policy', () => {
  it('allows no inline script or style and no eval', () => {
    for (const policy of [CSP_META, CSP_HEADER]) {
      expect(policy).not.toContain("'unsafe-inline'");
      expect(policy).not.toContain("'unsafe-eval'");
      expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(policy).toContain("worker-src 'self' blob:");
      expect(policy).toContain("object-src 'none'");
    }
  });

  it('keeps header-only directives out of the meta tag', () => {
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    expect(CSP_HEADER).toMatch(/upgrade-insecure-requests$/u);
  });

  it('relaxes only the development policy, and only for inline styles, scripts and the WebSocket', () => {
    const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((part) => [part.split(' ')[0], part]));
    const production = directives(CSP_META);
    const development = directives(CSP_META_DEV);
    expect(Object.keys(development)).toEqual(Object.keys(production));
    for (const name of Object.keys(production)) {
      if (!['style-src', 'script-src', 'connect-src'].includes(name)) expect(development[name]).toBe(production[name]);
    }
    expect(development['style-src']).toBe("style-src 'self' 'unsafe-inline'");
    expect(development['connect-src']).toBe("connect-src 'self' ws: wss:");
  });
});
