import { SQL_DIALECTS } from '../../sql/readSqlOptions.js';
import { periodDeadlineSql } from '../../sql/periodDeadlineSql.js';
import { getRule } from '../../rules/index.js';
import type { SqlDialect, SqlOnError } from '../../sql/types.js';
import { EXIT } from '../cliIo.js';
import type { Command } from '../command.js';
import { expectPositionals, parseCommandLine } from '../parseCommandLine.js';
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
  yingshang sql <规则编号> --dialect postgres|duckdb|mysql [--records <表>] [--pauses <表>]
                [--day-table <表>] [--on-error row|raise]

输出一个填好规则期限的查询，对记录表（id, start_day, end_day, as_of）的每一行（含中止期间）返回
(id, due, status, elapsed, remaining, over_by, over_by_is_lower_bound, error_code, message)，结果与本库的
evaluateMany 完全一致：未办结时 end_day 为 NULL，as_of 为判断未办结记录的日期（为 NULL 时用 CURRENT_DATE；早于
start_day 时状态为 not_started）。先导入日历表：\`yingshang calendar export --format sql --dialect <数据库>\`。
id 必须唯一；id 重复或为 NULL、start_day 为 NULL、end_day 早于 start_day 或中止期间有误的行，状态为 error；
结果需要日历表以外日期的记录，状态为 out_of_range（确定已逾期的仍为 overdue 或 missed，over_by 为下限）。
只有按期间计算的期限（以工作日或自然日计）才有查询。

选项：
  --dialect <数据库>       postgres、duckdb 或 mysql（MySQL 8、MariaDB、TiDB、OceanBase）
  --records <表>           记录表（默认 records）
  --pauses <表>            中止期间表（id, pause_from, pause_to）（默认 pauses）
  --day-table <表>         日历表，可带模式名（默认 yingshang_days）
  --on-error <方式>        row（默认：输出 error 和 out_of_range 行）或 raise（postgres、duckdb）

示例：
  yingshang sql m15-payment --dialect postgres > m15.sql
  yingshang sql m13-contract-signing --dialect duckdb --records contracts --pauses contract_pauses`,
    en: `Usage:
  yingshang sql <ruleId> --dialect postgres|duckdb|mysql [--records <table>] [--pauses <table>]
                [--day-table <table>] [--on-error row|raise]

Prints a query, with the rule's limit filled in, that returns (id, due, status, elapsed, remaining, over_by,
over_by_is_lower_bound, error_code, message) for every row of the records table (id, start_day, end_day, as_of),
pauses included, exactly as the library's evaluateMany answers: end_day is NULL while not done, as_of is the day
a pending record is judged on (CURRENT_DATE when NULL; before start_day, the status is not_started). Load the day
table first: \`yingshang calendar export --format sql --dialect <dialect>\`. Ids must be unique; a repeated or
NULL id, a NULL start_day, an end_day before start_day or a bad pause row gives status error; a record whose
answer needs a day outside the table gives status out_of_range (a certainly late one stays overdue or missed,
over_by a lower bound). Only period deadlines (a limit in working or calendar days) have a query.

Options:
  --dialect <dialect>      postgres, duckdb or mysql (MySQL 8, MariaDB, TiDB, OceanBase)
  --records <table>        the records table (default records)
  --pauses <table>         the pauses table (id, pause_from, pause_to) (default pauses)
  --day-table <table>      the day table, optionally schema-qualified (default yingshang_days)
  --on-error <mode>        row (default: error and out_of_range rows) or raise (postgres, duckdb)

Examples:
  yingshang sql m15-payment --dialect postgres > m15.sql
  yingshang sql m13-contract-signing --dialect duckdb --records contracts --pauses contract_pauses`,
  },
  run(args, io) {
    const { values, positionals } = parseCommandLine('sql', args, {
      dialect: { type: 'string' },
      records: { type: 'string' },
      pauses: { type: 'string' },
      'day-table': { type: 'string' },
      'on-error': { type: 'string' },
    });
    expectPositionals('sql', positionals, ['ruleId']);
    if (values.json || values.jsonl) throw new UsageError('`yingshang sql` prints SQL; it takes no --json or --jsonl.', 'yingshang sql 输出 SQL，不接受 --json 或 --jsonl。');
    const dialect = dialectOption('sql', values.dialect);
    io.stdout(
      periodDeadlineSql(getRule(positionals[0] ?? ''), {
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
