import { csvRow } from '../../_internal/csvText.js';
import { DAY_TABLE_COLUMNS } from '../../calendar/export/DayTableRow.js';
import { toDayTable } from '../../calendar/export/toDayTable.js';
import type { Calendar } from '../../calendar/types.js';
import { dayTableSql } from '../../sql/dayTableSql.js';
import type { SqlDialect } from '../../sql/types.js';
import { calendarOption, CALENDAR_OPTIONS } from '../calendarOption.js';
import { EXIT } from '../cliIo.js';
import type { Command } from '../command.js';
import { expectPositionals, parseCommandLine } from '../parseCommandLine.js';
import { UsageError } from '../UsageError.js';
import { dialectOption } from './sql.js';

const FORMATS = ['csv', 'sql', 'jsonl'] as const;

/** The range of `--from`/`--to`, each left to the calendar's coverage when not given. */
function rangeOf(values: { from?: string | undefined; to?: string | undefined }): { from?: string; to?: string } {
  return { ...(values.from === undefined ? {} : { from: values.from }), ...(values.to === undefined ? {} : { to: values.to }) };
}

/** The day table in `format`, as written to stdout. */
function dayTable(calendar: Calendar, range: { from?: string; to?: string }, format: (typeof FORMATS)[number], dialect: SqlDialect | undefined, dayTableName: string | undefined): string {
  // Without --dialect, dayTableSql's own check says it is missing.
  if (format === 'sql') return dayTableSql({ calendar, dialect: dialect as SqlDialect, ...(dayTableName === undefined ? {} : { dayTable: dayTableName }), ...range });
  const rows = toDayTable({ calendar, ...range });
  if (format === 'jsonl') return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
  return [csvRow(DAY_TABLE_COLUMNS), ...rows.map((row) => csvRow(DAY_TABLE_COLUMNS.map((c) => row[c])))].join('');
}

