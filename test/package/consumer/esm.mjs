// An ESM consumer of the packed tarball: imports every subpath by name and calls it.
import assert from 'node:assert/strict';
import { isYingshangError } from 'yingshang';
import { addWorkingDays, getDayInfo } from 'yingshang/calendar';
import { getMeasure } from 'yingshang/measures';
import { evaluate, evaluateMany } from 'yingshang/rules';
import { checkProcurement } from 'yingshang/procurement';
import { checkConnection } from 'yingshang/utilities';
import { periodDeadlineSql } from 'yingshang/sql';

assert.equal(addWorkingDays('2021-09-29', 5), '2021-10-12');
assert.equal(getDayInfo('2021-10-09').kind, 'makeup_workday');
assert.equal(getMeasure(6).title, '压减接入时间');
assert.equal(evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' }).status, 'met');
assert.deepEqual([...evaluateMany('m15-payment', [{ start: '2021-09-29', end: '2021-10-12' }])].map((item) => item.ok && item.result.status), ['met']);
assert.equal(checkProcurement({ awardNoticeIssuedOn: '2021-09-08', contractSignedOn: '2021-09-28', contractAmount: '100.00', supplierIsSme: false }).status, 'met');
assert.equal(checkConnection({ utility: 'water', category: 'general', acceptedOn: '2021-09-28', completedOn: '2021-10-15' }).due, '2021-10-15');
assert.match(periodDeadlineSql('m15-payment', { dialect: 'duckdb' }), /r\.start_seq \+ 5 \+/);
try {
  getMeasure(54);
  assert.fail('expected an error');
} catch (error) {
  assert.ok(isYingshangError(error, 'UNKNOWN_MEASURE'));
}
console.log('esm consumer: ok');
