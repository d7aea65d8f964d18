import { defineRule } from '../../src/rules/defineRule.js';
import { getRule } from '../../src/rules/getRule.js';
import type { AverageRule, FixedDateDeadlineRule, ThresholdRule } from '../../src/rules/index.js';

/** The custom rules of each kind the SQL tests run besides the built-in ones (one definition each, shared). */

/** A fixed date on a leap day. */
export const FIXED_LEAP_DAY: FixedDateDeadlineRule = defineRule({ ...getRule('m24-chuanyu-same-standard'), id: 'test-fixed-leap-day', due: '2024-02-29' });

/** An average in calendar days. */
export const AVERAGE_CALENDAR_DAYS: AverageRule = defineRule({ ...getRule('m06-electricity-10kv-average'), id: 'test-average-calendar-days', limit: { amount: 20, unit: 'calendar_days' } });

/** A single 6-decimal input held to at least a limit that depends on the input itself. */
export const THRESHOLD_INPUT_AT_LEAST: ThresholdRule = defineRule({
  id: 'test-threshold-input-at-least',
  kind: 'threshold',
  name: { zh: '测试数量', en: 'Test quantity' },
  description: { zh: '测试。', en: 'A test.' },
  inputs: { quantity: { type: 'decimal', label: { zh: '数量', en: 'quantity' }, unit: { zh: '吨', en: 't' }, decimals: 6 } },
  subject: { label: { zh: '数量', en: 'the quantity' }, input: 'quantity' },
  comparison: 'at_least',
  limits: [{ value: '1.5', when: [{ input: 'quantity', lessThan: '2' }] }, { value: '2.25' }],
});

/**
 * A ratio held to at most limits of different decimals chosen by an enum, a boolean and the denominator, applicable
 * when `applicability` holds.
 *
 * @param id - The rule's id.
 * @param applicability - Its applicability conditions.
 */
export function thresholdRatioAtMost(id: string, applicability: ThresholdRule['applicability']): ThresholdRule {
  return defineRule({
    id,
    kind: 'threshold',
    name: { zh: '测试比例', en: 'Test ratio' },
    description: { zh: '测试。', en: 'A test.' },
    inputs: {
      part: { type: 'decimal', label: { zh: '部分', en: 'part' }, unit: { zh: '元', en: 'yuan' }, decimals: 3 },
      whole: { type: 'decimal', label: { zh: '总额', en: 'whole' }, unit: { zh: '元', en: 'yuan' }, decimals: 1, positive: true },
      size: { type: 'enum', label: { zh: '规模', en: 'size' }, values: ['small', 'large'] },
      urgent: { type: 'boolean', label: { zh: '紧急', en: 'urgent' } },
    },
    subject: { label: { zh: '比例', en: 'the ratio' }, numerator: 'part', denominator: 'whole' },
    comparison: 'at_most',
    limits: [
      { value: '0.333333', when: [{ input: 'size', equals: 'small' }, { input: 'whole', moreThan: '2.5' }] },
      { value: '0.125', when: [{ input: 'urgent', equals: false }] },
      { value: '1.5' },
    ],
    ...(applicability ? { applicability } : {}),
  });
}
