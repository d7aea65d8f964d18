import { checkProcurement, type ProcurementCheck } from '../../procurement/checkProcurement.js';
import { createProcurementSummary } from '../../procurement/createProcurementSummary.js';
import { PROCUREMENT_DEADLINES, PROCUREMENT_RULE_IDS } from '../../procurement/procurementRules.js';
import type { ErrorCode } from '../../errors/codes.js';
import { getRule, labelOf, type RuleResult } from '../../rules/index.js';
import type { Language } from '../../rules/internal.js';
import { isOutOfRangeResult } from '../../rules/internal.js';
import { CALENDAR_OPTIONS } from '../calendarOption.js';
import { cellValue } from '../cellValue.js';
import { csvStatus, type CsvHeaders } from '../csvHeaders.js';
import { cellReadingOf } from '../sheetOptions.js';
import { PROCUREMENT_COLUMN_NAMES } from '../../procurement/procurementColumnNames.js';
import type { Command } from '../command.js';
import { durationsText, ruleName, statusCounts, withoutEmptyTrace } from '../formatBatchItem.js';
import { parseCommandLine, expectPositionals } from '../parseCommandLine.js';
import { BATCH_OPTIONS, BATCH_OPTIONS_HELP, BATCH_OPTIONS_HELP_ZH, runBatch, type BatchSummary } from '../runBatch.js';

const FIELDS = [
  'awardNoticeIssuedOn',
  'contractSignedOn',
  'performanceCompletedOn',
  'acceptanceOrganizedOn',
  'invoiceReceivedOn',
  'paymentProcessedOn',
  'contractAmount',
  'prepaymentAmount',
  'supplierIsSme',
  'asOf',
];
const DATES = FIELDS.filter((field) => field.endsWith('On') || field === 'asOf');
const CELL_TYPES = { booleans: ['supplierIsSme'], amounts: ['contractAmount', 'prepaymentAmount'], dates: DATES };
const DEADLINE_IDS: readonly string[] = PROCUREMENT_DEADLINES.map((d) => d.ruleId);
const CSV_COLUMNS = ['status', 'complete', ...PROCUREMENT_RULE_IDS.flatMap((id) => (DEADLINE_IDS.includes(id) ? [id, `${id}.due`] : [id])), 'errorCode', 'errorMessage'];

function csvFields(check: ProcurementCheck, headers: CsvHeaders): Readonly<Record<string, unknown>> {
  const fields: Record<string, unknown> = { status: csvStatus(check.status, 'procurement', headers), complete: check.complete };
  for (const id of PROCUREMENT_RULE_IDS) {
    const result = check.results[id];
    fields[id] = csvStatus(result.status, result.kind, headers);
    if ('due' in result) fields[`${id}.due`] = result.due;
  }
  return fields;
}

/** A record's check in a few words, in the language of `--lang`: its status, then each rule's (the rule by its name in Chinese). */
function text(check: ProcurementCheck, locale: Language): string {
  const rules = PROCUREMENT_RULE_IDS.map((id) => {
    const result = check.results[id];
    const due = 'due' in result && result.status !== 'met' ? result.due : undefined;
    if (locale === 'zh') return `${ruleName(id, 'zh')}${labelOf(result.status, 'zh', result.kind)}${due === undefined ? '' : `（截止${due}）`}`;
    return `${id} ${result.status}${due === undefined ? '' : ` (due ${due})`}`;
  });
  if (locale === 'zh') return `${labelOf(check.status, 'zh', check.kind)}${check.complete ? '' : '（尚未全部完成）'}：${rules.join('，')}`;
  return `${check.status}${check.complete ? '' : ' (not complete)'}: ${rules.join(', ')}`;
}

function json(check: ProcurementCheck): unknown {
  // `in` does not narrow an indexed access: a result with a trace is a rule's result.
  const results = Object.fromEntries(PROCUREMENT_RULE_IDS.map((id) => [id, 'trace' in check.results[id] ? withoutEmptyTrace(check.results[id] as RuleResult) : check.results[id]]));
  return { ...check, results };
}

