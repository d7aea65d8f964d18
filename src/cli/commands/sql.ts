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
    throw new UsageError(`\`--dialect\` is ${value === undefined ? 'missing' : JSON.stringify(value)}; valid dialects: ${SQL_DIALECTS.join(', ')} (see \`yingshang ${command} --help\`).`);
  }
  return value as SqlDialect;
}

/** `yingshang sql <ruleId>`. */
export const sqlCommand: Command = {
  name: 'sql',
  help: `Usage:
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
  async run(args, io) {
    const { values, positionals } = parseCommandLine('sql', args, { dialect: { type: 'string' }, records: { type: 'string' }, pauses: { type: 'string' } });
    expectPositionals('sql', positionals, ['ruleId']);
    if (values.json || values.jsonl || values.lang !== undefined) throw new UsageError('`yingshang sql` prints SQL; it takes no --json, --jsonl or --lang.');
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
