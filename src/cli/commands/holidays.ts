import { toCSV } from '../../calendar/export/toCSV.js';
import { toHolidayRecords } from '../../calendar/export/toHolidayRecords.js';
import { toICS } from '../../calendar/export/toICS.js';
import type { Language } from '../../rules/internal.js';
import type { Calendar } from '../../calendar/types.js';
import { CALENDAR_OPTIONS, warnIfProvisional } from '../calendarOption.js';
import { EXIT } from '../cliIo.js';
import type { Command } from '../command.js';
import { expectPositionals, outputFormat, parseCommandLine } from '../parseCommandLine.js';
import { UsageError } from '../UsageError.js';
import { writeOutput } from '../writeOutput.js';

const EXPORT_FORMATS = ['ics', 'json', 'csv'] as const;

/** A format of `--format`. */
type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A year from the command line, or the text itself so that the library reports what is wrong with it. */
function yearArgument(text: string): number {
  // The cast passes the text on unchanged: the library's own INVALID_ARGUMENT message then says what is wrong with it.
  return /^\d{4}$/.test(text) ? Number(text) : (text as unknown as number);
}

/** The export format of `--format`, or `undefined` for the listing; rejects a format mixed with `--json`/`--jsonl` or `--lang` without ics. */
function exportFormat(values: { format?: string | undefined; json?: boolean | undefined; jsonl?: boolean | undefined }): ExportFormat | undefined {
  const { format } = values;
  const known = EXPORT_FORMATS.find((f) => f === format);
  if (format !== undefined && known === undefined) {
    throw new UsageError(
      `\`--format\` is ${JSON.stringify(format)}; valid formats: ${EXPORT_FORMATS.join(', ')} (see \`yingshang holidays --help\`).`,
      `--format 的值 ${JSON.stringify(format)} 无效；可用的格式：${EXPORT_FORMATS.join('、')}（见 yingshang holidays --help）。`,
    );
  }
  if (format !== undefined && (values.json || values.jsonl)) throw new UsageError('Choose one of --format and --json/--jsonl.', '--format 和 --json/--jsonl 只能选一个。');
  return known;
}

/** The export of `range` in `format`, as written to stdout. */
function exportRange(calendar: Calendar, range: { readonly from: string; readonly to: string }, format: ExportFormat, locale: Language | undefined): string {
  if (format === 'ics') return toICS({ calendar, ...range, ...(locale === undefined ? {} : { locale }) });
  // A file for people: the BOM makes Excel and WPS read its Chinese names as UTF-8.
  if (format === 'csv') return toCSV({ calendar, ...range, bom: true });
  return `${JSON.stringify(toHolidayRecords({ calendar, ...range }), null, 2)}\n`;
}

