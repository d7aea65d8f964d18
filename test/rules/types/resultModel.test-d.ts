/**
 * One result model: every result the library returns, façades and batches included, has a `kind` and a `status` from
 * one union (`ResultStatus`), and the façades' results are typed so that a loop over them sees the real union.
 * Type-checked by `npm run test:types` (never run: the calls below need not succeed).
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  checkConnection,
  checkConnections,
  checkProcurement,
  checkProcurements,
  evaluateMany,
  explain,
  labelOf,
  type AnyRuleResult,
  type AverageResult,
  type ConnectionApplication,
  type DeadlineResult,
  type NotStartedResult,
  type OutOfRangeResult,
  type ProcurementCheck,
  type ResultStatus,
  type RuleKind,
  type ThresholdResult,
  type ZeroInvestmentCheck,
} from '../../../src/index.js';

declare const record: Parameters<typeof checkProcurement>[0];
declare const application: ConnectionApplication;

type ProcurementRuleResult = ProcurementCheck['results'][keyof ProcurementCheck['results']];

describe('one result model', () => {
  it('every result has a kind and a status of one union, out_of_range and not_started included', () => {
    expectTypeOf<AnyRuleResult['kind']>().toEqualTypeOf<RuleKind>();
    expectTypeOf<RuleKind>().toEqualTypeOf<'deadline' | 'threshold' | 'target' | 'average'>();
    expectTypeOf<'out_of_range'>().toExtend<ResultStatus>();
    expectTypeOf<'not_started'>().toExtend<ResultStatus>();
    expectTypeOf<OutOfRangeResult['kind']>().toEqualTypeOf<RuleKind>();
    expectTypeOf<NotStartedResult['kind']>().toEqualTypeOf<'deadline' | 'threshold'>();
    // The record checks have a kind too, which labelOf takes.
    expectTypeOf<ProcurementCheck['kind']>().toEqualTypeOf<'procurement'>();
    expectTypeOf<ZeroInvestmentCheck['kind']>().toEqualTypeOf<'threshold'>();
    expectTypeOf(labelOf).toBeCallableWith('met', 'zh', {} as ProcurementCheck['kind']);
    expectTypeOf(labelOf).toBeCallableWith('met', 'zh', {} as ZeroInvestmentCheck['kind']);
  });

  it('Object.values and Object.entries of ProcurementResults give the union of its results, not any', () => {
    const check = checkProcurement(record);
    const values = Object.values(check.results);
    expectTypeOf(values).toEqualTypeOf<ProcurementRuleResult[]>();
    expectTypeOf(values).not.toBeAny();
    expectTypeOf(Object.entries(check.results)).toEqualTypeOf<[string, ProcurementRuleResult][]>();
    for (const result of values) {
      expectTypeOf(result.kind).toEqualTypeOf<'deadline' | 'threshold'>();
      expectTypeOf(result.status).toEqualTypeOf<DeadlineResult['status'] | ThresholdResult['status'] | 'out_of_range'>();
      // Every one of them can be explained.
      expectTypeOf(explain).toBeCallableWith(result);
      if (result.status === 'out_of_range') expectTypeOf(result.years).toEqualTypeOf<readonly number[]>();
      if (result.status === 'not_started' && 'waitingFor' in result) expectTypeOf(result.waitingFor).toEqualTypeOf<keyof typeof record>();
    }
    expectTypeOf(check.results['m15-prepayment-ratio']).toEqualTypeOf<ThresholdResult | NotStartedResult<'m15-prepayment-ratio'>>();
  });

  it('a 10 kV application gives an average result, another category a deadline, an unknown one either', () => {
    const tenKv = checkConnection({ utility: 'electricity', category: '10kv_urban', acceptedOn: '2021-09-01', completedOn: '2021-10-19' });
    expectTypeOf(tenKv).toEqualTypeOf<AverageResult | OutOfRangeResult<'m06-water-connection' | 'm06-electricity-low-voltage' | 'm06-electricity-10kv-average' | 'm06-gas-non-residential' | 'm06-gas-new-residential-community' | 'm06-gas-residential-ignition' | 'm06-gas-total', 'average'>>();
    if (tenKv.status !== 'out_of_range') {
      expectTypeOf(tenKv.kind).toEqualTypeOf<'average'>();
      expectTypeOf(tenKv.mean).toEqualTypeOf<number | null>();
    }
    const water = checkConnection({ utility: 'water', category: 'general', acceptedOn: '2021-09-28' });
    if (water.status !== 'out_of_range') expectTypeOf(water).toEqualTypeOf<DeadlineResult>();
    const any = checkConnection(application);
    if (any.status !== 'out_of_range') expectTypeOf(any).toEqualTypeOf<DeadlineResult | AverageResult>();
    // `r.kind === 'average'` compiles for an application whose category is not known at compile time.
    if (any.kind === 'average' && any.status !== 'out_of_range') expectTypeOf(any).toEqualTypeOf<AverageResult>();
  });

  it('the three batches give items of one shape, with summary()', () => {
    for (const item of evaluateMany('m15-payment', [])) {
      expectTypeOf(item.index).toEqualTypeOf<number>();
      expectTypeOf(item.id).toEqualTypeOf<string | number | undefined>();
    }
    const procurement = checkProcurements([record], { id: 'contractNo' });
    for (const item of procurement) if (item.ok) expectTypeOf(item.result).toEqualTypeOf<ProcurementCheck>();
    expectTypeOf(procurement.summary().statuses.incomplete).toEqualTypeOf<number | undefined>();
    const connections = checkConnections([application]);
    for (const item of connections) if (item.ok) expectTypeOf(item.result.kind).toEqualTypeOf<'deadline' | 'average'>();
    expectTypeOf(connections.summary().electricity10kvAverage).toEqualTypeOf<AverageResult>();
    expectTypeOf(connections.summary().statuses.out_of_range).toEqualTypeOf<number | undefined>();
  });
});
