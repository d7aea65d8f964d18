// Requires the built package by its own name, as a CommonJS user would.
const assert = require('node:assert/strict');
const root = require('yingshang');
const calendar = require('yingshang/calendar');

assert.equal(calendar.addWorkingDays('2021-09-29', 5), '2021-10-12');
assert.equal(root.countWorkingDays('2021-09-29', '2021-10-12'), 5);
assert.equal(calendar.addCalendarDays('2021-09-11', 20), '2021-10-08');
(async () => {
  // An error thrown by the CJS copy is recognised by the ESM copy's guard (and the other way round).
  const esm = await import('yingshang/calendar');
  let thrown;
  try {
    calendar.isWorkingDay('2027-01-04');
  } catch (error) {
    thrown = error;
  }
  assert.ok(esm.isYingshangError(thrown, 'CALENDAR_OUT_OF_RANGE'));
  console.log('CJS require of the built package: ok');
})();
