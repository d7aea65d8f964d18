import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarCoverage, createCalendar, getDayInfo, holidaysOf, toCSV, toHolidayRecords } from '../../src/calendar/index.js';
import { evaluate, explain } from '../../src/rules/index.js';
import { daysBetween } from './export/days.js';
import { newYearDayOnly } from '../fixtures/schedule2027.js';

// A holiday break is the notice's rest days with the weekend days the notice joins to them: those between two listed
// days, and, when it says 「与周末连休」 or gives a 「补休」 day, those beside them. The cases below were read from the
// notices named beside them and a wall calendar.
describe('holiday breaks include the weekend days their notices join', () => {
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

  // Every weekend day of 2004–2026 beside a day a notice lists, decided from the notice's words: joined when the notice
  // says 「与周末连休」, gives a 「补休」 day, or lists days on both sides of it; a weekend day otherwise.
  const decisions: readonly (readonly [string, 'joined' | 'weekend', string])[] = [
    ['2014-04-06', 'joined', '国办发明电〔2013〕28号 「4月5日放假，4月7日（星期一）补休」: between'],
    ['2014-05-31', 'joined', '「6月2日放假，与周末连休」'],
    ['2014-06-01', 'joined', '「6月2日放假，与周末连休」'],
    ['2014-09-06', 'joined', '「9月8日放假，与周末连休」'],
    ['2014-09-07', 'joined', '「9月8日放假，与周末连休」'],
    ['2015-04-04', 'joined', '国办发明电〔2014〕28号 「4月5日放假，4月6日（星期一）补休」'],
    ['2015-05-02', 'joined', '「5月1日放假，与周末连休」'],
    ['2015-05-03', 'joined', '「5月1日放假，与周末连休」'],
    ['2015-06-21', 'joined', '「6月20日放假，6月22日（星期一）补休」: between'],
    ['2015-09-26', 'weekend', '「9月27日放假。」: no 补休, no 连休'],
    ['2016-01-02', 'joined', '「1月1日放假，与周末连休」'],
    ['2016-01-03', 'joined', '「1月1日放假，与周末连休」'],
    ['2016-04-02', 'joined', '「4月4日放假，与周末连休」'],
    ['2016-04-03', 'joined', '「4月4日放假，与周末连休」'],
    ['2016-04-30', 'joined', '「5月1日放假，5月2日（星期一）补休」'],
    ['2016-12-31', 'joined', '2017 「1月1日放假，1月2日（星期一）补休」'],
    ['2017-04-29', 'joined', '「5月1日放假，与周末连休」'],
    ['2017-04-30', 'joined', '「5月1日放假，与周末连休」'],
    ['2017-12-30', 'joined', '2018 「1月1日放假，与周末连休」'],
    ['2017-12-31', 'joined', '2018 「1月1日放假，与周末连休」'],
    ['2018-06-16', 'joined', '「6月18日放假，与周末连休」'],
    ['2018-06-17', 'joined', '「6月18日放假，与周末连休」'],
    ['2018-09-22', 'joined', '「9月24日放假，与周末连休」'],
    ['2018-09-23', 'joined', '「9月24日放假，与周末连休」'],
    ['2019-04-06', 'joined', '「4月5日放假，与周末连休」'],
    ['2019-04-07', 'joined', '「4月5日放假，与周末连休」'],
    ['2019-06-08', 'joined', '「6月7日放假，与周末连休」'],
    ['2019-06-09', 'joined', '「6月7日放假，与周末连休」'],
    ['2019-09-14', 'joined', '「9月13日放假，与周末连休」'],
    ['2019-09-15', 'joined', '「9月13日放假，与周末连休」'],
    ['2023-12-30', 'joined', '2024 「1月1日放假，与周末连休」'],
    ['2023-12-31', 'joined', '2024 「1月1日放假，与周末连休」'],
    ['2024-06-08', 'joined', '「6月10日放假，与周末连休」'],
    ['2024-06-09', 'joined', '「6月10日放假，与周末连休」'],
  ];

  it.each(decisions)('%s: %s (%s)', (date, decision) => {
    expect(getDayInfo(date).kind).toBe(decision === 'joined' ? 'holiday' : 'weekend');
  });

  it('widens exactly the joined days of the list, every one a weekend day, and changes no working day', () => {
    const widened: string[] = [];
    for (let year = 2004; year <= 2026; year++) {
      for (const block of holidaysOf(year)) widened.push(...block.restDays.filter((d) => !block.announcedRestDays.includes(d)));
    }
    for (const d of widened) expect(getDayInfo(d).weekday, d).toBeGreaterThanOrEqual(6);
    expect(widened.sort()).toEqual(decisions.filter(([, d]) => d === 'joined').map(([date]) => date));
  });

  it('leaves beside a holiday day only the weekend days the list keeps as weekend days', () => {
    const { from, to } = calendarCoverage();
    const days = daysBetween(from, to);
    const kinds = days.map((d) => getDayInfo(d).kind);
    const beside = days.filter((_, i) => kinds[i] === 'weekend' && (kinds[i - 1] === 'holiday' || kinds[i + 1] === 'holiday'));
    expect(beside).toEqual(decisions.filter(([, d]) => d === 'weekend').map(([date]) => date));
  });

  it('words 2015-09-26 as a rest day, not as the 中秋节 the notice did not give it (「六、中秋节：9月27日放假。」)', () => {
    expect(getDayInfo('2015-09-26')).not.toHaveProperty('holiday');
    expect(holidaysOf(2015).find((b) => b.key === 'mid_autumn')?.restDays).toEqual(['2015-09-27']);
    // 2015-09-06 + 20 calendar days = Saturday 09-26: a rest day, then Sunday 09-27 (中秋节): the period ends on Monday 09-28.
    const result = evaluate('m13-contract-signing', { start: '2015-09-06', asOf: '2015-09-10' });
    expect(result.due).toBe('2015-09-28');
    expect(explain(result)).toContain('第20日即2015年9月26日（星期六）是休息日，顺延至2015年9月28日（星期一）');
    expect(explain(result, { locale: 'en' })).toContain('Saturday, September 26, 2015, falls on a rest day');
    expect(explain(evaluate('m15-payment', { start: '2015-09-24', asOf: '2015-09-25' }))).toContain('9月27日中秋节放假（国办发明电〔2014〕28号）不计');
    expect(toCSV({ from: '2015-09-26', to: '2015-09-27' })).not.toContain('2015-09-26');
    expect(toHolidayRecords({ from: '2015-09-26', to: '2015-09-27' }).map((r) => r.date)).toEqual(['2015-09-27']);
  });

  it('reads a runtime schedule the same way: its quote, or its joinsWeekend, joins the weekend beside a single day', () => {
    // 2027-01-01 is a Friday; Saturday 01-02 and Sunday 01-03 join only when the notice says so.
    const base = newYearDayOnly(2027);
    const withArrangement = (extra: object) => ({ ...base, notices: base.notices.map((n) => ({ ...n, holidays: n.holidays.map((h) => ({ ...h, ...extra })) })) });
    const kinds = (extra: object) => ['2027-01-02', '2027-01-03'].map((d) => createCalendar({ schedules: [withArrangement(extra)] }).getDayInfo(d).kind);
    expect(kinds({})).toEqual(['weekend', 'weekend']);
    expect(kinds({ quote: '一、元旦：1月1日放假，与周末连休。' })).toEqual(['holiday', 'holiday']);
    expect(kinds({ quote: '一、元旦：1月1日放假。' })).toEqual(['weekend', 'weekend']);
    expect(kinds({ joinsWeekend: true })).toEqual(['holiday', 'holiday']);
    expect(kinds({ quote: '一、元旦：1月1日放假，与周末连休。', joinsWeekend: false })).toEqual(['weekend', 'weekend']);
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
    const records = toHolidayRecords({ from: '2014-04-04', to: '2014-04-08' });
    expect(records.map((r) => [r.date, r.kind, r.holidayKey])).toEqual([
      ['2014-04-05', 'holiday', 'qingming'],
      ['2014-04-06', 'holiday', 'qingming'],
      ['2014-04-07', 'holiday', 'qingming'],
    ]);
    expect(toCSV({ from: '2014-04-06', to: '2014-04-06' })).toContain('2014-04-06,holiday,false,7,qingming');
  });
});
