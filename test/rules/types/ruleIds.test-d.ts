/**
 * Rule ids are typed: the five functions that take a rule accept a built-in id literal or a definition, and a misspelt
 * id or a plain `string` fails to compile. A string known only at run time goes through `isBuiltInRuleId` or `getRule`.
 * Type-checked by `npm run test:types` (never run: the calls below need not succeed).
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  defineRule,
  evaluate,
  evaluateMany,
  explain,
  getRule,
  isBuiltInRuleId,
  safeEvaluate,
  type BuiltInRule,
  type BuiltInRuleId,
  type DeadlineResult,
  type RuleDefinition,
  type RuleResult,
} from '../../../src/index.js';

declare const fromCommandLine: string;
declare const anything: unknown;
declare const result: DeadlineResult;
const FACTS = { start: '2021-09-29', end: '2021-10-12' } as const;

describe('a misspelt id fails to compile', () => {
  it('in evaluate, safeEvaluate, evaluateMany, getRule and explain', () => {
    evaluate('m15-payment', FACTS);
    // @ts-expect-error 'm15-paymnet' is not a built-in rule id
    evaluate('m15-paymnet', FACTS);
    safeEvaluate('m15-payment', FACTS);
    // @ts-expect-error 'm15-paymnet' is not a built-in rule id
    safeEvaluate('m15-paymnet', FACTS);
    evaluateMany('m15-payment', [FACTS]);
    // @ts-expect-error 'm15-paymnet' is not a built-in rule id
    evaluateMany('m15-paymnet', [FACTS]);
    getRule('m15-payment');
    // @ts-expect-error 'm15-paymnet' is not a built-in rule id
    getRule('m15-paymnet');
    explain(result, { rule: 'm15-payment' });
    // @ts-expect-error 'm15-paymnet' is not a built-in rule id
    explain(result, { rule: 'm15-paymnet' });
  });

  it('whatever the case or spacing', () => {
    // @ts-expect-error ids are lower case
    evaluate('M15-PAYMENT', FACTS);
    // @ts-expect-error no surrounding spaces
    getRule(' m15-payment');
  });

  it('says so through the parameter types', () => {
    expectTypeOf<'m15-paymnet'>().not.toExtend<Parameters<typeof evaluate>[0]>();
    expectTypeOf<'m15-paymnet'>().not.toExtend<Parameters<typeof safeEvaluate>[0]>();
    expectTypeOf<'m15-paymnet'>().not.toExtend<Parameters<typeof evaluateMany>[0]>();
    expectTypeOf<'m15-paymnet'>().not.toExtend<NonNullable<NonNullable<Parameters<typeof explain>[1]>['rule']>>();
    expectTypeOf<'m15-payment'>().toExtend<Parameters<typeof evaluate>[0]>();
  });
});

describe('a string known only at run time needs an explicit path', () => {
  it('is refused as it is by evaluate, safeEvaluate, evaluateMany and explain', () => {
    // @ts-expect-error a `string` is not a BuiltInRuleId
    evaluate(fromCommandLine, FACTS);
    // @ts-expect-error a `string` is not a BuiltInRuleId
    safeEvaluate(fromCommandLine, FACTS);
    // @ts-expect-error a `string` is not a BuiltInRuleId
    evaluateMany(fromCommandLine, [FACTS]);
    // @ts-expect-error a `string` is not a BuiltInRuleId
    explain(result, { rule: fromCommandLine });
  });

  it('goes through isBuiltInRuleId, which narrows a string or any value to BuiltInRuleId', () => {
    expectTypeOf(isBuiltInRuleId).guards.toEqualTypeOf<BuiltInRuleId>();
    if (isBuiltInRuleId(fromCommandLine)) {
      expectTypeOf(fromCommandLine).toEqualTypeOf<BuiltInRuleId>();
      // The rule is one of many: its facts are checked at run time, its result is any kind's.
      expectTypeOf(evaluate(fromCommandLine, anything)).toEqualTypeOf<RuleResult>();
      safeEvaluate(fromCommandLine, anything);
      evaluateMany(fromCommandLine, [anything]);
      explain(result, { rule: fromCommandLine });
    } else {
      expectTypeOf(fromCommandLine).toEqualTypeOf<string>();
    }
    if (isBuiltInRuleId(anything)) expectTypeOf(anything).toEqualTypeOf<BuiltInRuleId>();
  });

  it('or through getRule(s), which takes a string and gives a built-in rule', () => {
    expectTypeOf(getRule(fromCommandLine)).toEqualTypeOf<BuiltInRule>();
    const rule = getRule(fromCommandLine);
    expectTypeOf(evaluate(rule, anything)).toEqualTypeOf<RuleResult>();
    safeEvaluate(rule, anything);
    evaluateMany(rule, [anything]);
    explain(result, { rule });
  });

  it('while a literal id keeps its own rule type', () => {
    expectTypeOf(getRule('m15-payment').id).toEqualTypeOf<'m15-payment'>();
    expectTypeOf(getRule('m15-payment').kind).toEqualTypeOf<'deadline'>();
    // @ts-expect-error a number is not an id
    getRule(15);
  });
});

describe('a rule definition is accepted wherever an id is', () => {
  it('from defineRule, from getRule, or any RuleDefinition', () => {
    const custom = defineRule({ ...getRule('m15-payment'), id: 'district-payment', limit: { amount: 7, unit: 'working_days' } });
    expectTypeOf(evaluate(custom, FACTS)).toEqualTypeOf<DeadlineResult>();
    expectTypeOf(evaluate(getRule('m15-payment'), FACTS)).toEqualTypeOf<DeadlineResult>();
    safeEvaluate(custom, FACTS);
    evaluateMany(custom, [FACTS]);
    explain(result, { rule: custom });
    const loaded: RuleDefinition = defineRule(anything);
    expectTypeOf(evaluate(loaded, anything)).toEqualTypeOf<RuleResult>();
  });

  it('but not anything else', () => {
    // @ts-expect-error a number is not a rule
    evaluate(15, FACTS);
    // @ts-expect-error an object that is not a definition
    evaluate({ id: 'x' }, FACTS);
  });
});
