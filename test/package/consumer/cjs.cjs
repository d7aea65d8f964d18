// A CommonJS consumer of the packed tarball: requires every subpath by name and calls it.
const assert = require('node:assert/strict');
const { isYingshangError } = require('yingshang');
const { countWorkingDays } = require('yingshang/calendar');
const { listMeasures } = require('yingshang/measures');
const { getRule } = require('yingshang/rules');
const { PROCUREMENT_RULE_IDS } = require('yingshang/procurement');
const { checkZeroInvestment } = require('yingshang/utilities');
const { dayTableSql } = require('yingshang/sql');

assert.equal(countWorkingDays('2021-09-29', '2021-10-12'), 5);
assert.ok(listMeasures({ topic: 'procurement' }).length > 0);
assert.equal(getRule('m13-contract-signing').measure, 13);
assert.equal(PROCUREMENT_RULE_IDS.length, 4);
assert.equal(checkZeroInvestment({ withinUrbanConstructionLand: true, customerCost: '0', capacityKva: '100', enterpriseSize: 'micro', customerInvestment: '0' }).status, 'met');
assert.match(dayTableSql(undefined, { dialect: 'postgres', from: '2021-10-09', to: '2021-10-09' }), /CREATE TABLE yingshang_days/);
try {
  getRule('m99-nothing');
  assert.fail('expected an error');
} catch (error) {
  assert.ok(isYingshangError(error, 'UNKNOWN_RULE'));
}
console.log('cjs consumer: ok');
