import type { ErrorCode } from '../../errors/codes.js';
import { evaluate, createResultSummary, labelOf, type ResultSummaryBuilder, type AverageCase, type AverageResult } from '../../rules/index.js';
import { checkConnection, type ConnectionCheckResult } from '../../utilities/checkConnection.js';
import type { ConnectionApplication } from '../../utilities/connectionApplicationSchema.js';
import { TEN_KV_AVERAGE_RULE_ID } from '../../utilities/connectionRules.js';
import { CALENDAR_OPTIONS } from '../calendarOption.js';
import { cellValue } from '../cellValue.js';
import { csvStatus } from '../csvHeaders.js';
import { cellReadingOf } from '../sheetOptions.js';
import { CONNECTION_COLUMN_NAMES, CONNECTION_VALUE_NAMES } from '../../utilities/connectionColumnNames.js';
import type { Command } from '../command.js';
import { durationsText, missingYearsOf, resultColumns, resultText, ruleName, statusCounts, withoutEmptyTrace } from '../formatBatchItem.js';
import { expectPositionals, parseCommandLine } from '../parseCommandLine.js';
import { isBroken } from '../ruleOutcome.js';
import { BATCH_OPTIONS, BATCH_OPTIONS_HELP, BATCH_OPTIONS_HELP_ZH, runBatch, type BatchSummary } from '../runBatch.js';

type ConnectionResult = ConnectionCheckResult;

const FIELDS = ['utility', 'category', 'acceptedOn', 'completedOn', 'asOf', 'pauses'];

/**
 * The summary of a batch of applications, as `checkConnections` gives it: overall and per rule, and the 10 kV
 * average over the completed 10 kV urban applications (their cases are the only thing kept).
 */
function summary(tenKvCases: readonly AverageCase[], calendarOptions: Parameters<typeof evaluate>[2]): BatchSummary<ConnectionResult> {
  const overall = createResultSummary();
  const byRule = new Map<string, ResultSummaryBuilder>();
  let index = 0;
  const average = (): AverageResult => evaluate(TEN_KV_AVERAGE_RULE_ID, { cases: tenKvCases }, calendarOptions);
  return {
    add(outcome) {
      // An outcome's error code is a library code or the CLI's INVALID_INPUT, both ErrorCodes.
      const item = outcome.ok ? { index: index++, ok: true as const, result: outcome.result } : { index: index++, ok: false as const, error: { ...outcome.error, code: outcome.error.code as ErrorCode, details: {} } };
      overall.add(item);
      if (!item.ok) return;
      let rule = byRule.get(item.result.ruleId);
      if (!rule) byRule.set(item.result.ruleId, (rule = createResultSummary()));
      rule.add(item);
    },
    result() {
      const { status, mean, median, count } = average();
      return { ...overall.result(), byRule: Object.fromEntries([...byRule].map(([id, s]) => [id, s.result()])), electricity10kvAverage: { status, mean, median, count } };
    },
    describe(locale) {
      const zh = locale === 'zh';
      const details = [...byRule].map(([id, s]) => {
        const result = s.result();
        return `${ruleName(id, locale)}${zh ? '：' : ': '}${[statusCounts(result.statuses, locale).join(zh ? '，' : ', '), ...durationsText(result, '', locale)].join(zh ? '，' : ', ')}`;
      });
      const { status, mean, count } = average();
      const tenKv = zh
        ? `${ruleName(TEN_KV_AVERAGE_RULE_ID, 'zh')}（${count}件已办结的平均）：${labelOf(status, 'zh', 'average')}${mean === null ? '' : `，平均${mean.toFixed(1)}个工作日`}`
        : `${TEN_KV_AVERAGE_RULE_ID} (average of ${count} completed): ${status}${mean === null ? '' : `, mean ${mean.toFixed(1)}`}`;
      return { counts: statusCounts(overall.result().statuses, locale), details: [...details, tenKv] };
    },
  };
}

