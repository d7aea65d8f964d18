// An ESM consumer of the packed tarball: imports every subpath by name and calls it.
import assert from 'node:assert/strict';
import { isYingshangError } from 'yingshang';
import { addWorkingDays, getDayInfo } from 'yingshang/calendar';
import { getMeasure } from 'yingshang/measures';
import { evaluate } from 'yingshang/rules';

assert.equal(addWorkingDays('2021-09-29', 5), '2021-10-12');
assert.equal(getDayInfo('2021-10-09').kind, 'makeup_workday');
assert.equal(getMeasure(6).title, '压减接入时间');
assert.equal(evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' }).status, 'met');
try {
  getMeasure(54);
  assert.fail('expected an error');
} catch (error) {
  assert.ok(isYingshangError(error, 'UNKNOWN_MEASURE'));
}
console.log('esm consumer: ok');
