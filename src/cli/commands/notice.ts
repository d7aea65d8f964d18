import { HOLIDAY_NAMES } from '../../calendar/holidayKeys.js';
import { parseNotice, type ParsedNotice } from '../../calendar/notice/parseNotice.js';
import type { DayKind } from '../../calendar/types.js';
import { labelOf } from '../../rules/index.js';
import type { Language } from '../../rules/internal.js';
import { inputChunks } from '../batchInput.js';
import { EXIT } from '../cliIo.js';
import type { Command } from '../command.js';
import { expectPositionals, outputFormat, parseCommandLine } from '../parseCommandLine.js';
import { UsageError } from '../UsageError.js';

/** The words of the readable table in each language. */
const WORDS = {
  zh: {
    heading: (year: number, title: string, docNo: string, publishedOn: string) => `${year}年：${title}（${docNo}，${publishedOn}）`,
    span: (from: string, to: string) => `${from} 至 ${to}`,
    list: '、',
    holiday: (name: string, rest: string, makeup: string) => `  ${name}：放假 ${rest}${makeup === '' ? '' : `；调休上班 ${makeup}`}`,
    noProjection: '没有可比较的推算：推算只覆盖2025–2040年（依据2024年修订的《全国年节及纪念日放假办法》）。',
    sameDays: '与推算的放假安排（--provisional）完全相同。',
    differences: '与推算的放假安排（--provisional）不同的日子：',
    difference: (date: string, notice: DayKind, projection: DayKind) => `  ${date}：通知为${labelOf(notice, 'zh')}，推算为${labelOf(projection, 'zh')}`,
  },
  en: {
    heading: (year: number, title: string, docNo: string, publishedOn: string) => `${year}: ${title} (${docNo}, ${publishedOn})`,
    span: (from: string, to: string) => `${from} … ${to}`,
    list: ', ',
    holiday: (name: string, rest: string, makeup: string) => `  ${name}: rest ${rest}${makeup === '' ? '' : `; make-up working days ${makeup}`}`,
    noProjection: 'No projection to compare with: projections cover 2025–2040 (the 2024 revision of the law).',
    sameDays: 'Same days as the provisional projection (--provisional).',
    differences: 'Differences from the provisional projection (--provisional):',
    difference: (date: string, notice: DayKind, projection: DayKind) => `  ${date}: notice ${notice}, projection ${projection}`,
  },
} as const;

/** The readable table, in `language`: the notice, each holiday's days, and the days where the projection would have been wrong. */
function describe({ schedule, differencesFromProjection }: ParsedNotice, language: Language): string {
  const words = WORDS[language];
  const notice = schedule.notices[schedule.notices.length - 1];
  const lines = [words.heading(schedule.year, notice?.title ?? '', notice?.docNo ?? '', notice?.publishedOn ?? '')];
  for (const h of notice?.holidays ?? []) {
    const name = [h.key, ...(h.alsoKeys ?? [])].map((k) => HOLIDAY_NAMES[k][language]).join(words.list);
    const rest = h.rest.map((r) => (r.from === r.to ? r.from : words.span(r.from, r.to))).join(words.list);
    lines.push(words.holiday(name, rest, h.makeup.join(words.list)));
  }
  if (differencesFromProjection === null) {
    lines.push(words.noProjection);
  } else if (differencesFromProjection.length === 0) {
    lines.push(words.sameDays);
  } else {
    lines.push(words.differences);
    for (const d of differencesFromProjection) lines.push(words.difference(d.date, d.notice, d.projection));
  }
  return `${lines.join('\n')}\n`;
}

