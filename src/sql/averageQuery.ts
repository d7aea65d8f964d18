import type { AverageRule } from '../rules/index.js';
import { seqWithDayZero } from './daysWithDayZero.js';
import { doubleSql } from './keyedRecordsSql.js';
import { inputSql, mergedPausesSql, problemColumnsSql, problemJoinSql } from './periodQueryParts.js';
import type { QueryContext } from './queryContext.js';
import { messageOrFail } from './recordChecks.js';

/** The duration of each case up to its `count_day`, net of its pauses, and whether it is counted in full. */
function durationsSql(rule: AverageRule, ctx: QueryContext): string {
  const { sql, days } = ctx;
  if (rule.limit.unit === 'calendar_days') {
    // Calendar days need no day table: every case is counted in full.
    return `${sql.cte('ys_counted')} (
  SELECT p.id, ${sql.integer(`SUM(${sql.daysFrom(`GREATEST(p.pause_from, ${sql.plusDays('p.start_day', 1)})`, 'LEAST(p.pause_to, r.end_day)')} + 1)`)} AS paused
  FROM ys_merged p JOIN ys_input r ON r.id = p.id
  WHERE p.pause_to > p.start_day AND p.pause_from <= r.end_day
  GROUP BY p.id
),
${sql.cte('ys_durations')} (
  SELECT r.id, ${sql.integer(`${sql.daysFrom('r.start_day', 'r.end_day')} - COALESCE(c.paused, 0)`)} AS duration, TRUE AS full_count
  FROM ys_input r LEFT JOIN ys_counted c ON c.id = r.id
)`;
  }
  // Working days, counted on working_day_seq up to count_day (the end, never past the table), as evaluate counts them:
  // a paused day is never looked up. So a case is counted in full when it ends inside the table, on its start day, or
  // when one pause holds every day of it after the table (held_to_end); otherwise its count is a lower bound. A case
  // that one pause holds whole lasts 0 days wherever it lies; a start before the table's day 0 is counted as from day 0
  // when one pause holds every day up to it (held_to_table), else it has no count.
  const beforeDay = `GREATEST(${sql.plusDays('p.pause_from', -1)}, p.start_day)`;
  const dayZero = sql.plusDays('t.first_day', -1);
  return `${sql.cte('ys_counted')} (
  SELECT p.id,
         SUM(CASE WHEN p.pause_from <= p.count_day THEN a.working_day_seq - COALESCE(${seqWithDayZero('b', beforeDay, 't', sql)}, CASE WHEN ${beforeDay} < ${dayZero} THEN 0 END) ELSE 0 END) AS paused,
         MAX(CASE WHEN p.pause_to >= r.end_day AND p.pause_from <= ${sql.plusDays('GREATEST(p.start_day, p.count_day)', 1)} THEN 1 ELSE 0 END) AS held_to_end,
         MAX(CASE WHEN p.pause_to >= r.end_day AND p.pause_from <= ${sql.plusDays('p.start_day', 1)} THEN 1 ELSE 0 END) AS held_whole,
         MAX(CASE WHEN p.pause_from <= ${sql.plusDays('p.start_day', 1)} AND p.pause_to >= ${dayZero} THEN 1 ELSE 0 END) AS held_to_table
  FROM ys_merged p
  JOIN ys_input r ON r.id = p.id
  CROSS JOIN ys_edges t
  LEFT JOIN ${days} b ON b.day = ${beforeDay}
  LEFT JOIN ${days} a ON a.day = LEAST(p.pause_to, p.count_day)
  WHERE p.pause_to > p.start_day AND p.pause_from <= r.end_day
  GROUP BY p.id
),
${sql.cte('ys_durations')} (
  SELECT r.id,
         CASE WHEN r.start_day >= r.count_day OR c.held_whole = 1 THEN 0
              ELSE ${sql.integer('e.working_day_seq - COALESCE(r.start_seq, CASE WHEN c.held_to_table = 1 THEN 0 END) - COALESCE(c.paused, 0)')} END AS duration,
         (r.end_day = r.count_day OR r.end_day = r.start_day OR COALESCE(c.held_to_end, 0) = 1) AS full_count
  FROM ys_input r
  LEFT JOIN ys_counted c ON c.id = r.id
  LEFT JOIN ${days} e ON e.day = r.count_day
)`;
}

/**
 * The aggregate query of an average (`kind: 'average'`): the cases table `(group_id, id, start_day, end_day)` with
 * the pauses of each case `(id, pause_from, pause_to)`, one row per group with the columns `(group_id, status, mean,
 * median, max, count, within_limit, figures_are_lower_bounds, error_code, message)`, as `evaluate` answers for the
 * facts `{ cases }` of that group. Each case's duration is counted like a deadline's `elapsed` (the start day not
 * counted, paused days excluded); the group is `met` when the sum ≤ limit × count, in integers. In working days, a
 * case that ends after the day table is counted up to the table's end: when those lower bounds already break the
 * limit the group is `not_met` with `figures_are_lower_bounds`, otherwise it is `out_of_range`. A group with a bad case
 * (a NULL or repeated id, a NULL start or end, an end before the start, a bad pause) or a NULL `group_id` is an
 * `error` row. `mean` and `median` are double precision, as the library's numbers.
 *
 * @param rule - The average.
 * @param ctx - The query's context; `records` is the cases table.
 * @returns The query, without a trailing semicolon.
 * @example
 * ```ts
 * averageQuery(getRule('m06-electricity-10kv-average'), ctx).includes('GROUP BY group_id'); //=> true
 * ```
 */
