import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from './csp.ts';

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
});
