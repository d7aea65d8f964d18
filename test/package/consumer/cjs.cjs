// A CommonJS consumer of the packed tarball: requires every subpath by name and calls it.
const assert = require('node:assert/strict');
const { isYingshangError } = require('yingshang');
const { countWorkingDays } = require('yingshang/calendar');
const { listMeasures } = require('yingshang/measures');
const { getRule } = require('yingshang/rules');

assert.equal(countWorkingDays('2021-09-29', '2021-10-12'), 5);
assert.ok(listMeasures({ topic: 'procurement' }).length > 0);
assert.equal(getRule('m13-contract-signing').measure, 13);
try {
  getRule('m99-nothing');
  assert.fail('expected an error');
} catch (error) {
  assert.ok(isYingshangError(error, 'UNKNOWN_RULE'));
}
console.log('cjs consumer: ok');
