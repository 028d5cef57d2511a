import { describe, expect, it } from 'vitest';
import { missingContacts } from './missing.ts';

describe('missingContacts', () => {
  it('names what is missing, in both languages', () => {
    expect(missingContacts({ phone: '0570-082100' }, 'ja')).toBe('このサイトにはメールアドレス・受付時間を掲載していません。');
    expect(missingContacts({}, 'en')).toBe('This site does not list the phone number, email address or opening hours.');
    expect(missingContacts({ phone: 'x', email: 'y' }, 'en')).toBe('This site does not list the opening hours.');
  });
  it('is undefined when everything is given', () => {
    expect(missingContacts({ phone: 'x', email: 'y', hours: 'z' }, 'ja')).toBeUndefined();
  });
});
