// Imports the built package by its own name, as an ESM user would (Node resolves the package's "exports").
import assert from 'node:assert/strict';
import * as root from 'yingshang';
import * as calendar from 'yingshang/calendar';

assert.equal(calendar.addWorkingDays('2021-09-29', 5), '2021-10-12');
assert.equal(root.isWorkingDay, calendar.isWorkingDay, 'the root re-exports the calendar functions');
assert.equal(calendar.getDayInfo('2021-10-09').kind, 'makeup_workday');
try {
  calendar.isWorkingDay('2021-02-29');
  assert.fail('expected an error');
} catch (error) {
  assert.ok(root.isYingshangError(error, 'INVALID_DATE'));
  assert.ok(error instanceof root.YingshangError, 'one error class across subpaths');
}
console.log('ESM import of the built package: ok');

// The per-module build that bundlers get (every condition but "node") answers the same.
const modules = await import('../../dist/modules/index.js');
assert.equal(modules.addWorkingDays('2021-09-29', 5), calendar.addWorkingDays('2021-09-29', 5));
assert.equal(modules.evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-13' }).status, 'missed');
assert.ok(root.isYingshangError((() => { try { modules.getMeasure(54); } catch (e) { return e; } })(), 'UNKNOWN_MEASURE'));
console.log('ESM per-module build: ok');
