import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatIsoDay, isoWeekday, parseIsoDay, shanghaiDayOfDate } from '../../src/_internal/dayNumber.js';

const MS_PER_DAY = 86_400_000;

describe('day numbers', () => {
  it('agree with Date.UTC for every day of years 1900–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / MS_PER_DAY, max: Date.UTC(2200, 11, 31) / MS_PER_DAY }), (n) => {
        const iso = new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
        expect(formatIsoDay(n)).toBe(iso);
        expect(parseIsoDay(iso)).toBe(n);
        expect(isoWeekday(n)).toBe(new Date(n * MS_PER_DAY).getUTCDay() || 7);
      }),
      { numRuns: 5000, seed: 1 },
    );
  });

  it('rejects impossible and malformed strings', () => {
    for (const s of ['2021-02-29', '2100-02-29', '2021-04-31', '2021-00-10', '2021-13-01', '2021-01-00', '2021-1-01', '2021/01/01', '２０２１-01-01', ' 2021-01-01', '2021-01-01T00:00']) {
      expect(parseIsoDay(s), s).toBeNaN();
    }
    expect(parseIsoDay('2000-02-29')).toBe(daysFromCivil(2000, 2, 29));
    expect(parseIsoDay('2024-02-29')).toBe(daysFromCivil(2024, 2, 29));
  });

  it('reads a Date as its Asia/Shanghai date', () => {
    expect(formatIsoDay(shanghaiDayOfDate(new Date('2021-10-08T15:59:59.999Z')))).toBe('2021-10-08');
    expect(formatIsoDay(shanghaiDayOfDate(new Date('2021-10-08T16:00:00Z')))).toBe('2021-10-09');
    expect(formatIsoDay(shanghaiDayOfDate(new Date('2021-10-09T00:00:00+08:00')))).toBe('2021-10-09');
    expect(shanghaiDayOfDate(new Date(Number.NaN))).toBeNaN();
  });
});