/** `yingshang holidays <year>`. */
export const holidaysCommand: Command = {
  name: 'holidays',
  help: {
    zh: `用法：
  yingshang holidays <年份>
  yingshang holidays <年份> --format ics|json|csv [--lang zh|en]

按国务院放假通知（含调整通知）列出一年放假安排的各段：放假日、调休上班日，以及确定每段安排的通知。

加 --format 时，导出 <年份> 这一日历年（1月1日至12月31日；下一年的通知可能安排 <年份> 年底的日子）的放假日和
调休上班日，以及各自依据的通知：
  ics    iCalendar 日历订阅（RFC 5545），供日历应用使用：每段连续放假日一个全天事件，每个调休上班日一个；
         --lang zh（默认）或 en 选择事件标题的语言
  json   每天一条记录：日期、类型、节日、所属年份和通知（文号、标题、日期、网址）
  csv    同样的记录，CSV 格式（RFC 4180，带表头，CRLF 换行）

选项：
  --json, --jsonl          以 JSON 输出各段安排（不与 --format 同用）
  --format <格式>          ics、json 或 csv
  --lang zh|en             名称（列表）和 ics 事件标题的语言（默认：列表中两种都列，订阅中为中文；zh-CN 同 zh）
  --provisional            对尚未发布通知的年份按法定节假日推算（标准错误输出给出提示）
  --as-known-on <日期>     只使用该日（含）以前发布的通知

示例：
  yingshang holidays 2021
  yingshang holidays 2020 --json
  yingshang holidays 2026 --format ics > holidays-2026.ics
  yingshang holidays 2026 --format csv --as-known-on 2025-12-31`,
    en: `Usage:
  yingshang holidays <year>
  yingshang holidays <year> --format ics|json|csv [--lang zh-CN|en]

Lists the holiday blocks of a schedule year from the State Council notices, amendments included:
rest days, make-up working days (调休上班) and the notice that fixed each block.

With --format, exports the rest days and make-up working days of calendar year <year> (1 January to
31 December; a notice for the next year can fix days at the end of <year>) with the notice behind each:
  ics    an iCalendar feed (RFC 5545) for calendar applications: one all-day event per run of rest days
         and one per make-up working day; --lang zh-CN (default) or en for the summaries
  json   one record per day: date, kind, holiday, schedule year and notice (doc number, title, date, URL)
  csv    the same records as CSV (RFC 4180, header row, CRLF line endings)

Options:
  --json, --jsonl          the blocks as JSON (not with --format)
  --format <format>        ics, json or csv
  --lang zh|en             language of the names (listing) and of the ics summaries (default: both in the
                           listing, Chinese in the feed; zh-CN is accepted for zh)
  --provisional            project years without a published notice (a warning goes to stderr)
  --as-known-on <date>     use only the notices published on or before <date>

Examples:
  yingshang holidays 2021
  yingshang holidays 2020 --json
  yingshang holidays 2026 --format ics > holidays-2026.ics
  yingshang holidays 2026 --format csv --as-known-on 2025-12-31`,
  },
  run(args, io) {
    const line = parseCommandLine('holidays', args, { ...CALENDAR_OPTIONS, format: { type: 'string' } });
    const { values, positionals, locale } = line;
    expectPositionals('holidays', positionals, ['year']);
    const format = exportFormat(values);
    const calendar = line.calendar();
    const year = yearArgument(positionals[0] ?? '');
    // Validates the year, for the export too.
    const blocks = calendar.holidaysOf(year);
    const range = { from: `${year}-01-01`, to: `${year}-12-31` };
    // The listing shows the blocks of schedule year <year>; the export, the days of calendar year <year>.
    const provisionalYears = calendar.provisionalYearsBetween(range.from, range.to).filter((y) => format !== undefined || y === year);
    warnIfProvisional(io, { value: blocks, provisional: provisionalYears.length > 0, provisionalYears }, locale);
    if (format !== undefined) {
      io.stdout(exportRange(calendar, range, format, values.lang === undefined ? undefined : locale));
      return EXIT.ok;
    }
    writeOutput(io, outputFormat(values), blocks, () =>
      blocks.map((b) => {
        if (locale === 'zh') {
          // In Chinese by default (the names in both languages stay when no --lang is given).
          const days = b.restDays.length > 1 ? `${b.restDays[0]} 至 ${b.restDays.at(-1)}（共${b.restDays.length}天）` : `${b.restDays[0]}（1天）`;
          const name = values.lang === undefined ? `${b.name.zh} ${b.name.en}` : b.name.zh;
          return `${name}：放假 ${days}${b.makeupDays.length ? `；调休上班 ${b.makeupDays.join('、')}` : ''} — ${b.notice.docNo}${b.history.length > 1 ? `，${b.notice.publishedOn}调整` : ''}`;
        }
        const rest = b.restDays.length > 1 ? `${b.restDays[0]} … ${b.restDays.at(-1)} (${b.restDays.length} days)` : `${b.restDays[0]} (1 day)`;
        const makeup = b.makeupDays.length ? `; make-up working days ${b.makeupDays.join(', ')}` : '';
        const amended = b.history.length > 1 ? `, amended ${b.notice.publishedOn}` : '';
        const name = values.lang === undefined ? `${b.name.zh} ${b.name.en}` : b.name.en;
        return `${name}: rest ${rest}${makeup} — ${b.notice.docNo}${amended}`;
      }),
    );
    return EXIT.ok;
  },
};