export function averageQuery(rule: AverageRule, ctx: QueryContext): string {
  const { sql } = ctx;
  const cases = ctx.records;
  const limit = rule.limit.amount;
  // The cases are read as a period's records are, judged on their end day.
  const caseCtx: QueryContext = { ...ctx, records: `(SELECT id, start_day, end_day, end_day AS as_of FROM ${cases})` };
  const outside = `'a case needs a day outside ${ctx.days} (load a newer export, or one with --schedules or --provisional)'`;
  return `WITH
${inputSql(caseCtx)},
${mergedPausesSql(caseCtx)},
${sql.cte('ys_checked')} (SELECT d.id, ${problemColumnsSql(caseCtx).join(', ')} FROM ys_input d${problemJoinSql(caseCtx)}),
-- A group is refused when any of its cases is.
${sql.cte('ys_group_problems')} (
  SELECT g.group_id,
         MIN(CASE WHEN g.group_id IS NULL THEN 'group_id is NULL'
                  WHEN g.id IS NULL THEN 'a case has a NULL id'
                  WHEN c.copies > 1 THEN CONCAT('case id ', ${sql.text('g.id')}, ' is on ', ${sql.text('c.copies')}, ' rows of the cases table; ids must be unique')
                  WHEN c.problem IS NOT NULL THEN CONCAT('case ', ${sql.text('g.id')}, ': ', c.problem)
                  WHEN g.end_day IS NULL THEN CONCAT('case ', ${sql.text('g.id')}, ': end_day is NULL') END) AS problem
  FROM ${cases} g LEFT JOIN ys_checked c ON c.id = g.id
  GROUP BY g.group_id
),
${durationsSql(rule, ctx)},
${sql.cte('ys_ranked')} (
  SELECT g.group_id, d.duration, d.full_count,
         ROW_NUMBER() OVER (PARTITION BY g.group_id ORDER BY d.duration) AS rank_in_group,
         COUNT(*) OVER (PARTITION BY g.group_id) AS cases_in_group
  FROM ys_durations d
  JOIN ${cases} g ON g.id = d.id
  JOIN ys_group_problems q ON q.group_id = g.group_id AND q.problem IS NULL
),
${sql.cte('ys_groups')} (
  SELECT group_id, COUNT(*) AS n, SUM(duration) AS total, MAX(duration) AS longest,
         SUM(CASE WHEN duration <= ${limit} AND full_count THEN 1 ELSE 0 END) AS within_limit,
         SUM(CASE WHEN full_count THEN 0 ELSE 1 END) AS partial,
         COUNT(*) - COUNT(duration) AS unknown,
         -- The median: the middle case, or the mean of the two middle cases.
         ${doubleSql(ctx, `SUM(CASE WHEN 2 * rank_in_group BETWEEN cases_in_group AND cases_in_group + 2 THEN duration END)`)}
           / SUM(CASE WHEN 2 * rank_in_group BETWEEN cases_in_group AND cases_in_group + 2 THEN 1 END) AS median
  FROM ys_ranked
  GROUP BY group_id
),
${sql.cte('ys_result')} (
  SELECT g.*, (g.unknown > 0 OR (g.partial > 0 AND g.total <= ${limit} * g.n)) AS out_of_range
  FROM ys_groups g
)
SELECT group_id,
  CASE WHEN out_of_range THEN 'out_of_range' WHEN total <= ${limit} * n THEN 'met' ELSE 'not_met' END AS status,
  CASE WHEN NOT out_of_range THEN ${doubleSql(ctx, 'total')} / n END AS mean,
  CASE WHEN NOT out_of_range THEN median END AS median,
  CASE WHEN NOT out_of_range THEN longest END AS max,
  CASE WHEN NOT out_of_range THEN n END AS count,
  CASE WHEN NOT out_of_range THEN within_limit END AS within_limit,
  CASE WHEN NOT out_of_range THEN partial > 0 END AS figures_are_lower_bounds,
  CASE WHEN out_of_range THEN 'CALENDAR_OUT_OF_RANGE' END AS error_code,
  CASE WHEN out_of_range THEN ${messageOrFail(ctx, outside, 'group_id')} END AS message
FROM ys_result
UNION ALL
SELECT group_id, 'error', NULL, NULL, NULL, NULL, NULL, NULL, 'INVALID_FACTS', ${messageOrFail(ctx, 'problem', 'group_id')}
FROM ys_group_problems WHERE problem IS NOT NULL`;
}
