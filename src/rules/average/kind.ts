import type { KindModule } from '../engine/kindModule.js';
import type { AverageResult } from './resultSchema.js';
import { withCalendarNotes } from '../text/withCalendarNotes.js';
import { compileAverage } from './compile.js';
import { AverageRuleSchema, type AverageRule } from './definitionSchema.js';
import { explainAverage } from './explain.js';
import { AverageResultSchema } from './resultSchema.js';

/**
 * The average kind: the mean duration of cases, in working or calendar days net of pauses, against a limit.
 *
 * @example
 * ```ts
 * averageKind.compile(getRule('m06-electricity-10kv-average')).evaluate({ cases: [] }, defaultCalendar, false).status; //=> 'no_data'
 * ```
 */
export const averageKind = {
  kind: 'average',
  definitionSchema: AverageRuleSchema,
  resultSchema: AverageResultSchema,
  compile: compileAverage,
  explain: (rule: AverageRule, result: AverageResult, locale) => withCalendarNotes(explainAverage(rule, result, locale), result, locale),
} as const satisfies KindModule<AverageRule, AverageResult>;
