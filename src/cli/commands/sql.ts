import { SQL_DIALECTS } from '../../sql/readSqlOptions.js';
import { ruleSql } from '../../sql/ruleSql.js';
import type { SqlDialect, SqlOnError } from '../../sql/types.js';
import { EXIT } from '../cliIo.js';
import type { Command } from '../command.js';
import { parseCommandLine } from '../parseCommandLine.js';
import { RULE_OPTIONS, ruleOption } from '../ruleOption.js';
import { UsageError } from '../UsageError.js';

/**
 * The dialect of `--dialect`, which `command` requires.
 *
 * @internal
 */
export function dialectOption(command: string, value: string | undefined): SqlDialect {
  const dialect = SQL_DIALECTS.find((d) => d === value);
  if (dialect === undefined) {
    throw new UsageError(
      `\`--dialect\` is ${value === undefined ? 'missing' : JSON.stringify(value)}; valid dialects: ${SQL_DIALECTS.join(', ')} (see \`yingshang ${command} --help\`).`,
      `${value === undefined ? '缺少 --dialect' : `--dialect 的值 ${JSON.stringify(value)} 无效`}；可用的数据库：${SQL_DIALECTS.join('、')}（见 yingshang ${command} --help）。`,
    );
  }
  return dialect;
}

/** `yingshang sql <ruleId>`. */
export const sqlCommand: Command = {
  name: 'sql',
  help: {
    zh: `用法：
  yingshang sql <规则编号>|--rule <规则.json> --dialect postgres|duckdb|mysql [--records <表>]
                [--pauses <表>] [--day-table <表>] [--on-error row|raise]

输出一个填好该规则参数的查询，结果与本库的 evaluateMany 完全一致。每类规则读取自己的记录表（--records）：
  按期间计算的期限  (id, start_day, end_day, as_of) 及中止期间表 (id, pause_from, pause_to)
                    → (id, due, status, elapsed, remaining, over_by, over_by_is_lower_bound, error_code, message)
  固定日期（期日）  (id, end_day, as_of) → 同上各列（elapsed 为 NULL）
  阈值              (id, 各输入项的 snake_case 列，如 contract_amount) → (id, status, actual, required,
                    shortfall, required_amount, shortfall_amount, error_code, message)，按十进制精确比较
  目标              (id, value, as_of[, baseline]) → (id, status, value, target, due, progress,
                    expected_progress, as_of, error_code, message)
  平均用时          各件 (group_id, id, start_day, end_day) 及其中止期间 → 每组一行 (group_id, status, mean,
                    median, max, count, within_limit, figures_are_lower_bounds, error_code, message)
未办结时 end_day 为 NULL，as_of 为判断未办结记录的日期（为 NULL 时用中国的今天，与会话时区无关；期限早于 start_day 时状态为 not_started）。先导入日历表：
\`yingshang calendar export --format sql --dialect <数据库>\`。id 必须唯一；id 重复或为 NULL、必填列为 NULL、
数值或日期有误的行，状态为 error；结果需要日历表以外日期的记录，状态为 out_of_range（确定已逾期的仍为 overdue
或 missed，over_by 为下限）。

选项：
  --rule <文件.json>       自定义规则（defineRule 的定义），代替规则编号
  --dialect <数据库>       postgres、duckdb 或 mysql（MySQL 8、MariaDB、TiDB、OceanBase）
  --records <表>           记录表（平均用时：各件的表）（默认 records）
  --pauses <表>            中止期间表（id, pause_from, pause_to）（期限与平均用时；默认 pauses）
  --day-table <表>         日历表，可带模式名（默认 yingshang_days）
  --on-error <方式>        row（默认：输出 error 和 out_of_range 行）或 raise（postgres、duckdb）

示例：
  yingshang sql m15-payment --dialect postgres > m15.sql
  yingshang sql m13-contract-signing --dialect duckdb --records contracts --pauses contract_pauses
  yingshang sql m15-prepayment-ratio --dialect mysql --records contracts
  yingshang sql m06-electricity-10kv-average --dialect postgres --records connections --pauses connection_pauses`,
    en: `Usage:
  yingshang sql <ruleId>|--rule <rule.json> --dialect postgres|duckdb|mysql [--records <table>]
                [--pauses <table>] [--day-table <table>] [--on-error row|raise]

Prints a query, with the rule filled in, that answers exactly as the library's evaluateMany. Each kind of
rule reads its own records table (--records):
  period deadline   (id, start_day, end_day, as_of) and pauses (id, pause_from, pause_to)
                    → (id, due, status, elapsed, remaining, over_by, over_by_is_lower_bound, error_code, message)
  fixed date        (id, end_day, as_of) → the same columns (elapsed NULL)
  threshold         (id, one snake_case column per input, such as contract_amount) → (id, status, actual,
                    required, shortfall, required_amount, shortfall_amount, error_code, message), exact decimals
  target            (id, value, as_of[, baseline]) → (id, status, value, target, due, progress,
                    expected_progress, as_of, error_code, message)
  average           cases (group_id, id, start_day, end_day) and their pauses → one row per group (group_id,
                    status, mean, median, max, count, within_limit, figures_are_lower_bounds, error_code, message)
end_day is NULL while not done; as_of is the day a pending record is judged on (today in China when NULL,
whatever the session's time zone; before start_day, a period deadline is not_started). Load the day table first: \`yingshang calendar export --format sql --dialect <dialect>\`. Ids must be unique; a
repeated or NULL id, a NULL required column or a bad value or date gives status error; a record whose answer
needs a day outside the table gives status out_of_range (a certainly late one stays overdue or missed, over_by a
lower bound).

Options:
  --rule <file.json>       a custom rule (a defineRule definition) instead of a rule id
  --dialect <dialect>      postgres, duckdb or mysql (MySQL 8, MariaDB, TiDB, OceanBase)
  --records <table>        the records table (for an average, the cases) (default records)
  --pauses <table>         the pauses table (id, pause_from, pause_to) of deadlines and averages (default pauses)
  --day-table <table>      the day table, optionally schema-qualified (default yingshang_days)
  --on-error <mode>        row (default: error and out_of_range rows) or raise (postgres, duckdb)

Examples:
  yingshang sql m15-payment --dialect postgres > m15.sql
  yingshang sql m13-contract-signing --dialect duckdb --records contracts --pauses contract_pauses
  yingshang sql m15-prepayment-ratio --dialect mysql --records contracts
  yingshang sql m06-electricity-10kv-average --dialect postgres --records connections --pauses connection_pauses`,
  },
  run(args, io) {
    const { values, positionals } = parseCommandLine('sql', args, {
      dialect: { type: 'string' },
      records: { type: 'string' },
      pauses: { type: 'string' },
      'day-table': { type: 'string' },
      'on-error': { type: 'string' },
      ...RULE_OPTIONS,
    });
    const rule = ruleOption('sql', values, positionals);
    if (values.json || values.jsonl) throw new UsageError('`yingshang sql` prints SQL; it takes no --json or --jsonl.', 'yingshang sql 输出 SQL，不接受 --json 或 --jsonl。');
    const dialect = dialectOption('sql', values.dialect);
    io.stdout(
      ruleSql(rule, {
        dialect,
        ...(values.records === undefined ? {} : { records: values.records }),
        ...(values.pauses === undefined ? {} : { pauses: values.pauses }),
        ...(values['day-table'] === undefined ? {} : { dayTable: values['day-table'] }),
        // Any text on purpose: the SQL generator checks it and lists the valid values.
        ...(values['on-error'] === undefined ? {} : { onError: values['on-error'] as SqlOnError }),
      }),
    );
    return EXIT.ok;
  },
};
