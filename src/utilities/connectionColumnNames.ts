import { deepFreeze } from '../_internal/deepFreeze.js';

/**
 * The Chinese column names that the CLI (and the web page) read as the fields of a connection application, as
 * utilities' systems name them; any other name is mapped with `--columns` or `--map`.
 *
 * @example
 * ```ts
 * CONNECTION_COLUMN_NAMES.acceptedOn; //=> ['受理日期', '报装受理日期']
 * ```
 */
export const CONNECTION_COLUMN_NAMES = deepFreeze({
  utility: ['报装类型', '公用事业类型'],
  category: ['用户类别', '报装类别'],
  acceptedOn: ['受理日期', '报装受理日期'],
  completedOn: ['接入完成日期', '完成日期', '办结日期'],
  asOf: ['评估日期', '统计截止日期'],
  pauses: ['暂停时段', '暂停'],
} as const);
