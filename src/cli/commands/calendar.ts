import { csvField } from '../../calendar/export/csvField.js';
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
  if (format === 'sql') return dayTableSql(calendar, { dialect: dialect as SqlDialect, ...(dayTableName === undefined ? {} : { dayTable: dayTableName }), ...range });
  const rows = toDayTable(calendar, range);
  if (format === 'jsonl') return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
  return [DAY_TABLE_COLUMNS.join(','), ...rows.map((row) => DAY_TABLE_COLUMNS.map((c) => csvField(row[c])).join(','))].map((line) => `${line}\r\n`).join('');
}

/** `yingshang calendar export`. */
export const calendarCommand: Command = {
  name: 'calendar',
  help: `Usage:
  yingshang calendar export --format csv|jsonl [--from <date>] [--to <date>]
  yingshang calendar export --format sql --dialect postgres|duckdb|mysql [--day-table <table>]
                            [--from <date>] [--to <date>]

Writes one row per day, from --from to --to (default: every covered day), with the columns
  day, weekday (1 = Monday … 7 = Sunday), is_working_day, kind (workday, weekend, holiday,
  makeup_workday), holiday_key, statutory, working_day_seq (working days from the first row up to and
  including the day: the working days in (a, b] are seq(b) − seq(a)), provisional, notice_doc_no.
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
  async run(args, io) {
    const { values, positionals } = parseCommandLine('calendar', args, {
      ...CALENDAR_OPTIONS,
      format: { type: 'string' },
      dialect: { type: 'string' },
      'day-table': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
    });
    if (positionals[0] !== 'export') {
      throw new UsageError(`\`yingshang calendar\` needs the subcommand export${positionals[0] ? `, not ${JSON.stringify(positionals[0])}` : ''} (see \`yingshang calendar --help\`).`);
    }
    expectPositionals('calendar export', positionals.slice(1), []);
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) {
      throw new UsageError(`\`--format\` is ${values.format === undefined ? 'missing' : JSON.stringify(values.format)}; valid formats: ${FORMATS.join(', ')} (see \`yingshang calendar --help\`).`);
    }
    if (values.json || values.jsonl || values.lang !== undefined) throw new UsageError('`yingshang calendar export` takes --format, not --json, --jsonl or --lang.');
    const dialect = format === 'sql' ? dialectOption('calendar', values.dialect) : undefined;
    if (format !== 'sql' && values.dialect !== undefined) throw new UsageError('`--dialect` applies to `--format sql` only (see `yingshang calendar --help`).');
    if (format !== 'sql' && values['day-table'] !== undefined) throw new UsageError('`--day-table` applies to `--format sql` only (see `yingshang calendar --help`).');
    io.stdout(dayTable(calendarOption(values), rangeOf(values), format, dialect, values['day-table']));
    return EXIT.ok;
  },
};
