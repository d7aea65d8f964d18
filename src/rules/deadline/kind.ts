import type { KindModule } from '../engine/kindModule.js';
import type { DeadlineResult } from './resultSchema.js';
import { withCalendarNotes } from '../text/withCalendarNotes.js';
import { compileFixedDateDeadline } from './compileFixedDate.js';
import { compilePeriodDeadline } from './compilePeriod.js';
import { DeadlineRuleSchema, type DeadlineRule } from './definitionSchema.js';
import { explainDeadline } from './explain.js';
import { DeadlineResultSchema } from './resultSchema.js';

/**
 * The deadline kind: a period (`timing: 'period'`, counted from a trigger day) or a fixed due date (期日).
 *
 * @example
 * ```ts
 * deadlineKind.compile(getRule('m15-payment')).evaluate({ start: '2021-09-29', end: '2021-10-12' }, defaultCalendar, false).status; //=> 'met'
 * ```
 */
export const deadlineKind = {
  kind: 'deadline',
  definitionSchema: DeadlineRuleSchema,
  resultSchema: DeadlineResultSchema,
  compile: (rule: DeadlineRule) => (rule.timing === 'period' ? compilePeriodDeadline(rule) : compileFixedDateDeadline(rule)),
  explain: (rule: DeadlineRule, result: DeadlineResult, locale) => withCalendarNotes(explainDeadline(rule, result, locale), result, locale),
} as const satisfies KindModule<DeadlineRule, DeadlineResult>;