function summary(): BatchSummary<ProcurementCheck> {
  const builder = createProcurementSummary();
  let index = 0;
  return {
    add(outcome) {
      // An outcome's error code is a library code or the CLI's INVALID_INPUT, both ErrorCodes.
      builder.add(outcome.ok ? { index: index++, ok: true, result: outcome.result } : { index: index++, ok: false, error: { ...outcome.error, code: outcome.error.code as ErrorCode, details: {} } });
    },
    result: () => ({ ...builder.result() }),
    describe(locale) {
      const result = builder.result();
      const zh = locale === 'zh';
      const details = PROCUREMENT_RULE_IDS.map((id) => {
        const rule = result.byRule[id];
        const counts = statusCounts(rule.statuses, locale, getRule(id).kind);
        return `${ruleName(id, locale)}${zh ? '：' : ': '}${[counts.join(zh ? '，' : ', ') || (zh ? '无' : 'none'), ...durationsText(rule, '', locale)].join(zh ? '，' : ', ')}`;
      });
      return { counts: statusCounts(result.statuses, locale, 'procurement'), details };
    },
  };
}

/** `yingshang procurement --input <file|->`: `checkProcurement` over every record. */
export const procurementCommand: Command = {
  name: 'procurement',
  help: {
    zh: `用法：
  yingshang procurement --input <contracts.jsonl|contracts.csv|-> [选项]

用 checkProcurement 逐条检查政府采购合同记录（中标通知书发出后20日内签订合同，7个工作日内组织验收，收到发票后
5个工作日内办理支付，预付款比例），按顺序，不把整个输入读入内存。记录的各项为列（CSV）或键（JSON 行）：
  ${FIELDS.join(', ')}
为空或 null 表示“尚未发生”（由它起算的规则为“未开始”）。需要日历尚无放假通知的年份的规则为“暂无法判断”，其记录为
“部分暂无法判断”（没有更严重的情况时退出码为 4；已违反规定或已逾期时退出码仍为 1）。汇总给出各总体状态的记录数，
以及各规则按状态的计数和已办结期限用时的平均数、中位数和 p90。

选项：
${BATCH_OPTIONS_HELP_ZH}

示例：
  yingshang procurement --input contracts.csv --id contractNo --as-of 2021-10-15
  yingshang procurement --input contracts.jsonl --format jsonl > checks.jsonl`,
    en: `Usage:
  yingshang procurement --input <contracts.jsonl|contracts.csv|-> [options]

Checks every contract record with checkProcurement (contract signing within 20 days of the award notice,
acceptance within 7 working days, payment within 5 working days of the invoice, the prepayment ratio), in order,
without holding the input in memory. A record's fields are the columns (CSV) or keys (JSON Lines):
  ${FIELDS.join(', ')}
or their Chinese names (${Object.entries(PROCUREMENT_COLUMN_NAMES).map(([field, names]) => `${names[0]}: ${field}`).join(', ')}…; see the
procurement guide). Dates are read as written year first (2021-09-28, 2021/9/28, 2021年9月28日, 20210928…),
supplierIsSme as true/false, TRUE/FALSE, 是/否, Y/N or 1/0, amounts with ¥, 元 and thousands separators.
An empty cell or null means "not yet" (the rule it starts is not_started). A rule whose answer needs a year the
calendar has no notice for is out_of_range and its record incomplete (exit code 4 when nothing is worse; a breach
or an overdue deadline still exits 1). The summary gives the records per
overall status and, per rule, the counts by status and the mean, median and p90 duration of completed deadlines.

Options:
${BATCH_OPTIONS_HELP}

Examples:
  yingshang procurement --input contracts.csv --id contractNo --as-of 2021-10-15
  yingshang procurement --input contracts.jsonl --format jsonl > checks.jsonl`,
  },
  async run(args, io) {
    const { values, positionals, calendar, locale } = parseCommandLine('procurement', args, { ...CALENDAR_OPTIONS, ...BATCH_OPTIONS });
    expectPositionals('procurement', positionals, []);
    const options = { calendar: calendar(), trace: false };
    const reading = cellReadingOf(values);
    return runBatch<ProcurementCheck>(io, values, {
      command: 'procurement',
      shape: {
        fields: FIELDS,
        what: 'the fields of a procurement record',
        cellValue: (column, cell, where) => cellValue(column, cell, where, CELL_TYPES, reading),
        columnNames: PROCUREMENT_COLUMN_NAMES,
        required: ['awardNoticeIssuedOn'],
      },
      // The record as read, unchecked on purpose: checkProcurement validates it (INVALID_FACTS naming the field).
      evaluate: (record) => checkProcurement(record as never, options),
      json,
      csvColumns: CSV_COLUMNS,
      csvFields,
      text: (check) => text(check, locale),
      broken: (check) => check.status === 'missed' || check.status === 'overdue',
      missingYears: (check) => [...new Set(Object.values(check.results).flatMap((result) => (isOutOfRangeResult(result) ? result.years : [])))],
      locale,
      summary: summary(),
    });
  },
};
