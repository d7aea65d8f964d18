import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarCoverage, getDayInfo, holidaysOf, toCSV, toHolidayRecords } from '../../src/calendar/index.js';
import { evaluate, explain } from '../../src/rules/index.js';
import { daysBetween } from './export/days.js';

// A holiday break is the maximal run of rest days that contains a notice's rest days and is joined to them only
// through weekends. The cases below were read from the notices named beside them and a wall calendar.
describe('holiday breaks include the weekend days they span', () => {
  it.each([
    ['2014-04-06', 'qingming', '国办发明电〔2013〕28号'], // 4月5日放假，4月7日补休: Sunday 04-06 between them
    ['2019-04-06', 'qingming', '国办发明电〔2018〕15号'], // 4月5日放假，与周末连休
    ['2019-04-07', 'qingming', '国办发明电〔2018〕15号'],
    ['2023-12-30', 'new_year', '国办发明电〔2023〕7号'], // 1月1日放假，与周末连休 (Saturday and Sunday before)
    ['2023-12-31', 'new_year', '国办发明电〔2023〕7号'],
    ['2024-06-08', 'dragon_boat', '国办发明电〔2023〕7号'], // 6月10日放假，与周末连休
    ['2024-06-09', 'dragon_boat', '国办发明电〔2023〕7号'],
  ])('%s is a holiday day of %s', (date, key, docNo) => {
    const info = getDayInfo(date);
    expect(info).toMatchObject({ isWorkingDay: false, kind: 'holiday', holiday: { key } });
    expect(info.source?.docNo).toBe(docNo);
  });

  it('keeps the notice’s own days as announcedRestDays and the whole break as restDays', () => {
    const qingming = holidaysOf(2014).find((b) => b.key === 'qingming');
    expect(qingming?.announcedRestDays).toEqual(['2014-04-05', '2014-04-07']);
    expect(qingming?.restDays).toEqual(['2014-04-05', '2014-04-06', '2014-04-07']);
    const newYear2024 = holidaysOf(2024).find((b) => b.key === 'new_year');
    expect(newYear2024?.announcedRestDays).toEqual(['2024-01-01']);
    expect(newYear2024?.restDays).toEqual(['2023-12-30', '2023-12-31', '2024-01-01']);
    // 2021 国庆节: the notice already lists the whole block 10-01…07.
    const national = holidaysOf(2021).find((b) => b.key === 'national_day');
    expect(national?.restDays).toEqual(national?.announcedRestDays);
  });

  it('stops a break at a make-up working day and leaves weekends not joined to a break alone', () => {
    expect(getDayInfo('2019-05-05').kind).toBe('makeup_workday'); // 劳动节 2019: 5月5日（星期日）上班
    expect(getDayInfo('2021-10-16').kind).toBe('weekend');
    expect(getDayInfo('2014-04-12').kind).toBe('weekend');
  });

  it('never leaves a weekend day next to a holiday day: every such day is in the break or a make-up day', () => {
    const { from, to } = calendarCoverage();
    const days = daysBetween(from, to);
    const kinds = days.map((d) => getDayInfo(d).kind);
    const joined = days.filter((_, i) => kinds[i] === 'weekend' && (kinds[i - 1] === 'holiday' || kinds[i + 1] === 'holiday'));
    expect(joined).toEqual([]);
  });

  it('widens 34 weekend days of 2004–2026 into their breaks, and changes no working day', () => {
    let widened = 0;
    for (let year = 2004; year <= 2026; year++) {
      for (const block of holidaysOf(year)) {
        const extra = block.restDays.filter((d) => !block.announcedRestDays.includes(d));
        for (const d of extra) expect(getDayInfo(d).weekday, d).toBeGreaterThanOrEqual(6);
        widened += extra.length;
      }
    }
    expect(widened).toBe(34);
  });

  it('rolls a statutory-holidays-only period past the whole break (民法典 §203)', () => {
    expect(addCalendarDays('2014-03-16', 20, { roll: 'statutory_holidays_only' })).toBe('2014-04-08');
    expect(addCalendarDays('2015-06-01', 20, { roll: 'statutory_holidays_only' })).toBe('2015-06-23');
    expect(addCalendarDays('2015-12-13', 20, { roll: 'statutory_holidays_only' })).toBe('2016-01-04');
    // An ordinary weekend still does not roll under this reading.
    expect(addCalendarDays('2021-06-06', 20, { roll: 'statutory_holidays_only' })).toBe('2021-06-26');
  });

  it('names the holiday when a contract-signing period ends on a weekend day of a break', () => {
    // 2014-03-17 + 20 days = Sunday 2014-04-06, inside the 清明节 break 04-05…07: the period ends on Tuesday 04-08.
    const result = evaluate('m13-contract-signing', { start: '2014-03-17', asOf: '2014-04-01' });
    expect(result.due).toBe('2014-04-08');
    expect(explain(result)).toContain('第20日即2014年4月6日（星期日）是清明节假期（国办发明电〔2013〕28号），顺延至2014年4月8日（星期二）');
    expect(explain(result, { locale: 'en' })).toContain('falls in the Qingming Festival holiday (国办发明电〔2013〕28号)');
  });

  it('exports the whole break (records, CSV)', () => {
    const records = toHolidayRecords(undefined, { from: '2014-04-04', to: '2014-04-08' });
    expect(records.map((r) => [r.date, r.kind, r.holidayKey])).toEqual([
      ['2014-04-05', 'holiday', 'qingming'],
      ['2014-04-06', 'holiday', 'qingming'],
      ['2014-04-07', 'holiday', 'qingming'],
    ]);
    expect(toCSV(undefined, { from: '2014-04-06', to: '2014-04-06' })).toContain('2014-04-06,holiday,false,7,qingming');
  });
});
