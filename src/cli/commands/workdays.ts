import type { DayInfo } from '../../calendar/types.js';
import { WEEKDAY_NAMES } from '../../_internal/dateNames.js';
import { labelOf } from '../../rules/index.js';
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
  // The cast passes the text on unchanged: the library's own INVALID_DATE message then says what is wrong with it.
  return /^[+-]?\d{1,15}$/.test(text) ? Number(text) : (text as unknown as number);
}

/**
 * One line describing a day, for people, all in `locale`: weekday, working or rest day, the kind of day (its label),
 * the holiday's name and the notice (`2021-10-09 星期六 上班 调休上班 国庆节（国办发明电〔2020〕27号）`).
 *
 * @internal
 */
export function describeDay(info: DayInfo, locale: Language): string {
  const weekday = WEEKDAY_NAMES[locale][info.weekday - 1];
  const kind = labelOf(info.kind, locale);
  if (locale === 'zh') {
    const holiday = info.holiday ? ` ${info.holiday.name.zh}` : '';
    const source = info.source ? `（${info.source.docNo}）` : '';
    return `${info.date} ${weekday} ${info.isWorkingDay ? '上班' : '休息'} ${kind}${holiday}${source}${info.provisional ? ' [推算]' : ''}`;
  }
  const holiday = info.holiday ? ` ${info.holiday.name.en}` : '';
  const source = info.source ? ` (${info.source.docNo})` : '';
  return `${info.date} ${weekday} ${info.isWorkingDay ? 'working day' : 'rest day'} ${kind.toLowerCase()}${holiday}${source}${info.provisional ? ' [provisional]' : ''}`;
}

/** `yingshang workdays add|count|info`. */
export const workdaysCommand: Command = {
  name: 'workdays',
  help: {
    zh: `用法：
  yingshang workdays add <日期> <n>          <日期>之后的第 n 个工作日（n < 0 时为之前）
  yingshang workdays count <起> <止>         满足 起 < d <= 止 的工作日 d 的个数
  yingshang workdays info <日期>             这一天的类型、节日和依据的通知

起算日不计入。调休上班日计入工作日，节假日的放假日不计入。
日期写作 YYYY-MM-DD（中国的日历日期）。

选项：
  --json, --jsonl          机器可读的输出
  --lang zh|en             星期、日期类型和节日名称的语言（默认 zh）
  --provisional            对尚未发布通知的年份按法定节假日推算（结果会注明；标准错误输出给出提示）
  --as-known-on <日期>     只使用该日（含）以前发布的通知

示例：
  yingshang workdays add 2021-09-29 5          # 2021-10-12
  yingshang workdays count 2021-09-29 2021-10-12   # 5
  yingshang workdays info 2021-10-09 --json
  yingshang workdays add 2026-12-28 5 --provisional   # 2027-01-05，并给出提示`,
    en: `Usage:
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
  },
  run(args, io) {
    const line = parseCommandLine('workdays', args, CALENDAR_OPTIONS);
    const { values, positionals } = line;
    const format = outputFormat(values);
    const calendar = line.calendar();
    const [sub, ...rest] = positionals;
    if (sub === 'add') {
      expectPositionals('workdays add', rest, ['date', 'n']);
      const [date = '', n = ''] = rest;
      const answer = calendar.addWorkingDaysDetailed(date, countArgument(n));
      warnIfProvisional(io, answer, line.locale);
      writeOutput(io, format, { date, n: Number(n), result: answer.value, provisional: answer.provisional, provisionalYears: answer.provisionalYears }, () => [answer.value]);
    } else if (sub === 'count') {
      expectPositionals('workdays count', rest, ['start', 'end']);
      const [start = '', end = ''] = rest;
      const answer = calendar.countWorkingDaysDetailed(start, end);
      warnIfProvisional(io, answer, line.locale);
      writeOutput(io, format, { start, end, result: answer.value, provisional: answer.provisional, provisionalYears: answer.provisionalYears }, () => [String(answer.value)]);
    } else if (sub === 'info') {
      expectPositionals('workdays info', rest, ['date']);
      const info = calendar.getDayInfo(rest[0] ?? '');
      writeOutput(io, format, info, () => [describeDay(info, line.locale)]);
    } else {
      throw new UsageError(`\`yingshang workdays\` needs a subcommand: add, count or info${sub ? `, not ${JSON.stringify(sub)}${meantText(sub, ['add', 'count', 'info'])}` : ''} (see \`yingshang workdays --help\`).`,
        `yingshang workdays 需要子命令 add、count 或 info${sub ? `，而不是 ${JSON.stringify(sub)}${meantText(sub, ['add', 'count', 'info'], 'zh')}` : ''}（见 yingshang workdays --help）。`,
      );
    }
    return EXIT.ok;
  },
};
