import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameWarning, PLACEHOLDER_SITE, siteFromEnv, siteUrlWarning } from './site-url.ts';

describe('siteUrlWarning', () => {
  it('warns on a production build without SITE_URL, naming the placeholder origin and how to set SITE_URL', () => {
    const lines = siteUrlWarning({}, 'build')!;
    expect(lines.length).toBeGreaterThan(3);
    const text = lines.join('\n');
    expect(text).toContain('SITE_URL is not set');
    expect(text).toContain('https://portal.example.jp');
    expect(text).toMatch(/SITE_URL=https:\/\/\S+ npm run build/u);
    expect(text).toContain('$env:SITE_URL=');
    expect(text).toContain('.github/workflows/deploy.yml');
    // The build test fails on the word "error" in the output; a warning must not trip it.
    expect(text).not.toMatch(/\berror\b/iu);
  });

  it('treats an empty SITE_URL as unset, and warns when it names the placeholder itself', () => {
    expect(siteUrlWarning({ SITE_URL: '  ' }, 'build')!.join('\n')).toContain('SITE_URL is not set');
    expect(siteUrlWarning({ SITE_URL: 'https://portal.example.jp/' }, 'build')!.join('\n')).toContain('set to the placeholder');
  });

  it('is silent with a real address, and for astro dev or preview', () => {
    expect(siteUrlWarning({ SITE_URL: 'https://www.inpit.go.jp' }, 'build')).toBeUndefined();
    expect(siteUrlWarning({}, 'dev')).toBeUndefined();
    expect(siteUrlWarning({}, 'preview')).toBeUndefined();
  });
});

describe('siteFromEnv', () => {
  it('uses SITE_URL, or the placeholder when it is unset or blank', () => {
    expect(siteFromEnv({ SITE_URL: 'https://www.inpit.go.jp' })).toBe('https://www.inpit.go.jp');
    expect(siteFromEnv({})).toBe(PLACEHOLDER_SITE);
    expect(siteFromEnv({ SITE_URL: '' })).toBe(PLACEHOLDER_SITE);
  });

  it('is what astro.config.mjs uses (one placeholder, one rule)', () => {
    const config = readFileSync(join(import.meta.dirname, '..', '..', 'astro.config.mjs'), 'utf8');
    expect(config).toMatch(/site: siteFromEnv\(process\.env\)/u);
    expect(config).not.toContain('portal.example.jp');
  });
});

describe('frameWarning', () => {
  it('frames every line, so the block stands out in the build log', () => {
    const framed = frameWarning(['one', 'three']).split('\n');
    expect(framed).toEqual(['!!!!!!!!!', '! one', '! three', '!!!!!!!!!', '']);
  });
});
