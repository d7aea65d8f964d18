import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './UsageError.js';

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  lang: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

const NEGATIVE = /^-\d+$/;
const HIDDEN_MINUS = '\u0000';

/**
 * Parses a command's arguments with `node:util` `parseArgs` (strict), turning its errors into {@link UsageError}s
 * that name the command.
 */
export function parseCommandLine<O extends NonNullable<ParseArgsConfig['options']>>(command: string, args: readonly string[], options: O) {
  try {
    // A negative number (`workdays add 2021-10-08 -1`) is an argument, not an option: hide its sign from parseArgs.
    const parsed = parseArgs({ args: args.map((a) => (NEGATIVE.test(a) ? `${HIDDEN_MINUS}${a.slice(1)}` : a)), options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
    return { ...parsed, positionals: parsed.positionals.map((p) => (p.startsWith(HIDDEN_MINUS) ? `-${p.slice(1)}` : p)) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${reason} (see \`yingshang ${command} --help\`)`);
  }
}

/** The output format chosen by `--json` / `--jsonl`, text by default. */
export function outputFormat(values: { json?: boolean | undefined; jsonl?: boolean | undefined }): 'text' | 'json' | 'jsonl' {
  if (values.json && values.jsonl) throw new UsageError('Choose one of --json and --jsonl.');
  return values.json ? 'json' : values.jsonl ? 'jsonl' : 'text';
}

/** Checks the number of positional arguments. */
export function expectPositionals(command: string, positionals: readonly string[], names: readonly string[]): void {
  if (positionals.length !== names.length) {
    throw new UsageError(`\`yingshang ${command}\` takes ${names.map((n) => `<${n}>`).join(' ') || 'no arguments'}, got ${positionals.length === 0 ? 'none' : positionals.map((p) => JSON.stringify(p)).join(' ')} (see \`yingshang ${command} --help\`).`);
  }
}
