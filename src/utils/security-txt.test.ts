import { describe, expect, it } from 'vitest';
import { EXPIRES_DAYS, securityTxt, securityTxtConfig } from './security-txt.ts';

const site = new URL('https://portal.example.jp');

/** RFC 9116 fields as name → values. */
const fields = (text: string) => {
  const map = new Map<string, string[]>();
  for (const line of text.trimEnd().split('\n')) {
    const [, name, value] = /^([A-Za-z-]+): (.+)$/u.exec(line) ?? [];
    expect(name, line).toBeTruthy();
    map.set(name!, [...(map.get(name!) ?? []), value!]);
  }
  return map;
};

describe('security.txt', () => {
  it('has the required Contact and a single Expires less than a year ahead, by default', () => {
    const text = securityTxt(securityTxtConfig({}, site, '2026-11-24'));
    const parsed = fields(text);
    expect(parsed.get('Contact')).toEqual(['mailto:security@portal.example.jp']);
    expect(parsed.get('Expires')).toEqual(['2027-05-23T00:00:00Z']);
    expect((Date.parse(parsed.get('Expires')![0]!) - Date.parse('2026-11-24')) / 86_400_000).toBe(EXPIRES_DAYS);
    expect(parsed.get('Canonical')).toEqual(['https://portal.example.jp/.well-known/security.txt']);
    expect(parsed.get('Preferred-Languages')).toEqual(['ja, en']);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('takes contacts, expiry and policy from the environment', () => {
    const parsed = fields(
      securityTxt(
        securityTxtConfig(
          {
            SECURITY_CONTACT: 'mailto:psirt@inpit.example, https://inpit.example/security/',
            SECURITY_EXPIRES: '2027-03-31',
            SECURITY_POLICY: 'https://inpit.example/policy/',
          },
          site,
          '2026-11-24',
        ),
      ),
    );
    expect(parsed.get('Contact')).toEqual(['mailto:psirt@inpit.example', 'https://inpit.example/security/']);
    expect(parsed.get('Expires')).toEqual(['2027-03-31T00:00:00Z']);
    expect(parsed.get('Policy')).toEqual(['https://inpit.example/policy/']);
  });

  it('names the variable when a value is unusable', () => {
    expect(() => securityTxtConfig({ SECURITY_CONTACT: 'javascript:alert(1)' }, site, '2026-11-24')).toThrow(/SECURITY_CONTACT/u);
    expect(() => securityTxtConfig({ SECURITY_EXPIRES: 'next year' }, site, '2026-11-24')).toThrow(/SECURITY_EXPIRES/u);
    expect(() => securityTxtConfig({ SECURITY_POLICY: 'http://x' }, site, '2026-11-24')).toThrow(/SECURITY_POLICY/u);
  });
});
