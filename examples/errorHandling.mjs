// Every error the library throws, with its stable code, with the built package: the code of docs/en/errors.md and
// docs/zh-CN/errors.md. Every `//=>` comment is what the line prints.
// #region codes
import { addWorkingDays, createCalendar, defineRule, evaluate, getDepartment, getMeasure, holidaysOf, isYingshangError, parseNotice } from 'yingshang';

const attempts = [
  () => addWorkingDays('2021-02-29', 5), // no such day
  () => addWorkingDays('2026-12-28', 5), // needs 2027
  () => createCalendar({ schedules: [{ year: 2027 }] }), // not the seed shape
  () => parseNotice('一、元旦：1月1日至3日放假，共3天。1月5日上班。', { year: 2027 }), // not a notice's full text
  () => holidaysOf(2021.5), // not a year
  () => getMeasure(54), // the plan has 53 measures
  () => getDepartment('区市场局'), // not a department of the plan
  () => evaluate('m99-unknown', {}), // no such rule (in TypeScript, a compile error; see isBuiltInRuleId)
  () => defineRule({ id: 'x', kind: 'deadline' }), // not a rule definition
  () => evaluate('m15-payment', { start: '2021-09-29', end: '10/13/2021' }), // facts that do not fit the rule
];
for (const attempt of attempts) {
  try {
    attempt();
  } catch (error) {
    if (!isYingshangError(error)) throw error; // never happens: only the library's own errors escape
    console.log(error.name, error.code);
  }
}
//=> InvalidDateError INVALID_DATE
//   CalendarOutOfRangeError CALENDAR_OUT_OF_RANGE
//   InvalidScheduleError INVALID_SCHEDULE
//   InvalidNoticeError INVALID_NOTICE
//   InvalidArgumentError INVALID_ARGUMENT
//   UnknownMeasureError UNKNOWN_MEASURE
//   UnknownDepartmentError UNKNOWN_DEPARTMENT
//   UnknownRuleError UNKNOWN_RULE
//   InvalidRuleError INVALID_RULE
//   InvalidFactsError INVALID_FACTS
// #endregion codes

// #region message
try {
  addWorkingDays('2026-12-28', 5);
} catch (error) {
  console.log(error.message);
  console.log(error.details);
}
// #endregion message

// #region values
// A missed deadline is a value, not an exception; so is a bad item of a batch.
import { evaluateMany, safeEvaluate } from 'yingshang';

console.log(evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-13' }).status); //=> missed
const safe = safeEvaluate('m15-payment', { start: '2021-09-29', end: '10/13/2021' });
console.log(safe.success, safe.error.code); //=> false INVALID_FACTS
const items = [...evaluateMany('m15-payment', [{ start: '2021-09-29', end: '2021-10-12' }, { start: 'yesterday' }])];
console.log(items.map((item) => (item.ok ? item.result.status : item.error.code))); //=> [ 'met', 'INVALID_FACTS' ]
// #endregion values
