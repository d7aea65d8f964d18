/**
 * Each result type is derived from its schema (`z.output`, made deeply `readonly`), and stays what users were given
 * when the types were written by hand: the optional fields optional (left out, never `undefined`), the literal
 * unions literal, everything `readonly`. Type-checked by `npm run test:types`.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type {
  AverageResult,
  DeadlineLimit,
  DeadlineResult,
  DeadlineTraceStep,
  NextNoticeWarning,
  NotStartedResult,
  OutOfRangeResult,
  PauseAfterDueWarning,
  ProvisionalCalendarWarning,
  RuleWarning,
  TargetResult,
  ThresholdResult,
  ThresholdTraceStep,
} from '../../../src/rules/index.js';
import type { HolidayRef, NoticeRef } from '../../../src/calendar/index.js';
import type { AverageResultSchema } from '../../../src/rules/average/resultSchema.js';
import type { DeadlineResultSchema } from '../../../src/rules/deadline/resultSchema.js';
import type { ReadonlyOutput } from '../../../src/rules/schema/readonlyOutput.js';
import type { TargetResultSchema } from '../../../src/rules/target/resultSchema.js';
import type { ThresholdResultSchema } from '../../../src/rules/threshold/resultSchema.js';

/** The keys of `T` that may be left out. */
type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];

describe('a result type is its schema', () => {
  it('derives each result type from its schema', () => {
    expectTypeOf<DeadlineResult>().toEqualTypeOf<ReadonlyOutput<typeof DeadlineResultSchema>>();
    expectTypeOf<ThresholdResult>().toEqualTypeOf<ReadonlyOutput<typeof ThresholdResultSchema>>();
    expectTypeOf<TargetResult>().toEqualTypeOf<ReadonlyOutput<typeof TargetResultSchema>>();
    expectTypeOf<AverageResult>().toEqualTypeOf<ReadonlyOutput<typeof AverageResultSchema>>();
    // What the schema checks is what the type says: the same fields.
    expectTypeOf<keyof DeadlineResult>().toEqualTypeOf<keyof z.output<typeof DeadlineResultSchema>>();
    expectTypeOf<keyof AverageResult>().toEqualTypeOf<keyof z.output<typeof AverageResultSchema>>();
  });

  it('keeps a deadline result’s optional fields optional, and its literal unions literal', () => {
    expectTypeOf<OptionalKeys<DeadlineResult>>().toEqualTypeOf<
      'limit' | 'elapsed' | 'remaining' | 'overBy' | 'overByIsLowerBound' | 'start' | 'end' | 'asOf' | 'provisional' | 'warnings' | 'asKnownOn'
    >();
    expectTypeOf<DeadlineResult['kind']>().toEqualTypeOf<'deadline'>();
    expectTypeOf<DeadlineResult['status']>().toEqualTypeOf<'met' | 'missed' | 'pending' | 'overdue' | 'not_started'>();
    expectTypeOf<DeadlineLimit>().toEqualTypeOf<{ readonly amount: number; readonly unit: 'working_days' | 'calendar_days' }>();
    expectTypeOf<NonNullable<DeadlineResult['provisional']>>().toEqualTypeOf<true>();
    expectTypeOf<DeadlineTraceStep['type']>().toEqualTypeOf<'start' | 'holiday' | 'makeup_workday' | 'pause' | 'roll' | 'due' | 'end' | 'as_of'>();
    expectTypeOf<Extract<DeadlineTraceStep, { type: 'holiday' }>['holiday']>().toEqualTypeOf<HolidayRef>();
    expectTypeOf<Extract<DeadlineTraceStep, { type: 'roll' }>['notice']>().toEqualTypeOf<NoticeRef | undefined>();
    expectTypeOf<OptionalKeys<Extract<DeadlineTraceStep, { type: 'pause' }>>>().toEqualTypeOf<'open' | 'ignored'>();
  });

  it('leaves an optional field out rather than `undefined` (exactOptionalPropertyTypes)', () => {
    const result = {} as DeadlineResult;
    // @ts-expect-error an optional field is left out, never present as `undefined`
    const withUndefined: DeadlineResult = { ...result, overBy: undefined };
    expectTypeOf(withUndefined).toEqualTypeOf<DeadlineResult>();
  });

  it('is readonly all the way down, as the frozen results are', () => {
    expectTypeOf<DeadlineResult['trace']>().toEqualTypeOf<readonly DeadlineTraceStep[]>();
    expectTypeOf<NonNullable<DeadlineResult['warnings']>>().toEqualTypeOf<readonly RuleWarning[]>();
    expectTypeOf<PauseAfterDueWarning['pause']['reasons']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<Extract<ThresholdTraceStep, { type: 'inputs' }>['values']>().toEqualTypeOf<{ readonly [name: string]: string | boolean }>();
    expectTypeOf<OutOfRangeResult['details']>().toEqualTypeOf<{ readonly [key: string]: unknown }>();
    const result = {} as DeadlineResult;
    // @ts-expect-error a result is readonly
    result.status = 'met';
  });

  it('keeps the other kinds’ fields as they were', () => {
    expectTypeOf<OptionalKeys<ThresholdResult>>().toEqualTypeOf<'shortfall' | 'requiredAmount' | 'shortfallAmount'>();
    expectTypeOf<OptionalKeys<TargetResult>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalKeys<AverageResult>>().toEqualTypeOf<'figuresAreLowerBounds' | 'provisional' | 'warnings' | 'asKnownOn'>();
    expectTypeOf<AverageResult['mean']>().toEqualTypeOf<number | null>();
    // An average never pauses after a due date: its warnings are the calendar's two.
    expectTypeOf<NonNullable<AverageResult['warnings']>>().toEqualTypeOf<readonly (ProvisionalCalendarWarning | NextNoticeWarning)[]>();
    expectTypeOf<RuleWarning['code']>().toEqualTypeOf<'PROVISIONAL_CALENDAR' | 'PAUSE_AFTER_DUE' | 'MAY_CHANGE_WITH_NEXT_NOTICE'>();
  });

  it('narrows an out-of-range or not-started result by its rule, kind and field', () => {
    expectTypeOf<OutOfRangeResult<'m15-payment', 'deadline'>['ruleId']>().toEqualTypeOf<'m15-payment'>();
    expectTypeOf<OutOfRangeResult<'m15-payment', 'deadline'>['kind']>().toEqualTypeOf<'deadline'>();
    expectTypeOf<OutOfRangeResult['years']>().toEqualTypeOf<readonly number[]>();
    expectTypeOf<NotStartedResult<'m15-payment', 'deadline', 'invoiceReceivedOn'>['waitingFor']>().toEqualTypeOf<'invoiceReceivedOn'>();
    expectTypeOf<keyof NotStartedResult>().toEqualTypeOf<'ruleId' | 'kind' | 'status' | 'waitingFor'>();
  });
});
