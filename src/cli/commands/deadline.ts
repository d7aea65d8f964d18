import { evaluate, explain, labelOf } from '../../rules/index.js';
import { CALENDAR_OPTIONS } from '../calendarOption.js';
import { EXIT } from '../cliIo.js';
import type { Command } from '../command.js';
import { outputFormat, parseCommandLine } from '../parseCommandLine.js';
import { ruleOption, RULE_OPTIONS } from '../ruleOption.js';
import { parsePause } from '../parsePause.js';
import { isBroken } from '../ruleOutcome.js';
import { UsageError } from '../UsageError.js';
import { writeOutput } from '../writeOutput.js';

/** `yingshang deadline <ruleId> --start <date> …`. */
export const deadlineCommand: Command = {
  name: 'deadline',
  help: {
    zh: `用法：
  yingshang deadline <规则编号> --start <日期> [--end <日期>] [--as-of <日期>] [--pause <起>..<止>]... [--lang zh|en]
  yingshang deadline --rule <规则.json> --start <日期> ...

按期限规则从起算日（--start，第0天，不计入）计算截止日期；给出 --end（办结之日）或 --as-of（判断日，默认为
北京时间今天）时同时给出状态：按期完成、逾期完成、进行中、已逾期，或未开始（--as-of 早于 --start）。
中止计时期间（--pause，可重复，首尾两天都算）不计时；截止日期之后才开始的中止不能使期限复活，会被忽略并给出提示。
期日类规则不需要 --start。
期限已逾期或逾期完成时退出码为 1。

选项：
  --lang zh|en             说明的语言（默认 zh）
  --rule <规则.json>       自定义规则（defineRule 校验的 JSON 格式），代替 <规则编号>
  --schedules <文件.json>  补充的放假安排（可重复）
  --json, --jsonl          以 JSON 输出结果和说明
  --provisional            对尚未发布通知的年份按法定节假日推算
  --as-known-on <日期>     只使用该日（含）以前发布的通知

示例：
  yingshang deadline m15-payment --start 2021-09-29                    # 截止 2021-10-12
  yingshang deadline m15-payment --start 2021-09-29 --end 2021-10-13 --lang en   # 逾期完成，退出码 1
  yingshang deadline m06-water-connection --start 2021-09-28 --pause 2021-09-30..2021-10-08 --as-of 2021-10-10
  yingshang rules list                                                 # 所有规则编号`,
    en: `Usage:
  yingshang deadline <ruleId> --start <date> [--end <date>] [--as-of <date>] [--pause <from>..<to>]... [--lang zh|en]
  yingshang deadline --rule <rule.json> --start <date> ...

Computes the due date of a deadline rule from its trigger (--start, day 0, never counted) and, with --end (the
day the action was done) or --as-of (default: today in Asia/Shanghai), its status: met, missed, pending,
overdue, or not_started (--as-of before --start). A pause (--pause, repeatable, both ends inclusive) stops the
clock; --pause <from>.. (no end) is still open and runs until --as-of, or --end. One that begins after the due
date cannot revive the period and is ignored with a warning. Fixed-date rules
take no --start.
Exit code 1 when the deadline was missed or is overdue.

Options:
  --lang zh|en             language of the explanation (default zh)
  --rule <rule.json>       a custom rule, in the JSON shape defineRule validates, instead of <ruleId>
  --schedules <file.json>  schedule years to add (repeatable)
  --json, --jsonl          the result and its explanation as JSON
  --provisional            project years without a published notice
  --as-known-on <date>     use only the notices published on or before <date>

Examples:
  yingshang deadline m15-payment --start 2021-09-29                    # due 2021-10-12
  yingshang deadline m15-payment --start 2021-09-29 --end 2021-10-13 --lang en   # missed, exit 1
  yingshang deadline m06-water-connection --start 2021-09-28 --pause 2021-09-30..2021-10-08 --as-of 2021-10-10
  yingshang deadline m15-payment --start 2021-09-29 --pause 2021-10-11.. --as-of 2021-10-13   # paused since 10-11
  yingshang rules list                                                 # every rule id`,
  },
  run(args, io) {
    const { values, positionals, locale, calendar } = parseCommandLine('deadline', args, {
      ...CALENDAR_OPTIONS,
      ...RULE_OPTIONS,
      start: { type: 'string' },
      end: { type: 'string' },
      'as-of': { type: 'string' },
      pause: { type: 'string', multiple: true },
    });
    const rule = ruleOption('deadline', values, positionals);
    if (rule.kind !== 'deadline') {
      throw new UsageError(
        `${rule.id} is a ${rule.kind} rule, not a deadline; use \`yingshang check ${rule.id} --input <file>\`.`,
        `${rule.id}（${rule.name.zh}）是${labelOf(rule.kind, 'zh')}规则，不是期限；请用 yingshang check ${rule.id} --input <文件>。`,
      );
    }
    const pauses = (values.pause ?? []).map((p, i) => parsePause(p, `--pause #${i + 1}`));
    const facts = {
      ...(values.start === undefined ? {} : { start: values.start }),
      ...(values.end === undefined ? {} : { end: values.end }),
      ...(values['as-of'] === undefined ? {} : { asOf: values['as-of'] }),
      ...(pauses.length > 0 ? { pauses } : {}),
    };
    const result = evaluate(rule, facts, { calendar: calendar() });
    const explanation = explain(result, { locale, rule });
    const headline = locale === 'zh' ? `${labelOf(result.status, 'zh', 'deadline')} · 截止日期 ${result.due}` : `${result.status} · due ${result.due}`;
    writeOutput(io, outputFormat(values), { result, explanation }, () => [headline, explanation]);
    return isBroken(result.status) ? EXIT.ruleBroken : EXIT.ok;
  },
};
