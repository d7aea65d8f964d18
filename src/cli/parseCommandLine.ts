import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Calendar } from '../calendar/types.js';
import type { Language } from '../rules/internal.js';
import { calendarOption } from './calendarOption.js';
import { meantText } from './meantText.js';
import { languageOption } from './languageOption.js';
import { UsageError } from './UsageError.js';

/**
 * Options every command accepts: `--help`, `--json`/`--jsonl`, `--lang zh|en` (the language of words printed) and
 * `--schedules <file.json>` (repeatable: schedule years to add to the official ones, validated on every command).
 */
const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  lang: { type: 'string' },
  schedules: { type: 'string', multiple: true },
} as const satisfies ParseArgsConfig['options'];

type Options = NonNullable<ParseArgsConfig['options']>;

const NEGATIVE = /^-\d+$/;
const HIDDEN_MINUS = '\u0000';

/** Rejects an option the command does not know, naming the valid ones and the closest (`--formt`: did you mean --format?). */
function checkOptionNames(command: string, args: readonly string[], options: Options): void {
  const names = Object.keys(options).map((n) => `--${n}`);
  const shorts = Object.values(options).flatMap((o) => (o.short === undefined ? [] : [`-${o.short}`]));
  for (const arg of args) {
    if (arg === '--') return;
    if (!arg.startsWith('-') || arg === '-' || NEGATIVE.test(arg)) continue;
    const name = arg.startsWith('--') ? (arg.split('=')[0] ?? arg) : arg;
    if (names.includes(name) || shorts.includes(name)) continue;
    throw new UsageError(
      `Unknown option '${name}' for \`yingshang ${command}\`${meantText(name, names)}; valid options: ${names.join(', ')} (see \`yingshang ${command} --help\`).`,
      `yingshang ${command} 没有选项 ${name}${meantText(name, names, 'zh')}；可用的选项：${names.join('、')}（见 yingshang ${command} --help）。`,
    );
  }
}

/** A command line, parsed: the option values, the positional arguments, the language and the calendar chosen. */
export interface CommandLine<V> {
  readonly values: V;
  readonly positionals: string[];
  /** The language chosen by `--lang` (default Chinese). */
  readonly locale: Language;
  /** The calendar chosen by `--schedules`, `--provisional` and `--as-known-on` (built once, on first use). */
  readonly calendar: () => Calendar;
}

/**
 * Parses a command's arguments with `node:util` `parseArgs` (strict) after the options every command shares, turning
 * its errors into {@link UsageError}s that name the command. An unknown option is refused with the valid ones and a
 * suggestion; `--lang` and `--schedules` are checked here, so that every command validates them the same way.
 *
 * @internal
 */
export function parseCommandLine<O extends Options>(command: string, args: readonly string[], options: O) {
  const all = { ...COMMON_OPTIONS, ...options };
  checkOptionNames(command.split(' ')[0] ?? command, args, all);
  let parsed;
  try {
    // A negative number (`workdays add 2021-10-08 -1`) is an argument, not an option: hide its sign from parseArgs.
    parsed = parseArgs({ args: args.map((a) => (NEGATIVE.test(a) ? `${HIDDEN_MINUS}${a.slice(1)}` : a)), options: all, allowPositionals: true, strict: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${reason} (see \`yingshang ${command} --help\`)`, `命令行无法解析：${reason}（见 yingshang ${command} --help）`);
  }
  const values = parsed.values as typeof parsed.values & { readonly lang?: string; readonly schedules?: string[] };
  const locale = languageOption(values.lang);
  let calendar: Calendar | undefined;
  const line = {
    values,
    positionals: parsed.positionals.map((p) => (p.startsWith(HIDDEN_MINUS) ? `-${p.slice(1)}` : p)),
    locale,
    calendar: () => (calendar ??= calendarOption(values)),
  };
  // Schedules are validated by every command, even one that counts no days.
  if (values.schedules !== undefined) line.calendar();
  return line;
}

/**
 * The output format chosen by `--json` / `--jsonl`, text by default.
 *
 * @internal
 */
export function outputFormat(values: { json?: boolean | undefined; jsonl?: boolean | undefined }): 'text' | 'json' | 'jsonl' {
  if (values.json && values.jsonl) throw new UsageError('Choose one of --json and --jsonl.', '--json 和 --jsonl 只能选一个。');
  return values.json ? 'json' : values.jsonl ? 'jsonl' : 'text';
}

/**
 * Checks the number of positional arguments.
 *
 * @internal
 */
export function expectPositionals(command: string, positionals: readonly string[], names: readonly string[]): void {
  if (positionals.length !== names.length) {
    throw new UsageError(`\`yingshang ${command}\` takes ${names.map((n) => `<${n}>`).join(' ') || 'no arguments'}, got ${positionals.length === 0 ? 'none' : positionals.map((p) => JSON.stringify(p)).join(' ')} (see \`yingshang ${command} --help\`).`,
      `yingshang ${command} 需要参数 ${names.map((n) => `<${n}>`).join(' ') || '（无）'}，收到${positionals.length === 0 ? '的是空' : ` ${positionals.map((p) => JSON.stringify(p)).join(' ')}`}（见 yingshang ${command} --help）。`,
    );
  }
}
