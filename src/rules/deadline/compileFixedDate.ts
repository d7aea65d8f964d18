import { parseIsoDay } from '../../_internal/dayNumber.js';
import type { RuleEvaluator } from '../engine/ruleEvaluator.js';
import { NO_TRACE } from '../engine/ruleEvaluator.js';
import { deadlineTraceOrder } from './traceOrder.js';
import { FixedDateFactsSchema } from './factsSchema.js';
import { parseFacts } from '../engine/parseFacts.js';

import type { DeadlineResult } from './resultSchema.js';
import type { FixedDateDeadlineRule } from './definitionSchema.js';
import { todayInShanghai } from '../engine/todayInShanghai.js';

/**
 * Turns a fixed due date (期日: no roll, 24:00 of `due`) into an evaluator. `remaining` and `overBy` are calendar days.
 *
 * @param rule - A validated fixed-date deadline.
 * @returns Its evaluator.
 *
 * @example
 * ```ts
 * compileFixedDateDeadline(getRule('m24-chuanyu-same-standard')).evaluate({ end: '2021-10-31' }, defaultCalendar, false).status; //=> 'met'
 * ```
 */
export function compileFixedDateDeadline(rule: FixedDateDeadlineRule): RuleEvaluator<FixedDateDeadlineRule> {
  const { id, due } = rule;
  const dueDay = parseIsoDay(due);
  return {
    rule,
    evaluate(facts, _calendar, withTrace): DeadlineResult {
      const { end, asOf } = parseFacts(FixedDateFactsSchema, facts, id);
      const reference = end ?? asOf ?? todayInShanghai();
      const lead = dueDay - parseIsoDay(reference);
      const trace = withTrace ? deadlineTraceOrder([{ type: 'due', date: due }, { type: end === undefined ? 'as_of' : 'end', date: reference }]) : NO_TRACE;
      const dates = end === undefined ? { asOf: reference } : { end };
      if (lead >= 0) return { ruleId: id, kind: 'deadline', status: end === undefined ? 'pending' : 'met', due, remaining: lead, ...dates, trace };
      return { ruleId: id, kind: 'deadline', status: end === undefined ? 'overdue' : 'missed', due, overBy: -lead, ...dates, trace };
    },
  };
}
