import { checkProcurement, type ProcurementCheck } from '../../procurement/checkProcurement.js';
import { createProcurementSummary } from '../../procurement/createProcurementSummary.js';
import { PROCUREMENT_DEADLINES, PROCUREMENT_RULE_IDS } from '../../procurement/procurementRules.js';
import type { ErrorCode } from '../../errors/codes.js';
import type { RuleResult } from '../../rules/index.js';
import { isOutOfRangeResult } from '../../rules/internal.js';
import { CALENDAR_OPTIONS } from '../calendarOption.js';
import { cellValue } from '../cellValue.js';
import { cellReadingOf } from '../sheetOptions.js';
import { PROCUREMENT_COLUMN_NAMES } from '../../procurement/procurementColumnNames.js';
import type { Command } from '../command.js';
import { durationsText, statusCounts, withoutEmptyTrace } from '../formatBatchItem.js';
import { parseCommandLine, expectPositionals } from '../parseCommandLine.js';
import { BATCH_OPTIONS, BATCH_OPTIONS_HELP, runBatch, type BatchSummary } from '../runBatch.js';

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

function csvFields(check: ProcurementCheck): Readonly<Record<string, unknown>> {
  const fields: Record<string, unknown> = { status: check.status, complete: check.complete };
  for (const id of PROCUREMENT_RULE_IDS) {
    const result = check.results[id];
    fields[id] = result.status;
    if ('due' in result) fields[`${id}.due`] = result.due;
  }
  return fields;
}

function text(check: ProcurementCheck): string {
  const rules = PROCUREMENT_RULE_IDS.map((id) => {
    const result = check.results[id];
    return `${id} ${result.status}${'due' in result && result.status !== 'met' ? ` (due ${result.due})` : ''}`;
  });
  return `${check.status}${check.complete ? '' : ' (not complete)'}: ${rules.join(', ')}`;
}

function json(check: ProcurementCheck): unknown {
  const results = Object.fromEntries(PROCUREMENT_RULE_IDS.map((id) => [id, 'trace' in check.results[id] ? withoutEmptyTrace(check.results[id] as RuleResult) : check.results[id]]));
  return { ...check, results };
}

function summary(): BatchSummary<ProcurementCheck> {
  const builder = createProcurementSummary();
  let index = 0;
  return {
    add(outcome) {
      builder.add(outcome.ok ? { index: index++, ok: true, result: outcome.result } : { index: index++, ok: false, error: { ...outcome.error, code: outcome.error.code as ErrorCode, details: {} } });
    },
    result: () => ({ ...builder.result() }),
    describe() {
      const result = builder.result();
      const details = PROCUREMENT_RULE_IDS.map((id) => {
        const rule = result.byRule[id];
        const counts = statusCounts(rule.statuses);
        return `${id}: ${[counts.join(', ') || 'none', ...durationsText(rule)].join(', ')}`;
      });
      return { counts: statusCounts(result.statuses), details };
    },
  };
}

/** `yingshang procurement --input <file|->`: `checkProcurement` over every record. */
export const procurementCommand: Command = {
  name: 'procurement',
  help: `Usage:
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
      evaluate: (record) => checkProcurement(record as never, options),
      json,
      csvColumns: CSV_COLUMNS,
      csvFields,
      text,
      broken: (check) => check.status === 'missed' || check.status === 'overdue',
      missingYears: (check) => [...new Set(Object.values(check.results).flatMap((result) => (isOutOfRangeResult(result) ? result.years : [])))],
      locale,
      summary: summary(),
    });
  },
};
