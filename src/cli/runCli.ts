import { isYingshangError, type YingshangError } from '../errors/YingshangError.js';
import { formatError } from '../rules/index.js';
import type { Language } from '../rules/internal.js';
import { EXIT, exitCodesText, type CliIo } from './cliIo.js';
import type { CommandEntry } from './command.js';
import { meantText } from './meantText.js';
import { packageVersion } from './packageVersion.js';
import { UsageError } from './UsageError.js';

/** Every command, in the order of `--help`. Add a command by adding a line here (its module is loaded on use). */
const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'workdays',
    summary: { zh: '加减或计算工作日，或查看某一天', en: 'add or count working days, or describe a day' },
    load: async () => (await import('./commands/workdays.js')).workdaysCommand,
  },
  {
    name: 'holidays',
    summary: { zh: '列出一年的放假安排、调休上班日和通知，或导出（ics、json、csv）', en: "list a year's holiday blocks, make-up working days and notices, or export them (ics, json, csv)" },
    load: async () => (await import('./commands/holidays.js')).holidaysCommand,
  },
  {
    name: 'calendar',
    summary: { zh: '导出日历表（每天一行）：CSV、JSON 行，或 PostgreSQL、DuckDB 的 SQL 脚本', en: 'export the day table (one row per day) as CSV, JSON lines or a SQL script for PostgreSQL or DuckDB' },
    load: async () => (await import('./commands/calendar.js')).calendarCommand,
  },
  {
    name: 'deadline',
    summary: { zh: '计算期限规则的截止日期和状态，并给出说明', en: 'compute a due date and status for a deadline rule, with the explanation' },
    load: async () => (await import('./commands/deadline.js')).deadlineCommand,
  },
  {
    name: 'check',
    summary: { zh: '对 JSONL 或 CSV 文件（或标准输入）逐条判断一条规则，并汇总', en: 'evaluate a rule over a JSONL or CSV file (or stdin), streaming, with a summary' },
    load: async () => (await import('./commands/check.js')).checkCommand,
  },
  {
    name: 'procurement',
    summary: { zh: '按第13至15条措施检查政府采购合同（JSONL 或 CSV），按规则汇总', en: 'check procurement contracts (JSONL or CSV) against measures 13–15, streaming, with a summary per rule' },
    load: async () => (await import('./commands/procurement.js')).procurementCommand,
  },
  {
    name: 'connections',
    summary: { zh: '按第6条措施检查水电气接入申请（JSONL 或 CSV），按规则汇总', en: 'check utility connection applications (JSONL or CSV) against measure 6, streaming, with a summary per rule' },
    load: async () => (await import('./commands/connections.js')).connectionsCommand,
  },
  {
    name: 'sql',
    summary: { zh: '输出在数据库内按期限规则判断记录表的 SQL 查询', en: 'print the SQL query that judges a table of records against a period deadline, inside the database' },
    load: async () => (await import('./commands/sql.js')).sqlCommand,
  },
  {
    name: 'measures',
    summary: { zh: '列出或查看江津府办发〔2021〕113号的53条措施', en: 'list or show the 53 measures of 江津府办发〔2021〕113号' },
    load: async () => (await import('./commands/measures.js')).measuresCommand,
  },
  { name: 'rules', summary: { zh: '列出内置规则，或查看一条', en: 'list the built-in rules or show one' }, load: async () => (await import('./commands/rules.js')).rulesCommand },
  {
    name: 'notice',
    summary: { zh: '把国务院放假通知的文本读成一年的放假安排（供 --schedules 或数据文件使用）', en: 'read the text of a State Council holiday notice into a schedule year (for --schedules or a seed)' },
    load: async () => (await import('./commands/notice.js')).noticeCommand,
  },
];

/** The overview of `yingshang --help`, in `language`. */
function overview(language: Language): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[language]}`).join('\n');
  if (language === 'zh') {
    return `yingshang（营商）— 中国工作日与江津府办发〔2021〕113号的规则

用法：yingshang <命令> [参数] [--json | --jsonl] [--lang zh|en] [--schedules <文件.json>]... [--help]
      yingshang --version

命令：
${list}

各命令通用的选项：
  --lang zh|en               输出文字的语言（默认 zh 中文；zh-CN 同 zh）
  --schedules <文件.json>    补充的放假安排（一年一项，格式同数据文件，或其数组；可重复）
  --json, --jsonl            机器可读的输出（键和代码保持英文）
  --help, -h                 命令的参数和示例

${exitCodesText('zh')}

运行 \`yingshang <命令> --help\` 查看命令的参数和示例。`;
  }
  return `yingshang — Chinese working days and the rules of 江津府办发〔2021〕113号

Usage: yingshang <command> [arguments] [--json | --jsonl] [--lang zh|en] [--schedules <file.json>]... [--help]
       yingshang --version

Commands:
${list}

Options every command takes:
  --lang zh|en               language of the words printed (default zh; zh-CN is the same as zh)
  --schedules <file.json>    schedule years to add (a year in the seed shape, or an array of them; repeatable)
  --json, --jsonl            machine-readable output (keys and codes stay English)
  --help, -h                 the command's arguments and examples

${exitCodesText('en')}

Run \`yingshang <command> --help\` for a command's arguments and examples.`;
}

/**
 * The language of `--lang` in `args` (`--lang en` or `--lang=en`), read before the command line is parsed so that
 * `--help` and the errors of parsing it are in that language too; Chinese by default. A value it does not know
 * (`--lang fr`, which the command then refuses) is answered in English, the language of the one who did not ask for
 * Chinese.
 */
function languageOfArgs(args: readonly string[]): Language {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') break;
    const value = arg === '--lang' ? args[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined) return value === 'zh' || value === 'zh-CN' ? 'zh' : 'en';
  }
  return 'zh';
}

/**
 * An error as the CLI prints it: in Chinese, the library's words for people (`formatError`) and, past the data, the
 * options that add a year; in English, the message itself, which names those options.
 */
function messageOf(error: YingshangError, language: Language): string {
  if (error instanceof UsageError) return error.text(language);
  if (language === 'en') return error.message;
  const remedy = error.code === 'CALENDAR_OUT_OF_RANGE' ? '命令行可用 --schedules <文件> 补充放假通知（yingshang notice parse 可读取通知文本），或加 --provisional 推算。' : '';
  return `${formatError(error, 'zh')}${remedy}`;
}

/**
 * Runs the CLI on `argv` (without the node and script paths) and resolves to the exit code. Library errors and usage
 * errors are reported on stderr as `error CODE: message` with exit code 2 (see {@link EXIT}), the message in the
 * language of `--lang` (Chinese by default); the code stays English.
 *
 * @internal
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const language = languageOfArgs(argv);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${overview(language)}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    const names = COMMANDS.map((c) => c.name);
    const message =
      language === 'zh'
        ? `没有命令 ${JSON.stringify(name)}${meantText(name, names, 'zh')}；可用的命令：${names.join('、')}，以及 --version、--help。`
        : `unknown command ${JSON.stringify(name)}${meantText(name, names)}; commands: ${names.join(', ')}, and --version, --help.`;
    io.stderr(`error INVALID_ARGUMENT: ${message}\n`);
    return EXIT.usage;
  }
  const command = await entry.load();
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${command.help[language]}\n\n${exitCodesText(language)}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (!isYingshangError(error)) throw error;
    io.stderr(`error ${error.code}: ${messageOf(error, language)}\n`);
    return EXIT.usage;
  }
}
