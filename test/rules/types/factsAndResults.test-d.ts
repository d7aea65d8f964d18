/**
 * A rule given by its id (or a definition of literal type) types its facts and its result: a wrong fact name, a missing
 * required fact or a wrong fact type fails to compile, and so does a field of another kind's result.
 * Type-checked by `npm run test:types` (never run: the calls below need not succeed).
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  defineRule,
  evaluate,
  evaluateMany,
  safeEvaluate,
  type AverageFacts,
  type AverageResult,
  type DeadlineFacts,
  type DeadlineResult,
  type FactsOfId,
  type FactsOfRule,
  type FixedDateFacts,
  type OutOfRangeResult,
  type ResultOfId,
  type RuleDefinition,
  type TargetFacts,
  type TargetResult,
  type ThresholdResult,
} from '../../../src/index.js';

declare const anything: unknown;

describe('facts are typed per rule', () => {
  it('a period deadline takes DeadlineFacts', () => {
    expectTypeOf<FactsOfId<'m15-payment'>>().toEqualTypeOf<DeadlineFacts>();
    evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12', pauses: [{ from: '2021-10-08', to: '2021-10-08' }] });
    evaluate('m15-payment', { start: new Date(), asOf: '2021-10-12' });
    // @ts-expect-error a wrong fact name: `finish` is not a fact of a deadline
    evaluate('m15-payment', { start: '2021-09-29', finish: '2021-10-12' });
    // @ts-expect-error a missing fact: `start` is required
    evaluate('m15-payment', { end: '2021-10-12' });
    // @ts-expect-error a wrong fact type: a day is a 'YYYY-MM-DD' string or a Date
    evaluate('m15-payment', { start: 20210929 });
    // An open pause: no `to` yet.
    evaluate('m15-payment', { start: '2021-09-29', pauses: [{ from: '2021-10-08' }, { from: '2021-10-11', to: null }] });
    // @ts-expect-error a wrong fact type inside a pause
    evaluate('m15-payment', { start: '2021-09-29', pauses: [{ from: 20211008 }] });
  });

  it('a fixed-date deadline takes FixedDateFacts, which have no start', () => {
    expectTypeOf<FactsOfId<'m24-chuanyu-same-standard'>>().toEqualTypeOf<FixedDateFacts>();
    evaluate('m24-chuanyu-same-standard', { end: '2021-11-01' });
    // @ts-expect-error a wrong fact name: a fixed date has no `start`
    evaluate('m24-chuanyu-same-standard', { start: '2021-09-29', end: '2021-11-01' });
  });

  it('a threshold takes one fact per input, each of its input type', () => {
    expectTypeOf<FactsOfId<'m15-prepayment-ratio'>>().toEqualTypeOf<{
      readonly contractAmount: string | number;
      readonly prepaymentAmount: string | number;
      readonly supplierIsSme: boolean;
    }>();
    evaluate('m15-prepayment-ratio', { contractAmount: '1000000.00', prepaymentAmount: 300000, supplierIsSme: true });
    // @ts-expect-error a wrong fact name: the input is `supplierIsSme`
    evaluate('m15-prepayment-ratio', { contractAmount: '1000000.00', prepaymentAmount: '300000.00', supplierIsSme: true, isSme: true });
    // @ts-expect-error a missing fact: every input is required
    evaluate('m15-prepayment-ratio', { contractAmount: '1000000.00', prepaymentAmount: '300000.00' });
    // @ts-expect-error a wrong fact type: a boolean input takes true or false
    evaluate('m15-prepayment-ratio', { contractAmount: '1000000.00', prepaymentAmount: '300000.00', supplierIsSme: 'yes' });
    // @ts-expect-error a wrong fact type: an enum input takes one of its values
    evaluate('m07-electricity-zero-investment', { capacityKva: '160', enterpriseSize: 'huge', customerInvestment: '0.00' });
  });

  it('a target takes TargetFacts and an average AverageFacts', () => {
    expectTypeOf<FactsOfId<'m22-intermediary-purchasers'>>().toEqualTypeOf<TargetFacts>();
    expectTypeOf<FactsOfId<'m06-electricity-10kv-average'>>().toEqualTypeOf<AverageFacts>();
    // @ts-expect-error a wrong fact type: a count is a number
    evaluate('m22-intermediary-purchasers', { value: '150', asOf: '2021-10-31' });
    // @ts-expect-error a missing fact: an average needs its cases
    evaluate('m06-electricity-10kv-average', {});
  });

  it('in safeEvaluate as in evaluate', () => {
    // @ts-expect-error a wrong fact name
    safeEvaluate('m15-payment', { start: '2021-09-29', finish: '2021-10-12' });
    // @ts-expect-error a missing fact
    safeEvaluate('m15-payment', {});
  });

  it('for a custom rule from defineRule, from its own definition', () => {
    const rule = defineRule({
      id: 'district-ratio',
      kind: 'threshold',
      name: { zh: '比例', en: 'ratio' },
      description: { zh: '不少于一半', en: 'at least half' },
      inputs: {
        part: { type: 'decimal', label: { zh: '部分', en: 'part' }, unit: { zh: '元', en: 'yuan' }, decimals: 2 },
        whole: { type: 'decimal', label: { zh: '全部', en: 'whole' }, unit: { zh: '元', en: 'yuan' }, decimals: 2 },
      },
      subject: { label: { zh: '比例', en: 'the ratio' }, numerator: 'part', denominator: 'whole' },
      comparison: 'at_least',
      limits: [{ value: '0.5' }],
    });
    expectTypeOf(evaluate(rule, { part: 1, whole: '2' })).toEqualTypeOf<ThresholdResult>();
    // @ts-expect-error a wrong fact name: the inputs are `part` and `whole`
    evaluate(rule, { part: 1, total: 2 });
  });

  it('and are unknown, checked at run time, for a rule known only at run time', () => {
    expectTypeOf<FactsOfRule<RuleDefinition>>().toBeUnknown();
    expectTypeOf<FactsOfRule<'m15-payment' | 'm13-contract-signing'>>().toBeUnknown();
    const rule: RuleDefinition = defineRule(anything);
    evaluate(rule, anything);
  });
});

describe('results are typed per kind', () => {
  it('evaluate gives the result of the rule kind, with its own status values', () => {
    const deadline = evaluate('m15-payment', { start: '2021-09-29' });
    expectTypeOf(deadline).toEqualTypeOf<DeadlineResult>();
    expectTypeOf(deadline.status).toEqualTypeOf<'met' | 'missed' | 'pending' | 'overdue' | 'not_started'>();
    expectTypeOf(deadline.due).toEqualTypeOf<string>();

    const threshold = evaluate('m15-prepayment-ratio', { contractAmount: '100.00', prepaymentAmount: '30.00', supplierIsSme: false });
    expectTypeOf(threshold).toEqualTypeOf<ThresholdResult>();
    expectTypeOf(threshold.status).toEqualTypeOf<'met' | 'not_met' | 'not_applicable'>();
    // A field of another kind: a threshold has no due date.
    expectTypeOf(threshold).not.toHaveProperty('due');
    // @ts-expect-error a status of another kind: a threshold is never 'missed'
    expectTypeOf(threshold.status).toEqualTypeOf<'met' | 'not_met' | 'not_applicable' | 'missed'>();

    const target = evaluate('m22-intermediary-purchasers', { value: 150, asOf: '2021-10-31' });
    expectTypeOf(target).toEqualTypeOf<TargetResult>();
    expectTypeOf(target.status).toEqualTypeOf<'achieved' | 'on_track' | 'behind' | 'missed'>();
    // A field of another kind: a target has no elapsed days.
    expectTypeOf(target).not.toHaveProperty('elapsed');

    const average = evaluate('m06-electricity-10kv-average', { cases: [] });
    expectTypeOf(average).toEqualTypeOf<AverageResult>();
    expectTypeOf(average.status).toEqualTypeOf<'met' | 'not_met' | 'no_data'>();
    // A field of another kind: an average has no progress.
    expectTypeOf(average).not.toHaveProperty('progress');
    expectTypeOf<ResultOfId<'m24-chuanyu-same-standard'>>().toEqualTypeOf<DeadlineResult>();
  });

  it('safeEvaluate and evaluateMany carry the same result type', () => {
    const outcome = safeEvaluate('m15-prepayment-ratio', { contractAmount: '100.00', prepaymentAmount: '30.00', supplierIsSme: false });
    if (outcome.success) expectTypeOf(outcome.data).toEqualTypeOf<ThresholdResult>();
    for (const item of evaluateMany('m15-payment', [anything])) {
      // A batch item's result may be out_of_range (a year without a notice), of the rule's kind.
      if (item.ok) expectTypeOf(item.result).toEqualTypeOf<DeadlineResult | OutOfRangeResult<string, 'deadline'>>();
      if (item.ok && item.result.status !== 'out_of_range') expectTypeOf(item.result).toEqualTypeOf<DeadlineResult>();
    }
  });
});
