import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/rules/index.js';
import { checkConnection, checkConnections, CONNECTION_PAIRS, CONNECTION_RULES, connectionRuleIdOf, type ConnectionApplication, type SchemaIssue } from '../../src/utilities/index.js';
import { untyped } from '../fixtures/untyped.js';

const PAUSES = [{ from: '2021-10-11', to: '2021-10-12', reason: '客户原因' }];

/** Every utility/category pair with its rule. */
const PAIRS = Object.entries(CONNECTION_RULES).flatMap(([utility, categories]) => Object.entries(categories).map(([category, ruleId]) => ({ utility, category, ruleId })));

function errorOf(application: unknown): { readonly message: string; readonly details: { readonly issues: readonly SchemaIssue[]; readonly validPairs: readonly string[] } } {
  try {
    checkConnection(application as ConnectionApplication);
  } catch (error) {
    expect(error).toMatchObject({ code: 'INVALID_FACTS' });
    return untyped(error);
  }
  throw new Error('expected INVALID_FACTS');
}

describe('checkConnection', () => {
  it('gives for each deadline pair exactly what its rule gives on the application’s dates', () => {
    for (const { utility, category, ruleId } of PAIRS.filter((p) => p.category !== '10kv_urban')) {
      for (const dates of [
        { acceptedOn: '2021-09-28', completedOn: '2021-10-13', pauses: PAUSES },
        { acceptedOn: '2021-09-28', asOf: '2021-10-20' },
        { acceptedOn: '2021-09-28', completedOn: '2021-09-29' },
      ]) {
        const { acceptedOn: start, completedOn: end, asOf, pauses } = dates as { acceptedOn: string; completedOn?: string; asOf?: string; pauses?: typeof PAUSES };
        const facts = { start, ...(end === undefined ? {} : { end }), ...(asOf === undefined ? {} : { asOf }), ...(pauses === undefined ? {} : { pauses }) };
        expect(checkConnection({ utility, category, ...dates } as ConnectionApplication)).toEqual(evaluate(ruleId, facts));
      }
    }
  });

  it('covers every pair of the issue: water general, electricity low-voltage and 10 kV, and four gas categories', () => {
    expect(CONNECTION_PAIRS).toEqual([
      'water/general',
      'electricity/low_voltage_micro',
      'electricity/10kv_urban',
      'gas/non_residential',
      'gas/new_residential_community',
      'gas/residential_ignition',
      'gas/total',
    ]);
    expect(connectionRuleIdOf({ utility: 'gas', category: 'total' })).toBe('m06-gas-total');
    for (const junk of [null, 'water', { utility: 'water' }, { utility: 'toString', category: 'x' }, { utility: 'water', category: 'toString' }]) expect(connectionRuleIdOf(junk)).toBeUndefined();
  });

  it('judges a completed 10 kV application as the average rule over its one case, and an open one as no_data', () => {
    const done = checkConnection({ utility: 'electricity', category: '10kv_urban', acceptedOn: '2021-09-01', completedOn: '2021-10-19', pauses: PAUSES });
    expect(done).toEqual(evaluate('m06-electricity-10kv-average', { cases: [{ start: '2021-09-01', end: '2021-10-19', pauses: PAUSES }] }));
    expect(done).toMatchObject({ status: 'met', count: 1, mean: 28 });
    const open = checkConnection({ utility: 'electricity', category: '10kv_urban', acceptedOn: '2021-09-01', asOf: '2021-10-19' });
    expect(open).toEqual(evaluate('m06-electricity-10kv-average', { cases: [] }));
    expect(open.status).toBe('no_data');
  });

  it('rejects an unknown pair, listing the valid pairs in the message and in details', () => {
    const wrongCategory = errorOf({ utility: 'water', category: 'residential_ignition', acceptedOn: '2021-09-28' });
    expect(wrongCategory.details.issues.map((i) => i.path)).toEqual([['category']]);
    expect(wrongCategory.message).toContain('"residential_ignition" is not a category of water; valid pairs (utility/category): water/general, electricity/low_voltage_micro');
    expect(wrongCategory.details.validPairs).toEqual(CONNECTION_PAIRS);
    const wrongUtility = errorOf({ utility: 'heat', category: 'general', acceptedOn: '2021-09-28' });
    expect(wrongUtility.details.issues.map((i) => i.path)).toEqual([['utility']]);
    expect(wrongUtility.message).toContain('"heat" is not a utility; valid pairs');
  });

  it('reports every other problem at its application path, in the application’s words', () => {
    expect(errorOf({ utility: 'gas', category: 'total', acceptedOn: '2021-13-01', pauses: [{ from: '2021-10-02', to: '2021-10-01' }], note: 'x' }).details.issues.map((i) => i.path.join('.'))).toEqual([
      'acceptedOn',
      'pauses.0.from',
      'note',
    ]);
    expect(errorOf({ utility: 'water', category: 'general', acceptedOn: '2021-09-28', completedOn: '2021-09-27' }).details.issues).toEqual([
      { path: ['completedOn'], message: 'must not be before `acceptedOn`: 2021-09-27 is before 2021-09-28', code: 'custom', params: { reason: 'before', field: 'acceptedOn', value: '2021-09-27', otherValue: '2021-09-28' } },
    ]);
    expect(errorOf({ utility: 'electricity', category: '10kv_urban', acceptedOn: '2021-09-28', completedOn: '2021-09-27' }).details.issues).toEqual([
      { path: ['completedOn'], message: 'must not be before `acceptedOn`: 2021-09-27 is before 2021-09-28', code: 'custom', params: { reason: 'before', field: 'acceptedOn', value: '2021-09-27', otherValue: '2021-09-28' } },
    ]);
  });

  it('passes the options to evaluate and throws for bad ones', () => {
    const application = { utility: 'water', category: 'general', acceptedOn: '2021-09-28', completedOn: '2021-10-13' } as const;
    expect(checkConnection(application, { trace: false })).toEqual(evaluate('m06-water-connection', { start: '2021-09-28', end: '2021-10-13' }, { trace: false }));
    expect(() => checkConnection(application, untyped({ calendar: {} }))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('types the result by category: a deadline for water, an average for 10 kV (once out_of_range is ruled out)', () => {
    const water = checkConnection({ utility: 'water', category: 'general', acceptedOn: '2021-09-28', asOf: '2021-10-08' });
    const tenKv = checkConnection({ utility: 'electricity', category: '10kv_urban', acceptedOn: '2021-09-01', completedOn: '2021-10-19' });
    if (water.status === 'out_of_range' || tenKv.status === 'out_of_range') throw new Error('expected judged results');
    const due: string = water.due;
    const mean: number | null = tenKv.mean;
    expect([due, mean]).toEqual(['2021-10-15', 30]);
  });

  it('gives out_of_range, where evaluate throws, when the answer needs a year without a notice', () => {
    const application = { utility: 'water', category: 'general', acceptedOn: '2026-12-25', asOf: '2026-12-28' } as const;
    // 9 working days from 2026-12-25 run past 2026-12-31.
    expect(() => evaluate('m06-water-connection', { start: '2026-12-25', asOf: '2026-12-28' })).toThrow(expect.objectContaining({ code: 'CALENDAR_OUT_OF_RANGE' }));
    expect(checkConnection(application)).toMatchObject({ ruleId: 'm06-water-connection', kind: 'deadline', status: 'out_of_range', code: 'CALENDAR_OUT_OF_RANGE', years: [2027] });
    // In a batch it is a result too, counted by status: nothing the record contains is an error.
    const batch = checkConnections([application, { utility: 'water', category: 'general', acceptedOn: '2021-09-28', completedOn: '2021-10-15' }]);
    const items = [...batch];
    expect(items[0]).toMatchObject({ ok: true, result: { status: 'out_of_range', kind: 'deadline', years: [2027] } });
    expect(items[1]).toMatchObject({ ok: true, result: { status: 'met' } });
    expect(batch.summary()).toMatchObject({ count: 2, evaluated: 2, failed: 0, statuses: { met: 1, out_of_range: 1 }, errors: {} });
  });
});
