// Evaluating many records fast and in constant memory, with the built package: the code of docs/en/performance.md and
// docs/zh-CN/performance.md. Every `//=>` comment is what the line prints.
// #region batch
import { createResultSummary, evaluateMany } from 'yingshang/rules';

// Any iterable works, a generator included: records are pulled one at a time and never held.
function* invoices() {
  for (let day = 1; day <= 30; day++) {
    const start = `2021-09-${String(day).padStart(2, '0')}`;
    yield { start, asOf: '2021-10-12' };
  }
}

const summary = createResultSummary();
for (const item of evaluateMany('m15-payment', invoices(), { trace: false })) summary.add(item);
const { count, statuses } = summary.result();
console.log(count, statuses); //=> 30 { pending: 2, overdue: 28 }
// #endregion batch

// #region calendar-once
import { createCalendar } from 'yingshang/calendar';
import { evaluate } from 'yingshang/rules';

// Build a calendar once (it decodes its notices into typed arrays) and pass it to every call.
const asKnown = createCalendar({ asKnownOn: '2021-09-30' });
for (const start of ['2021-09-29', '2021-09-30']) {
  console.log(evaluate('m15-payment', { start, asOf: '2021-10-08' }, { calendar: asKnown, trace: false }).due);
}
//=> 2021-10-12
//   2021-10-13
// #endregion calendar-once
