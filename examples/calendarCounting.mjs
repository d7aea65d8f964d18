// How the calendar counts, around the 2021 National Day holiday (国办发明电〔2020〕27号), with the built package.
// The code of docs/en/calendar.md and docs/zh-CN/calendar.md; every `//=>` comment is what the line prints.
// #region day-kinds
import { getDayInfo } from 'yingshang/calendar';

for (const date of ['2021-09-30', '2021-10-04', '2021-10-09', '2021-10-10']) {
  const { weekday, kind, isWorkingDay, holiday } = getDayInfo(date);
  console.log(date, weekday, kind, isWorkingDay, holiday?.name.zh ?? '-');
}
//=> 2021-09-30 4 workday true -
//   2021-10-04 1 holiday false 国庆节
//   2021-10-09 6 makeup_workday true 国庆节
//   2021-10-10 7 weekend false -
console.log(getDayInfo('2021-10-09').source.docNo); //=> 国办发明电〔2020〕27号
// #endregion day-kinds

// #region working-days
import { addWorkingDays, countWorkingDays, nextWorkingDay, previousWorkingDay } from 'yingshang/calendar';

// The start day is never counted: day 1 is the first working day after it (民法典 §201).
console.log(addWorkingDays('2021-09-29', 5)); //=> 2021-10-12
console.log(countWorkingDays('2021-09-29', '2021-10-12')); //=> 5
// Whatever kind of day the start is: from a rest day, day 1 is the next working day.
console.log(addWorkingDays('2021-10-02', 1)); //=> 2021-10-08
console.log(addWorkingDays('2021-10-12', -5)); //=> 2021-09-29
console.log(nextWorkingDay('2021-09-30'), previousWorkingDay('2021-10-08')); //=> 2021-10-08 2021-09-30
// #endregion working-days

// #region calendar-days
import { addCalendarDays } from 'yingshang/calendar';

// Day 20 is 2021-10-01, inside 国庆节: the period ends on the day after the holiday (民法典 §203).
console.log(addCalendarDays('2021-09-11', 20)); //=> 2021-10-08
// Day 20 is an ordinary Saturday: the roll is a choice.
for (const roll of ['next_working_day', 'statutory_holidays_only', 'none']) {
  console.log(roll, addCalendarDays('2021-06-06', 20, { roll }));
}
//=> next_working_day 2021-06-28
//   statutory_holidays_only 2021-06-26
//   none 2021-06-26
// #endregion calendar-days

// #region coverage
import { calendarCoverage, isYingshangError } from 'yingshang/calendar';

console.log(calendarCoverage()); //=> { from: '2004-01-01', to: '2026-12-31' }
try {
  addWorkingDays('2026-12-28', 5); // would need 2027, which has no notice yet
} catch (error) {
  if (!isYingshangError(error, 'CALENDAR_OUT_OF_RANGE')) throw error;
  console.log(error.code, error.details.coverage.to); //=> CALENDAR_OUT_OF_RANGE 2026-12-31
}
// #endregion coverage

// #region provisional
import { createCalendar } from 'yingshang/calendar';

const projected = createCalendar({ unpublishedYears: 'provisional' });
console.log(projected.addWorkingDaysDetailed('2026-12-28', 5));
//=> { value: '2027-01-05', provisional: true, provisionalYears: [ 2027 ] }
const newYear2027 = projected.getDayInfo('2027-01-01');
console.log(newYear2027.kind, newYear2027.provisional, newYear2027.source.docNo); //=> holiday true PROVISIONAL-2027
// #endregion provisional

// #region as-known-on
// 2020-02-01 (a Saturday) was a make-up working day until the 春节 extension of 2020-01-27 made it a rest day.
const before = createCalendar({ asKnownOn: '2020-01-20' });
const after = createCalendar({ asKnownOn: '2020-01-28' });
console.log(before.isWorkingDay('2020-02-01'), after.isWorkingDay('2020-02-01')); //=> true false
console.log(before.addWorkingDays('2020-01-23', 5), after.addWorkingDays('2020-01-23', 5)); //=> 2020-02-05 2020-02-07
console.log(before.calendarCoverage().to); //=> 2020-12-31
// #endregion as-known-on

// #region holidays-of
import { holidaysOf } from 'yingshang/calendar';

const nationalDay = holidaysOf(2021).find((block) => block.key === 'national_day');
console.log(nationalDay.restDays.at(0), nationalDay.restDays.at(-1), nationalDay.makeupDays); //=> 2021-10-01 2021-10-07 [ '2021-09-26', '2021-10-09' ]
console.log(nationalDay.notice.title); //=> 国务院办公厅关于2021年部分节假日安排的通知
// #endregion holidays-of

// #region statutory
import { statutoryDaysOf } from 'yingshang/calendar';

// 法定节假日: the days 《全国年节及纪念日放假办法》 第二条 gives off, not the rest days a notice adds around them.
console.log(statutoryDaysOf(2025).length, statutoryDaysOf(2024).length); //=> 13 11
console.log(getDayInfo('2025-10-03').statutory, getDayInfo('2025-10-07').statutory); //=> true false
console.log(getDayInfo('2015-09-03').kind, getDayInfo('2015-09-03').statutory); //=> holiday false
// #endregion statutory

// #region list-days
import { listDays, listWorkingDays } from 'yingshang/calendar';

console.log(listDays('2021-10-07', '2021-10-09').map((d) => d.kind)); //=> [ 'holiday', 'workday', 'makeup_workday' ]
console.log(listWorkingDays('2021-09-30', '2021-10-10')); //=> [ '2021-09-30', '2021-10-08', '2021-10-09' ]
// #endregion list-days

// #region export
import { toHolidayRecords, toICS } from 'yingshang/calendar';

for (const record of toHolidayRecords({ from: '2021-10-06', to: '2021-10-09' })) {
  console.log(record.date, record.kind, record.name.zh, record.noticeDocNo);
}
//=> 2021-10-06 holiday 国庆节 国办发明电〔2020〕27号
//   2021-10-07 holiday 国庆节 国办发明电〔2020〕27号
//   2021-10-09 makeup_workday 国庆节 国办发明电〔2020〕27号
const feed = toICS({ from: '2021-09-26', to: '2021-10-09', locale: 'en' });
for (const line of feed.split('\r\n')) if (line.startsWith('SUMMARY')) console.log(line);
//=> SUMMARY;LANGUAGE=en:National Day: make-up working day
//   SUMMARY;LANGUAGE=en:National Day: days off
//   SUMMARY;LANGUAGE=en:National Day: make-up working day
// #endregion export
