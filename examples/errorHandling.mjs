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

// #region safe
// Each entry point for user data has a safe twin: the same arguments, and { success, data } or { success, error }
// (zod's shape) instead of a throw.
import { safeCheckProcurement, safeParseDate } from 'yingshang';

console.log(safeParseDate('2021年10月8日')); //=> { success: true, data: '2021-10-08' }
const checked = safeCheckProcurement({ awardNoticeIssuedOn: 'next week', contractAmount: '100.00', prepaymentAmount: '30.00', supplierIsSme: false });
console.log(checked.success ? checked.data.status : checked.error.code); //=> INVALID_FACTS
// #endregion safe

// #region chinese
// The message for the person who filled in the facts, in Chinese or English, from the error's code and details:
// formatError. error.message stays English, for logs and developers.
import { formatError } from 'yingshang';

try {
  evaluate('m06-water-connection', { start: '2021-02-01', pauses: [{ from: '2021-02-10', to: '2021-02-05' }] });
} catch (error) {
  console.log(formatError(error, 'zh')); //=> 「获得用水（一般项目用户）」的数据有误：中止计时期间第1项的起始日：不能晚于结束日（2021-02-10晚于2021-02-05）。
  console.log(formatError(error, 'en')); //=> The facts of “Water connection (general project users)”: first day of pause 1: must not be after the last day (2021-02-10 is after 2021-02-05).
  console.log(error.message); //=> Invalid facts for rule 'm06-water-connection': pauses.0.from: must not be after `to`: 2021-02-10 is after 2021-02-05.
}
try {
  addWorkingDays('2026-12-28', 5);
} catch (error) {
  console.log(formatError(error)); //=> 计算所需的日期超出了日历的范围：日历有2004-01-01至2026-12-31的官方数据，没有2027年的放假安排。补充该年的国务院办公厅放假通知，或按《全国年节及纪念日放假办法》推算（推算结果以正式通知为准）后再试。
}
// #endregion chinese
