import { evaluate } from '../../rules/index.js';
import { outOfRangeOr } from '../../rules/internal.js';
import { CALENDAR_OPTIONS } from '../calendarOption.js';
import { cellValue } from '../cellValue.js';
import { csvStatus } from '../csvHeaders.js';
import { cellReadingOf } from '../sheetOptions.js';
import type { Command } from '../command.js';
import { missingYearsOf, resultColumns, resultText, ruleSummary, withoutEmptyTrace, type BatchResult } from '../formatBatchItem.js';
import { parseCommandLine } from '../parseCommandLine.js';
import { factFields, ruleOption, RULE_OPTIONS } from '../ruleOption.js';
import { isBroken } from '../ruleOutcome.js';
import { BATCH_OPTIONS, BATCH_OPTIONS_HELP, BATCH_OPTIONS_HELP_ZH, runBatch } from '../runBatch.js';

/** `yingshang check <ruleId> --input <file|->`. */
export const checkCommand: Command = {
  name: 'check',
  help: {
    zh: `用法：
  yingshang check <规则编号> --input <文件.jsonl|文件.csv|-> [选项]
  yingshang check --rule <规则.json> --input <文件|-> [选项]

按顺序逐条判断输入中的每条记录，不把整个输入读入内存。
JSON 行：每行一个事实对象。CSV：表头为事实名称（start、end、asOf、pauses，或规则的输入项）；单元格为空即不填该项；
pauses 写作 起..止，多段用 ';' 分隔。不是事实的列（或 JSON 字段）会被拒绝并指出列名，除非用 --id、--keep 或
--ignore-unknown-columns 说明如何处理。无法读取或事实有误的记录连同行号一并报告，其余记录照常判断。需要日历尚无
放假通知的年份的记录报告为“暂无法判断”（out_of_range，按状态计数；没有更严重的情况时退出码为 4）。最后给出汇总
（--format csv 时在标准错误输出，jsonl 时为最后一行）。

选项：
${BATCH_OPTIONS_HELP_ZH}
  --rule <规则.json>               自定义规则（defineRule 校验的 JSON 格式），代替 <规则编号>

示例：
  yingshang check m15-payment --input invoices.jsonl --as-of 2021-10-11
  yingshang check m06-water-connection --input connections.csv --id applicationNo --keep applicant --ignore-unknown-columns --format csv > report.csv
  printf '{"start":"2021-09-29","end":"2021-10-12"}\\n' | yingshang check m15-payment --input - --format jsonl`,
    en: `Usage:
  yingshang check <ruleId> --input <file.jsonl|file.csv|-> [options]
  yingshang check --rule <rule.json> --input <file|-> [options]

Evaluates every record of the input against the rule, in order, without holding the input in memory.
JSON Lines: one facts object per line. CSV: a header row naming the facts (start, end, asOf, pauses, or the
rule's inputs); an empty cell leaves the fact out; pauses are from..to, separated by ';'. A column (or JSON
field) that is not a fact is refused, naming it, unless --id, --keep or --ignore-unknown-columns says what to do
with it. A record that cannot be read or whose facts are invalid is reported with its line number, and the others
are still evaluated. A record whose answer needs a year the calendar has no notice for is reported as
out_of_range (counted by status; exit code 4 when nothing is worse). The summary comes at the end (on stderr for --format csv, as the last line for jsonl).

Options:
${BATCH_OPTIONS_HELP}
  --rule <rule.json>               a custom rule, in the JSON shape defineRule validates, instead of <ruleId>

Examples:
  yingshang check m15-payment --input invoices.jsonl --as-of 2021-10-11
  yingshang check m06-water-connection --input connections.csv --id applicationNo --keep applicant --ignore-unknown-columns --format csv > report.csv
  printf '{"start":"2021-09-29","end":"2021-10-12"}\\n' | yingshang check m15-payment --input - --format jsonl`,
  },
  async run(args, io) {
    const { values, positionals, calendar, locale } = parseCommandLine('check', args, { ...CALENDAR_OPTIONS, ...BATCH_OPTIONS, ...RULE_OPTIONS });
    const rule = ruleOption('check', values, positionals);
    const fields = factFields(rule);
    const booleans = rule.kind === 'threshold' ? Object.entries(rule.inputs).filter(([, spec]) => spec.type === 'boolean').map(([name]) => name) : [];
    const numbers = rule.kind === 'target' ? ['value', 'baseline'] : [];
    const options = { calendar: calendar(), trace: false };
    const reading = cellReadingOf(values);
    return runBatch<BatchResult>(io, values, {
      command: 'check',
      shape: { fields, what: `the facts of ${rule.id}`, cellValue: (column, cell, where) => cellValue(column, cell, where, { booleans, numbers, dates: ['start', 'end', 'asOf'] }, reading) },
      // A record whose answer needs a year without a notice is out_of_range, as in every batch: a status, not an error.
      evaluate: (facts) => outOfRangeOr(rule.id, rule.kind, () => evaluate(rule, facts, options)),
      json: withoutEmptyTrace,
      csvColumns: resultColumns(rule.kind),
      csvFields: (result, headers) => ({ ...result, status: csvStatus(result.status, result.kind, headers) }),
      text: (result) => resultText(result, locale, rule),
      broken: (result) => isBroken(result.status),
      missingYears: missingYearsOf,
      locale,
      summary: ruleSummary(),
      header: { rule: rule.id },
    });
  },
};
