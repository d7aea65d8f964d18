// Every place where the library reads a JS `Date` or the clock, checked under the host time zone this process runs in.
// `npm run test:tz` (vitest projects tz:*) reruns this folder under several TZ values (DST and UTC+14 included): the rest of
// the suite passes only 'YYYY-MM-DD' strings, which never meet the host time zone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addCalendarDays, addWorkingDays, calendarCoverage, countWorkingDays, getDayInfo, isWorkingDay, parseDate } from '../../src/calendar/index.js';
import { evaluate, explain } from '../../src/rules/index.js';
import { formatDay, formatRange } from '../../src/rules/text/formatDay.js';

const ZH_WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Every day from `from` to `to`, by UTC arithmetic that no host time zone can shift. */
function* daysBetween(from: string, to: string): Generator<{ iso: string; y: number; m: number; d: number; weekday: number }> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const u = new Date(t);
    yield { iso: u.toISOString().slice(0, 10), y: u.getUTCFullYear(), m: u.getUTCMonth() + 1, d: u.getUTCDate(), weekday: u.getUTCDay() };
  }
}

// Years with DST changes in the zones of the matrix, the 2021 National Day block and a year end.
const SPAN = ['2020-12-25', '2022-01-05'] as const;

afterEach(() => {
  vi.useRealTimers();
});

describe('the host time zone of this run', () => {
  it('is the zone named by TZ, so the matrix really runs in each zone', () => {
    const tz = process.env['TZ'];
    if (tz !== undefined) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(tz);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).not.toBe('');
  });
});

describe(`a Date is read as its Asia/Shanghai date (TZ=${process.env['TZ'] ?? 'unset'})`, () => {
  it('reads the first and the last millisecond of every Shanghai day as that day, and one millisecond earlier as the day before', () => {
    for (const { iso } of daysBetween(...SPAN)) {
      const first = new Date(`${iso}T00:00:00+08:00`);
      expect(getDayInfo(first).date).toBe(iso);
      expect(getDayInfo(new Date(`${iso}T23:59:59.999+08:00`)).date).toBe(iso);
      expect(getDayInfo(new Date(first.getTime() - 1)).date).not.toBe(iso);
    }
  });

  it('answers the working-day functions for a Date exactly as for its Shanghai date string', () => {
    for (const { iso } of daysBetween('2021-09-20', '2021-10-20')) {
      const late = new Date(`${iso}T23:30:00+08:00`);
      expect(isWorkingDay(late)).toBe(isWorkingDay(iso));
      expect(addWorkingDays(late, 5)).toBe(addWorkingDays(iso, 5));
      expect(addCalendarDays(late, 20)).toBe(addCalendarDays(iso, 20));
      expect(countWorkingDays(late, '2021-12-31')).toBe(countWorkingDays(iso, '2021-12-31'));
    }
  });

  it('reads Date facts of a rule as Shanghai dates: 2021-09-28T16:30Z is 2021-09-29 in Shanghai', () => {
    const result = evaluate('m15-payment', { start: new Date('2021-09-28T16:30:00Z'), end: new Date('2021-10-12T15:59:59Z') });
    expect(result.status).toBe('met');
    expect(result.due).toBe('2021-10-12');
  });
});

describe(`days are written with their own date and weekday (TZ=${process.env['TZ'] ?? 'unset'})`, () => {
  it('formats every day of the span with its calendar date and weekday, in Chinese and English', () => {
    for (const { iso, y, m, d, weekday } of daysBetween(...SPAN)) {
      expect(formatDay(iso, 'zh')).toBe(`${y}年${m}月${d}日（${ZH_WEEKDAYS[weekday]}）`);
      expect(formatDay(iso, 'en')).toBe(`${EN_WEEKDAYS[weekday]}, ${EN_MONTHS[m - 1]} ${d}, ${y}`);
    }
  });

  it('formats ranges across month and year ends with the days of the strings', () => {
    expect(formatRange('2021-09-30', '2021-10-02', 'zh')).toBe('9月30日至10月2日');
    expect(formatRange('2021-12-31', '2022-01-03', 'zh')).toBe('2021年12月31日至2022年1月3日');
    expect(formatRange('2021-03-13', '2021-03-15', 'en')).toBe('March 13–15');
    expect(formatRange('2021-10-31', '2021-11-08', 'en')).toBe('October 31 – November 8');
  });
});

