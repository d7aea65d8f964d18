import type { DayInfo } from '../../calendar/types.js';
import { WEEKDAY_NAMES } from '../../_internal/dateNames.js';
import type { Language } from '../../rules/internal.js';
import { CALENDAR_OPTIONS, warnIfProvisional } from '../calendarOption.js';
import { EXIT } from '../cliIo.js';
import type { Command } from '../command.js';
import { expectPositionals, outputFormat, parseCommandLine } from '../parseCommandLine.js';
import { meantText } from '../meantText.js';
import { UsageError } from '../UsageError.js';
import { writeOutput } from '../writeOutput.js';

/** A whole number from the command line, or the text itself so that the library reports what is wrong with it. */
function countArgument(text: string): number {
  return /^[+-]?\d{1,15}$/.test(text) ? Number(text) : (text as unknown as number);
}

/** One line describing a day, for people: weekday and holiday name in `locale`. */
export function describeDay(info: DayInfo, locale: Language): string {
  const holiday = info.holiday ? ` ${locale === 'en' ? info.holiday.nameEn : info.holiday.nameZh}` : '';
  const source = info.source ? ` (${info.source.docNo})` : '';
  const provisional = info.provisional ? ' [provisional]' : '';
  return `${info.date} ${WEEKDAY_NAMES[locale][info.weekday - 1]} ${info.isWorkingDay ? 'working day' : 'rest day'} ${info.kind}${holiday}${source}${provisional}`;
}

/** `yingshang workdays add|count|info`. */
export const workdaysCommand: Command = {
  name: 'workdays',
  help: `Usage:
  yingshang workdays add <date> <n>        the n-th working day after <date> (before it for n < 0)
  yingshang workdays count <start> <end>   working days d with start < d <= end
  yingshang workdays info <date>           kind of day, holiday and source notice

The start day is never counted. Make-up working days (调休上班) count; rest days of holiday blocks do not.
Dates are YYYY-MM-DD (civil dates in China).

Options:
  --json, --jsonl          machine-readable output
  --lang zh|en             language of the weekday and holiday names (default zh)
  --provisional            project years without a published notice (answers say so; a warning goes to stderr)
  --as-known-on <date>     use only the notices published on or before <date>

Examples:
  yingshang workdays add 2021-09-29 5          # 2021-10-12
  yingshang workdays count 2021-09-29 2021-10-12   # 5
  yingshang workdays info 2021-10-09 --json
  yingshang workdays add 2026-12-28 5 --provisional   # 2027-01-05, with a warning`,
  async run(args, io) {
    const line = parseCommandLine('workdays', args, CALENDAR_OPTIONS);
    const { values, positionals } = line;
    const format = outputFormat(values);
    const calendar = line.calendar();
    const [sub, ...rest] = positionals;
    if (sub === 'add') {
      expectPositionals('workdays add', rest, ['date', 'n']);
      const [date = '', n = ''] = rest;
      const answer = calendar.addWorkingDaysDetailed(date, countArgument(n));
      warnIfProvisional(io, answer);
      writeOutput(io, format, { date, n: Number(n), result: answer.value, provisional: answer.provisional, provisionalYears: answer.provisionalYears }, () => [answer.value]);
    } else if (sub === 'count') {
      expectPositionals('workdays count', rest, ['start', 'end']);
      const [start = '', end = ''] = rest;
      const answer = calendar.countWorkingDaysDetailed(start, end);
      warnIfProvisional(io, answer);
      writeOutput(io, format, { start, end, result: answer.value, provisional: answer.provisional, provisionalYears: answer.provisionalYears }, () => [String(answer.value)]);
    } else if (sub === 'info') {
      expectPositionals('workdays info', rest, ['date']);
      const info = calendar.getDayInfo(rest[0] ?? '');
      writeOutput(io, format, info, () => [describeDay(info, line.locale)]);
    } else {
      throw new UsageError(`\`yingshang workdays\` needs a subcommand: add, count or info${sub ? `, not ${JSON.stringify(sub)}${meantText(sub, ['add', 'count', 'info'])}` : ''} (see \`yingshang workdays --help\`).`);
    }
    return EXIT.ok;
  },
};