/** `yingshang calendar export`. */
export const calendarCommand: Command = {
  name: 'calendar',
  help: {
    zh: `用法：
  yingshang calendar export --format csv|jsonl [--from <日期>] [--to <日期>]
  yingshang calendar export --format sql --dialect postgres|duckdb|mysql [--day-table <表>]
                            [--from <日期>] [--to <日期>]

从 --from 到 --to（默认：日历覆盖的每一天）每天输出一行，各列为
  day、weekday（1 = 星期一 … 7 = 星期日）、is_working_day、kind（workday 工作日、weekend 周末、holiday 节假日、
  makeup_workday 调休上班）、holiday_key、statutory、working_day_seq（从第一行到当天（含）的工作日数：
  (a, b] 内的工作日数为 seq(b) − seq(a)）、provisional、notice_doc_no。列名和取值保持英文，供程序读取。
  csv    RFC 4180，带表头，CRLF 换行，true/false，空值留空
  jsonl  每行一个 JSON 对象
  sql    脚本：yingshang_days 表不存在时建立，并替换其中的行（读取它的视图保留），以及函数（PostgreSQL）
         或宏（DuckDB）yingshang_add_working_days、yingshang_count_working_days 和
         yingshang_add_calendar_days（mysql 没有函数）；
         与 \`yingshang sql <规则编号>\` 配合使用（见 docs/zh-CN/sql.md）

选项：
  --format <格式>          csv、jsonl 或 sql
  --dialect <数据库>       postgres、duckdb 或 mysql（仅用于 --format sql）
  --day-table <表>         表名，可带模式名（仅用于 --format sql）
  --from <日期>, --to <日期>   第一天和最后一天（YYYY-MM-DD）
  --schedules <文件.json>  补充的放假安排（可重复），如 \`yingshang notice parse --json\` 的输出
  --provisional            对尚未发布通知的年份按法定节假日推算（这些行注明 provisional）
  --as-known-on <日期>     只使用该日（含）以前发布的通知

示例：
  yingshang calendar export --format sql --dialect postgres | psql -v ON_ERROR_STOP=1 -d mydb
  yingshang calendar export --format csv --from 2021-01-01 --to 2021-12-31
  yingshang calendar export --format jsonl --provisional`,
    en: `Usage:
  yingshang calendar export --format csv|jsonl [--from <date>] [--to <date>]
  yingshang calendar export --format sql --dialect postgres|duckdb|mysql [--day-table <table>]
                            [--from <date>] [--to <date>]

Writes one row per day, from --from to --to (default: every covered day), with the columns
  day, weekday (1 = Monday … 7 = Sunday), is_working_day, kind (workday, weekend, holiday,
  makeup_workday), holiday_key, statutory, working_day_seq (working days from the first row up to and
  including the day: the working days in (a, b] are seq(b) − seq(a)), provisional, notice_doc_no,
  may_change_with_next_notice (26–31 December of the last year with a notice, until the next notice is in).
  csv    RFC 4180 with a header row, CRLF line endings, true/false, an empty field for none
  jsonl  one JSON object per line
  sql    a script that creates the table yingshang_days if missing and replaces its rows (views that
         read it stay), and the functions (PostgreSQL) or macros (DuckDB) yingshang_add_working_days,
         yingshang_count_working_days and yingshang_add_calendar_days (none for mysql); pair it with
         \`yingshang sql <ruleId>\` (see docs/en/sql.md)

Options:
  --format <format>        csv, jsonl or sql
  --dialect <dialect>      postgres, duckdb or mysql (--format sql only)
  --day-table <table>      the table's name, optionally schema-qualified (--format sql only)
  --from <date>, --to <date>   the first and last day (YYYY-MM-DD)
  --schedules <file.json>  schedule years to add (repeatable), e.g. from \`yingshang notice parse --json\`
  --provisional            project years without a published notice (their rows say provisional)
  --as-known-on <date>     use only the notices published on or before <date>

Examples:
  yingshang calendar export --format sql --dialect postgres | psql -v ON_ERROR_STOP=1 -d mydb
  yingshang calendar export --format csv --from 2021-01-01 --to 2021-12-31
  yingshang calendar export --format jsonl --provisional`,
  },
  run(args, io) {
    const { values, positionals } = parseCommandLine('calendar', args, {
      ...CALENDAR_OPTIONS,
      format: { type: 'string' },
      dialect: { type: 'string' },
      'day-table': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
    });
    if (positionals[0] !== 'export') {
      throw new UsageError(
        `\`yingshang calendar\` needs the subcommand export${positionals[0] ? `, not ${JSON.stringify(positionals[0])}` : ''} (see \`yingshang calendar --help\`).`,
        `yingshang calendar 需要子命令 export${positionals[0] ? `，而不是 ${JSON.stringify(positionals[0])}` : ''}（见 yingshang calendar --help）。`,
      );
    }
    expectPositionals('calendar export', positionals.slice(1), []);
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) {
      throw new UsageError(
        `\`--format\` is ${values.format === undefined ? 'missing' : JSON.stringify(values.format)}; valid formats: ${FORMATS.join(', ')} (see \`yingshang calendar --help\`).`,
        `${values.format === undefined ? '缺少 --format' : `--format 的值 ${JSON.stringify(values.format)} 无效`}；可用的格式：${FORMATS.join('、')}（见 yingshang calendar --help）。`,
      );
    }
    if (values.json || values.jsonl) throw new UsageError('`yingshang calendar export` takes --format, not --json or --jsonl.', 'yingshang calendar export 用 --format 选择格式，不接受 --json 或 --jsonl。');
    const dialect = format === 'sql' ? dialectOption('calendar', values.dialect) : undefined;
    if (format !== 'sql' && values.dialect !== undefined) throw new UsageError('`--dialect` applies to `--format sql` only (see `yingshang calendar --help`).', '--dialect 只用于 --format sql（见 yingshang calendar --help）。');
    if (format !== 'sql' && values['day-table'] !== undefined) {
      throw new UsageError('`--day-table` applies to `--format sql` only (see `yingshang calendar --help`).', '--day-table 只用于 --format sql（见 yingshang calendar --help）。');
    }
    io.stdout(dayTable(calendarOption(values), rangeOf(values), format, dialect, values['day-table']));
    return EXIT.ok;
  },
};
