import { describe, expect, it } from 'vitest';
import { buildToday } from './build-date.ts';
import { canRegister, countByTiming, liveStatus, splitByTiming, timingOf, tokyoDate } from './status.ts';

describe('tokyoDate', () => {
  it('gives the calendar date in Tokyo (UTC+9), not in UTC', () => {
    expect(tokyoDate(new Date('2026-11-24T14:59:59Z'))).toBe('2026-11-24');
    expect(tokyoDate(new Date('2026-11-24T15:00:00Z'))).toBe('2026-11-25');
    expect(tokyoDate(Date.UTC(2026, 11, 31, 15))).toBe('2027-01-01');
  });
});

describe('timingOf', () => {
  it('treats a seminar on the day itself as upcoming and an earlier one as past', () => {
    expect(timingOf('2026-11-24', '2026-11-24')).toBe('upcoming');
    expect(timingOf('2026-11-23', '2026-11-24')).toBe('past');
    expect(timingOf('2027-01-05', '2026-11-24')).toBe('upcoming');
  });
});

describe('liveStatus', () => {
  const today = '2026-11-24';
  it('shows an upcoming scheduled seminar as open when it has a registration link, else as scheduled', () => {
    expect(liveStatus({ date: '2026-12-03', status: 'scheduled', registration: true }, today)).toBe('open');
    expect(liveStatus({ date: '2026-12-03', status: 'scheduled', registration: false }, today)).toBe('scheduled');
    expect(liveStatus({ date: '2026-12-03', status: 'full', registration: true }, today)).toBe('full');
  });
  it('never shows a past seminar as open or full, whatever the status column says', () => {
    expect(liveStatus({ date: '2015-04-17', status: 'scheduled', registration: true }, today)).toBe('ended');
    expect(liveStatus({ date: '2026-11-23', status: 'full', registration: true }, today)).toBe('ended');
  });
  it('keeps cancelled and postponed visible as such, before and after the date', () => {
    expect(liveStatus({ date: '2027-02-04', status: 'cancelled', registration: false }, today)).toBe('cancelled');
    expect(liveStatus({ date: '2015-04-17', status: 'cancelled', registration: false }, today)).toBe('cancelled');
    expect(liveStatus({ date: '2015-04-17', status: 'postponed', registration: true }, today)).toBe('postponed');
  });
});

describe('canRegister', () => {
  it('offers registration only for upcoming, not cancelled seminars with a link', () => {
    const today = '2026-11-24';
    expect(canRegister({ date: '2026-12-03', status: 'scheduled', registration: true }, today)).toBe(true);
    expect(canRegister({ date: '2026-12-03', status: 'full', registration: true }, today)).toBe(true);
    expect(canRegister({ date: '2026-12-03', status: 'cancelled', registration: true }, today)).toBe(false);
    expect(canRegister({ date: '2026-12-03', status: 'scheduled', registration: false }, today)).toBe(false);
    expect(canRegister({ date: '2026-11-23', status: 'scheduled', registration: true }, today)).toBe(false);
  });
});

describe('splitByTiming and countByTiming', () => {
  it('orders upcoming soonest first and past most recent first', () => {
    const seminars = [{ date: '2015-04-17' }, { date: '2015-05-15' }, { date: '2026-12-03' }, { date: '2027-01-14' }];
    const { upcoming, past } = splitByTiming(seminars, '2026-11-24');
    expect(upcoming.map((s) => s.date)).toEqual(['2026-12-03', '2027-01-14']);
    expect(past.map((s) => s.date)).toEqual(['2015-05-15', '2015-04-17']);
    expect(
      countByTiming(
        seminars.map((s) => s.date),
        '2026-12-04',
      ),
    ).toEqual({ upcoming: 1, past: 3 });
  });
});

describe('buildToday', () => {
  it('uses BUILD_DATE when it is a real date, else the Tokyo date of the clock', () => {
    const now = new Date('2026-11-24T16:00:00Z');
    expect(buildToday({ BUILD_DATE: '2027-01-01' }, now)).toBe('2027-01-01');
    expect(buildToday({ BUILD_DATE: '2027-02-30' }, now)).toBe('2026-11-25');
    expect(buildToday({ BUILD_DATE: '1732441938' }, now)).toBe('2026-11-25');
    expect(buildToday({}, now)).toBe('2026-11-25');
  });
});