/** `yingshang notice parse <file|->`. */
export const noticeCommand: Command = {
  name: 'notice',
  help: {
    zh: `用法：
  yingshang notice parse <文件|-> [--json] [--url <网址>] [--doc-no <文号>] [--published-on <日期>] [--title <标题>] [--year <年份>]

读取《国务院办公厅关于XXXX年部分节假日安排的通知》的文本（发布的全文，或其编号条目）并加以检查：日期真实存在且
星期相符，调休上班日只在周末，《全国年节及纪念日放假办法》规定的每个法定节假日都放假，各段安排互不重叠。无法读取的
通知会报错（退出码 2）并指出出错的句子。输出年份，以及与按法定节假日推算的安排不同的日子；加 --json 时输出数据文件
格式的一年放假安排，供 --schedules 使用。

选项：
  --json                   以 JSON 输出一年的放假安排（seeds/calendar/cn/<年份>.json 的格式）
  --url <网址>             通知的发布网址（文本中没有网址时必填）
  --doc-no <文号>          文号，如 国办发明电〔2026〕8号（文本中没有时）
  --published-on <日期>    发布日期（文本中没有落款日期时）
  --title <标题>           通知标题（文本中没有时）
  --year <年份>            安排的年份（标题和条目都没有写明时）

示例：
  yingshang notice parse notice.txt --url https://www.gov.cn/zhengce/content/…
  yingshang notice parse notice.txt --url https://www.gov.cn/zhengce/content/… --json > 2027.json
  pbpaste | yingshang notice parse - --url https://www.gov.cn/zhengce/content/…`,
    en: `Usage:
  yingshang notice parse <file|-> [--json] [--url <url>] [--doc-no <no>] [--published-on <date>] [--title <title>] [--year <year>]

Reads the text of a 国务院办公厅关于XXXX年部分节假日安排的通知 (the whole notice as published, or its numbered
items) and checks it: real dates with their true weekdays, make-up days on weekends only, every statutory
holiday of 《全国年节及纪念日放假办法》 a rest day, no overlapping blocks. A notice it cannot read is an error
(exit 2) naming the sentence. Prints the year and the days where it differs from the provisional projection,
or with --json the schedule year in the seed shape, for --schedules or createCalendar({ schedules }).

Options:
  --json                   the schedule year as JSON (the shape of seeds/calendar/cn/<year>.json)
  --url <url>              where the notice was published (required when the text has no URL)
  --doc-no <no>            the document number, e.g. 国办发明电〔2026〕8号, when the text lacks it
  --published-on <date>    the day it was published, when the text has no signature date
  --title <title>          the notice's title, when the text lacks it
  --year <year>            the schedule year, when neither the title nor the items say it

Examples:
  yingshang notice parse notice.txt --url https://www.gov.cn/zhengce/content/…
  yingshang notice parse notice.txt --url https://www.gov.cn/zhengce/content/… --json > 2027.json
  pbpaste | yingshang notice parse - --url https://www.gov.cn/zhengce/content/…`,
  },
  async run(args, io) {
    const { values, positionals, locale } = parseCommandLine('notice', args, {
      url: { type: 'string' },
      'doc-no': { type: 'string' },
      'published-on': { type: 'string' },
      title: { type: 'string' },
      year: { type: 'string' },
    });
    if (positionals[0] !== 'parse') throw new UsageError('`yingshang notice` has one subcommand: parse <file|-> (see `yingshang notice --help`).', 'yingshang notice 只有一个子命令：parse <文件|->（见 yingshang notice --help）。');
    expectPositionals('notice parse', positionals.slice(1), ['file|-']);
    const format = outputFormat(values);
    if (format === 'jsonl') throw new UsageError('`yingshang notice parse` prints one schedule year: use --json.', 'yingshang notice parse 输出一年的放假安排：请用 --json。');
    if (values.year !== undefined && !/^\d{4}$/u.test(values.year)) throw new UsageError(`\`--year\` is ${JSON.stringify(values.year)}; expected a year such as 2027.`, `--year 的值 ${JSON.stringify(values.year)} 无效；应为年份，如 2027。`);
    let text = '';
    for await (const chunk of inputChunks(positionals[1] ?? '-', io.stdin, { option: 'the notice' })) text += chunk;
    const parsed = parseNotice(text, {
      ...(values.url === undefined ? {} : { url: values.url }),
      ...(values['doc-no'] === undefined ? {} : { docNo: values['doc-no'] }),
      ...(values['published-on'] === undefined ? {} : { publishedOn: values['published-on'] }),
      ...(values.title === undefined ? {} : { title: values.title }),
      ...(values.year === undefined ? {} : { year: Number(values.year) }),
    });
    io.stdout(format === 'json' ? `${JSON.stringify(parsed.schedule, null, 2)}\n` : describe(parsed, locale));
    return EXIT.ok;
  },
};
