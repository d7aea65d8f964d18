import * as z from 'zod/mini';

/**
 * The statuses of a deadline result, declared once: `'met'` (done by the due date), `'missed'` (done after it),
 * `'pending'` (not done, not yet due), `'overdue'` (not done, past due), `'not_started'` (judged on an `asOf` day
 * before the trigger day: the period has not begun).
 *
 * @example
 * ```ts
 * DeadlineStatusSchema.safeParse('overdue').success; //=> true
 * ```
 */
export const DeadlineStatusSchema = z.enum(['met', 'missed', 'pending', 'overdue', 'not_started']);

/** `'met'`, `'not_met'`, or `'not_applicable'` when the rule's applicability condition does not hold. */
export const ThresholdStatusSchema = z.enum(['met', 'not_met', 'not_applicable']);

/** `'achieved'`; otherwise `'missed'` after the due date, or `'on_track'`/`'behind'` before it. */
export const TargetStatusSchema = z.enum(['achieved', 'on_track', 'behind', 'missed']);

/** `'met'` when the mean is within the limit, `'not_met'`, or `'no_data'` without cases. */
export const AverageStatusSchema = z.enum(['met', 'not_met', 'no_data']);

/**
 * `'met'` (done by the due date), `'missed'` (done after it), `'pending'` (not done, not yet due), `'overdue'` (not
 * done, past due), `'not_started'` (judged on an `asOf` day before the trigger day: the period has not begun).
 */
export type DeadlineStatus = z.output<typeof DeadlineStatusSchema>;

/** `'met'`, `'not_met'`, or `'not_applicable'` when the rule's applicability condition does not hold. */
export type ThresholdStatus = z.output<typeof ThresholdStatusSchema>;

/** `'achieved'`; otherwise `'missed'` after the due date, or `'on_track'`/`'behind'` before it. */
export type TargetStatus = z.output<typeof TargetStatusSchema>;

/** `'met'` when the mean is within the limit, `'not_met'`, or `'no_data'` without cases. */
export type AverageStatus = z.output<typeof AverageStatusSchema>;
