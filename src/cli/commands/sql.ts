import { SQL_DIALECTS } from '../../sql/readSqlOptions.js';
import { periodDeadlineSql } from '../../sql/periodDeadlineSql.js';
import { getRule } from '../../rules/index.js';
import type { SqlDialect } from '../../sql/types.js';
import { EXIT } from '../cliIo.js';
import type { Command } from '../command.js';
import { expectPositionals, parseCommandLine } from '../parseCommandLine.js';
import { UsageError } from '../UsageError.js';

/** The dialect of `--dialect`, which `command` requires. */
export function dialectOption(command: string, value: string | undefined): SqlDialect {
  if (!SQL_DIALECTS.includes(value as SqlDialect)) {
    throw new UsageError(
      `\`--dialect\` is ${value === undefined ? 'missing' : JSON.stringify(value)}; valid dialects: ${SQL_DIALECTS.join(', ')} (see \`yingshang ${command} --help\`).`,
      `${value === undefined ? '缺少 --dialect' : `--dialect 的值 ${JSON.stringify(value)} 无效`}；可用的数据库：${SQL_DIALECTS.join('、')}（见 yingshang ${command} --help）。`,
    );
  }
  return value as SqlDialect;
}

/** `yingshang sql <ruleId>`. */
export const sqlCommand: Command = {
  name: 'sql',
  help: {
    zh: `用法：
  yingshang sql <规则编号> --dialect postgres|duckdb [--records <表>] [--pauses <表>]

输出一个填好规则期限的查询，对记录表（id, start_day, end_day, as_of）的每一行（含中止期间）返回
(id, due, status, elapsed, remaining, over_by)，结果与 \`yingshang deadline\` 和本库的 evaluate 完全一致：未办结时
end_day 为 NULL，as_of 为判断未办结记录的日期（为 NULL 时用 CURRENT_DATE；早于 start_day 时状态为 not_started）。
先导入日历表：\`yingshang calendar export --format sql --dialect <数据库>\`。结果需要日历表以外日期的记录会报错。
只有按期间计算的期限（以工作日或自然日计）才有查询。

选项：
  --dialect <数据库>       postgres 或 duckdb
  --records <表>           记录表（默认 records）
  --pauses <表>            中止期间表（id, pause_from, pause_to）（默认 pauses）

示例：
  yingshang sql m15-payment --dialect postgres > m15.sql
  yingshang sql m13-contract-signing --dialect duckdb --records contracts --pauses contract_pauses`,
    en: `Usage:
  yingshang sql <ruleId> --dialect postgres|duckdb [--records <table>] [--pauses <table>]

Prints a query, with the rule's limit filled in, that returns (id, due, status, elapsed, remaining, over_by)
for every row of the records table (id, start_day, end_day, as_of), pauses included, exactly as
\`yingshang deadline\` and the library's evaluate answer: end_day is NULL while not done, as_of is the day a
pending record is judged on (CURRENT_DATE when NULL; before start_day, the status is not_started). Load the day table first:
\`yingshang calendar export --format sql --dialect <dialect>\`. A record whose answer needs a day outside the
table raises an error. Only period deadlines (a limit in working or calendar days) have a query.

Options:
  --dialect <dialect>      postgres or duckdb
  --records <table>        the records table (default records)
  --pauses <table>         the pauses table (id, pause_from, pause_to) (default pauses)

Examples:
  yingshang sql m15-payment --dialect postgres > m15.sql
  yingshang sql m13-contract-signing --dialect duckdb --records contracts --pauses contract_pauses`,
  },
  async run(args, io) {
    const { values, positionals } = parseCommandLine('sql', args, { dialect: { type: 'string' }, records: { type: 'string' }, pauses: { type: 'string' } });
    expectPositionals('sql', positionals, ['ruleId']);
    if (values.json || values.jsonl) throw new UsageError('`yingshang sql` prints SQL; it takes no --json or --jsonl.', 'yingshang sql 输出 SQL，不接受 --json 或 --jsonl。');
    const dialect = dialectOption('sql', values.dialect);
    io.stdout(
      periodDeadlineSql(getRule(positionals[0] ?? ''), {
        dialect,
        ...(values.records === undefined ? {} : { records: values.records }),
        ...(values.pauses === undefined ? {} : { pauses: values.pauses }),
      }),
    );
    return EXIT.ok;
  },
};