describe(`parseDate reads a Date in Shanghai (TZ=${process.env['TZ'] ?? 'unset'})`, () => {
  it('gives the Shanghai date of a Date, whatever the host zone', () => {
    expect(parseDate(new Date('2021-09-28T15:59:59.999Z'))).toBe('2021-09-28');
    expect(parseDate(new Date('2021-09-28T16:00:00.000Z'))).toBe('2021-09-29');
    // A Date made from local parts in the host zone is read by its instant, not by those parts.
    const local = new Date(2021, 8, 28, 12);
    expect(parseDate(local)).toBe(new Date(local.getTime() + 8 * 3_600_000).toISOString().slice(0, 10));
  });
});

describe(`the clock is read as the date in Shanghai (TZ=${process.env['TZ'] ?? 'unset'})`, () => {
  it('judges a pending deadline on the Shanghai date of now: 16:00Z is already the next day', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // The 5th working day after 2021-09-29 is 2021-10-12: still pending on its last day, overdue the day after.
    vi.setSystemTime(new Date('2021-10-12T15:59:59.999Z'));
    expect(evaluate('m15-payment', { start: '2021-09-29' }).status).toBe('pending');
    vi.setSystemTime(new Date('2021-10-12T16:00:00.000Z'));
    expect(evaluate('m15-payment', { start: '2021-09-29' }).status).toBe('overdue');
  });

  it('runs an open pause until the Shanghai date of now when no asOf is given', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Paused since Monday 2021-10-11 and still paused: at 16:00Z on 10-13 it is 10-14 in Shanghai, paused up to that day.
    vi.setSystemTime(new Date('2021-10-13T16:00:00.000Z'));
    const result = evaluate('m15-payment', { start: '2021-09-29', pauses: [{ from: '2021-10-11' }] });
    expect(result.trace).toContainEqual({ type: 'pause', from: '2021-10-11', to: '2021-10-14', reasons: [], open: true });
    expect(result).toMatchObject({ asOf: '2021-10-14', due: '2021-10-18' });
  });

  it('names the Shanghai date of now in the explanation of a pending deadline', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2021-10-08T17:00:00Z'));
    const text = explain(evaluate('m15-payment', { start: '2021-09-29' }), { locale: 'zh-CN' });
    expect(text).toContain('10月9日');
  });
});

describe(`every covered day answers the same for a Date as for its string (TZ=${process.env['TZ'] ?? 'unset'})`, () => {
  it('agrees on the day, its kind, and the periods that start on it, from the first to the last covered day', () => {
    const { from, to } = calendarCoverage();
    let checked = 0;
    for (const { iso } of daysBetween(from, to)) {
      const startOfDay = new Date(`${iso}T00:00:00+08:00`);
      const endOfDay = new Date(`${iso}T23:59:59.999+08:00`);
      expect(getDayInfo(startOfDay)).toEqual(getDayInfo(iso));
      expect(getDayInfo(endOfDay)).toEqual(getDayInfo(iso));
      if (iso < '2026-11-01') {
        expect(addWorkingDays(endOfDay, 9)).toBe(addWorkingDays(iso, 9));
        expect(addCalendarDays(startOfDay, 20)).toBe(addCalendarDays(iso, 20));
      }
      if (iso > '2004-02-01') expect(addWorkingDays(endOfDay, -9)).toBe(addWorkingDays(iso, -9));
      checked++;
    }
    expect(checked).toBeGreaterThan(8_000);
  });
});
