import { isYingshangError } from '../errors/YingshangError.js';
import { EXIT, type CliIo } from './cliIo.js';
import type { Command } from './command.js';
import { holidaysCommand } from './commands/holidays.js';
import { workdaysCommand } from './commands/workdays.js';
import { checkCommand } from './commands/check.js';
import { deadlineCommand } from './commands/deadline.js';
import { measuresCommand } from './commands/measures.js';
import { rulesCommand } from './commands/rules.js';
import { calendarCommand } from './commands/calendar.js';
import { sqlCommand } from './commands/sql.js';
import { noticeCommand } from './commands/notice.js';

const COMMANDS: readonly Command[] = [workdaysCommand, holidaysCommand, calendarCommand, deadlineCommand, checkCommand, sqlCommand, measuresCommand, rulesCommand, noticeCommand];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `yingshang — Chinese working days and the rules of 江津府办发〔2021〕113号

Usage: yingshang <command> [arguments] [--json | --jsonl] [--help]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Exit codes: 0 success; 1 a checked rule was missed or is overdue; 2 bad input (error code and message on stderr).
Run \`yingshang <command> --help\` for a command's arguments and examples.`;
}

/**
 * Runs the CLI on `argv` (without the node and script paths) and resolves to the exit code.
 * Library errors and usage errors are reported on stderr as `error CODE: message` with exit code 2.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${overview()}\n`);
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`error INVALID_ARGUMENT: unknown command ${JSON.stringify(name)}; commands: ${COMMANDS.map((c) => c.name).join(', ')}.\n`);
    return EXIT.badInput;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${command.help}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (!isYingshangError(error)) throw error;
    io.stderr(`error ${error.code}: ${error.message}\n`);
    return EXIT.badInput;
  }
}
