import { describe, expect, it } from 'vitest';
import { calendarCoverage, createCalendar, getDayInfo, HOLIDAY_RECORD_FIELDS, holidaysOf, toHolidayRecords } from '../../../src/calendar/index.js';
import { daysBetween } from './days.js';

const coverage = calendarCoverage();
const all = toHolidayRecords();

describe('toHolidayRecords', () => {
  it('lists every rest day and make-up working day of the coverage once, in date order, and nothing else', () => {
    const special = daysBetween(coverage.from, '2027-01-01').filter((d) => ['holiday', 'makeup_workday'].includes(getDayInfo(d).kind));
    expect(all.map((r) => r.date)).toEqual(special);
  });

  it('agrees with getDayInfo on every field, provenance included', () => {
    for (const record of all) {
      const info = getDayInfo(record.date);
      expect(record).toEqual({
        date: info.date,
        kind: info.kind,
        isWorkingDay: info.isWorkingDay,
        weekday: info.weekday,
        holidayKey: info.holiday?.key,
        name: info.holiday?.name,
        scheduleYear: record.scheduleYear,
        provisional: false,
        noticeDocNo: info.source?.docNo,
        noticeTitle: info.source?.title,
        noticePublishedOn: info.source?.publishedOn,
        noticeUrl: info.source?.url,
      });
      const block = holidaysOf(record.scheduleYear).find((b) => b.restDays.includes(record.date) || b.makeupDays.includes(record.date));
      expect(block?.key).toBe(record.holidayKey);
    }
  });

  it('keeps the fields in the order of HOLIDAY_RECORD_FIELDS and survives a JSON round trip', () => {
    const keys = HOLIDAY_RECORD_FIELDS.map((field) => field.replace(/\.(zh|en)$/, '')).filter((field, i, list) => list.indexOf(field) === i);
    for (const record of all) expect(Object.keys(record)).toEqual(keys);
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
  });

  it('cuts the days to the range and names the schedule year of a day that an earlier notice did not fix', () => {
    const records = toHolidayRecords({ from: '2011-12-31', to: '2012-01-03' });
    expect(records.map((r) => [r.date, r.kind, r.scheduleYear, r.noticeDocNo])).toEqual([
      ['2011-12-31', 'makeup_workday', 2012, '国办发明电〔2011〕45号'],
      ['2012-01-01', 'holiday', 2012, '国办发明电〔2011〕45号'],
      ['2012-01-02', 'holiday', 2012, '国办发明电〔2011〕45号'],
      ['2012-01-03', 'holiday', 2012, '国办发明电〔2011〕45号'],
    ]);
    expect(toHolidayRecords({ from: '2008-01-01', to: '2008-01-01' }).map((r) => r.date)).toEqual(['2008-01-01']);
  });

  it('reads the calendar of createCalendar options and flags projected days', () => {
    const known = toHolidayRecords({ calendar: createCalendar({ asKnownOn: '2020-01-20' }), from: '2020-01-24', to: '2020-02-03' });
    expect(known.map((r) => `${r.date} ${r.kind}`)).toEqual([...daysBetween('2020-01-24', '2020-01-31').map((d) => `${d} holiday`), '2020-02-01 makeup_workday']);
    const projected = toHolidayRecords({ calendar: createCalendar({ unpublishedYears: 'provisional' }), from: '2027-01-01', to: '2027-01-31' });
    expect(projected.length).toBeGreaterThan(0);
    expect(projected.every((r) => r.provisional && r.noticeDocNo === 'PROVISIONAL-2027')).toBe(true);
  });

  it('returns frozen records', () => {
    expect(Object.isFrozen(all)).toBe(true);
    expect(Object.isFrozen(all[0])).toBe(true);
  });
});
