import { evaluate, explain } from '../../rules/index.js';
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
  help: `Usage:
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
  async run(args, io) {
    const { values, positionals, locale, calendar } = parseCommandLine('deadline', args, {
      ...CALENDAR_OPTIONS,
      ...RULE_OPTIONS,
      start: { type: 'string' },
      end: { type: 'string' },
      'as-of': { type: 'string' },
      pause: { type: 'string', multiple: true },
    });
    const rule = ruleOption('deadline', values, positionals);
    if (rule.kind !== 'deadline') throw new UsageError(`${rule.id} is a ${rule.kind} rule, not a deadline; use \`yingshang check ${rule.id} --input <file>\`.`);
    const pauses = (values.pause ?? []).map((p, i) => parsePause(p, `--pause #${i + 1}`));
    const facts = {
      ...(values.start === undefined ? {} : { start: values.start }),
      ...(values.end === undefined ? {} : { end: values.end }),
      ...(values['as-of'] === undefined ? {} : { asOf: values['as-of'] }),
      ...(pauses.length > 0 ? { pauses } : {}),
    };
    const result = evaluate(rule, facts, { calendar: calendar() });
    const explanation = explain(result, { locale, rule });
    writeOutput(io, outputFormat(values), { result, explanation }, () => [`${result.status} · due ${result.due}`, explanation]);
    return isBroken(result.status) ? EXIT.ruleBroken : EXIT.ok;
  },
};
