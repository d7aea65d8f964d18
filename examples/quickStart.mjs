// The quick start of README.md and docs/*/getting-started.md, with the built package: every `//=>` comment is what
// the line prints (checked by test/built/examples.test.ts).
// #region readme
import { addCalendarDays, addWorkingDays, isWorkingDay } from 'yingshang/calendar';
import { evaluate, explain } from 'yingshang/rules';

console.log(isWorkingDay('2021-10-09')); //=> true
console.log(addWorkingDays('2021-09-29', 5)); //=> 2021-10-12
console.log(addCalendarDays('2021-09-11', 20)); //=> 2021-10-08

const result = evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-13' });
console.log(result.status, result.due, result.overBy); //=> missed 2021-10-12 1
console.log(explain(result, { locale: 'zh-CN' }));
// #endregion readme
console.log(explain(result, { locale: 'en' }));

// #region dates
// A Date is read as its civil date in Asia/Shanghai, whatever the host time zone:
// 17:00 UTC on 30 September is 01:00 on 1 October in Shanghai, a rest day (国庆节).
console.log(isWorkingDay(new Date('2021-09-30T17:00:00Z'))); //=> false
// #endregion dates

// #region errors
import { isYingshangError, safeEvaluate } from 'yingshang/rules';

try {
  addWorkingDays('2021-02-29', 1);
} catch (error) {
  if (!isYingshangError(error)) throw error;
  console.log(error.code); //=> INVALID_DATE
}

const checked = safeEvaluate('m15-payment', { start: '2021-09-29', end: 'soon' });
console.log(checked.success, checked.success ? checked.data.status : checked.error.code); //=> false INVALID_FACTS
// #endregion errors