/** `yingshang connections --input <file|->`: the connection times of measure 6 over every application. */
export const connectionsCommand: Command = {
  name: 'connections',
  help: {
    zh: `用法：
  yingshang connections --input <applications.jsonl|applications.csv|-> [选项]

按 checkConnections 的方式逐条检查接入申请（第6条措施：自受理起，供水9个、低压供电8个、供气8/8/3/13个工作日，
中止期间不计；10千伏城区项目按已办结申请计平均用时），按顺序，不把整个输入读入内存。记录的各项为列（CSV）或
键（JSON 行）：
  ${FIELDS.join(', ')}
pauses 写作 起..止，多段用 ';' 分隔（CSV）。completedOn 为空或 null 表示“尚未办结”。
需要日历尚无放假通知的年份的申请为“暂无法判断”（out_of_range，按状态计数；没有更严重的情况时退出码为 4）。
汇总给出总体和各规则按状态的计数、已办结申请用时的平均数、中位数和 p90，以及10千伏平均用时。

选项：
${BATCH_OPTIONS_HELP_ZH}

示例：
  yingshang connections --input examples/data/connections-2021-10.csv --id applicationNo --ignore-unknown-columns --as-of 2021-10-31
  yingshang connections --input applications.jsonl --format csv > report.csv`,
    en: `Usage:
  yingshang connections --input <applications.jsonl|applications.csv|-> [options]

Checks every application as checkConnections does (measure 6: water 9, low-voltage electricity 8, gas 8/8/3/13
working days from acceptance, pauses not counted; the 10 kV average over the completed 10 kV urban applications),
in order, without holding the input in memory. A record's fields are the columns (CSV) or keys (JSON Lines):
  ${FIELDS.join(', ')}
or their Chinese names (${Object.entries(CONNECTION_COLUMN_NAMES).map(([field, names]) => `${names[0]}: ${field}`).join(', ')}…; see the utilities guide);
utility and category may be written in the plan's words (供水, 用电, 燃气; 一般项目, 低压小微用户, 居民用户通气…).
Dates are read as written year first (2021-09-28, 2021/9/28, 2021年9月28日, 20210928…). pauses are from..to, separated by ';' (CSV); from.. is a pause still open. An empty cell or null completedOn means "not completed yet".
An application whose answer needs a year the calendar has no notice for is out_of_range (counted by status;
exit code 4 when nothing is worse).
The summary gives the counts by status overall and per rule, the mean, median and p90 duration of completed
applications, and the 10 kV average.

Options:
${BATCH_OPTIONS_HELP}

Examples:
  yingshang connections --input examples/data/connections-2021-10.csv --id applicationNo --ignore-unknown-columns --as-of 2021-10-31
  yingshang connections --input applications.jsonl --format csv > report.csv`,
  },
  async run(args, io) {
    const { values, positionals, calendar, locale } = parseCommandLine('connections', args, { ...CALENDAR_OPTIONS, ...BATCH_OPTIONS });
    expectPositionals('connections', positionals, []);
    const options = { calendar: calendar(), trace: false };
    const tenKvCases: AverageCase[] = [];
    const reading = cellReadingOf(values);
    return runBatch<ConnectionResult>(io, values, {
      command: 'connections',
      shape: {
        fields: FIELDS,
        what: 'the fields of a connection application',
        cellValue: (column, cell, where) => cellValue(column, cell, where, { dates: ['acceptedOn', 'completedOn', 'asOf'], values: CONNECTION_VALUE_NAMES }, reading),
        columnNames: CONNECTION_COLUMN_NAMES,
        required: ['utility', 'category', 'acceptedOn'],
      },
      evaluate: (record) => {
        // The record as read, unchecked on purpose: checkConnection validates it (INVALID_FACTS naming the field),
        // so once it returns, the record is an application and its dates can be read.
        const result: ConnectionResult = checkConnection(record as unknown as ConnectionApplication, options);
        const { acceptedOn, completedOn, pauses } = record as { acceptedOn: string; completedOn?: string | null; pauses?: AverageCase['pauses'] };
        // An application not judged yet (out_of_range) is no case of the average, as in checkConnections.
        if (result.kind === 'average' && result.status !== 'out_of_range' && completedOn !== undefined && completedOn !== null) tenKvCases.push({ start: acceptedOn, end: completedOn, ...(pauses === undefined ? {} : { pauses }) });
        return result;
      },
      json: (result) => withoutEmptyTrace(result),
      csvColumns: ['ruleId', ...resultColumns('deadline')],
      csvFields: (result, headers) => ({ ...result, status: csvStatus(result.status, result.kind, headers) }),
      text: (result) => `${ruleName(result.ruleId, locale)} ${resultText(result, locale)}`,
      broken: (result) => isBroken(result.status),
      missingYears: missingYearsOf,
      locale,
      summary: summary(tenKvCases, options),
    });
  },
};
