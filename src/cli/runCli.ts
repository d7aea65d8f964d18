import { isYingshangError } from '../errors/YingshangError.js';
import { EXIT, EXIT_CODES_TEXT, type CliIo } from './cliIo.js';
import type { CommandEntry } from './command.js';
import { meantText } from './meantText.js';
import { packageVersion } from './packageVersion.js';

/** Every command, in the order of `--help`. Add a command by adding a line here (its module is loaded on use). */
const COMMANDS: readonly CommandEntry[] = [
  { name: 'workdays', summary: 'add or count working days, or describe a day', load: async () => (await import('./commands/workdays.js')).workdaysCommand },
  { name: 'holidays', summary: "list a year's holiday blocks, make-up working days and notices, or export them (ics, json, csv)", load: async () => (await import('./commands/holidays.js')).holidaysCommand },
  { name: 'calendar', summary: 'export the day table (one row per day) as CSV, JSON lines or a SQL script for PostgreSQL or DuckDB', load: async () => (await import('./commands/calendar.js')).calendarCommand },
  { name: 'deadline', summary: 'compute a due date and status for a deadline rule, with the explanation', load: async () => (await import('./commands/deadline.js')).deadlineCommand },
  { name: 'check', summary: 'evaluate a rule over a JSONL or CSV file (or stdin), streaming, with a summary', load: async () => (await import('./commands/check.js')).checkCommand },
  { name: 'procurement', summary: 'check procurement contracts (JSONL or CSV) against measures 13–15, streaming, with a summary per rule', load: async () => (await import('./commands/procurement.js')).procurementCommand },
  { name: 'connections', summary: 'check utility connection applications (JSONL or CSV) against measure 6, streaming, with a summary per rule', load: async () => (await import('./commands/connections.js')).connectionsCommand },
  { name: 'sql', summary: 'print the SQL query that judges a table of records against a period deadline, inside the database', load: async () => (await import('./commands/sql.js')).sqlCommand },
  { name: 'measures', summary: 'list or show the 53 measures of 江津府办发〔2021〕113号', load: async () => (await import('./commands/measures.js')).measuresCommand },
  { name: 'rules', summary: 'list the built-in rules or show one', load: async () => (await import('./commands/rules.js')).rulesCommand },
  { name: 'notice', summary: 'read the text of a State Council holiday notice into a schedule year (for --schedules or a seed)', load: async () => (await import('./commands/notice.js')).noticeCommand },
];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `yingshang — Chinese working days and the rules of 江津府办发〔2021〕113号

Usage: yingshang <command> [arguments] [--json | --jsonl] [--lang zh|en] [--schedules <file.json>]... [--help]
       yingshang --version

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options every command takes:
  --lang zh|en               language of the words printed (default zh)
  --schedules <file.json>    schedule years to add (a year in the seed shape, or an array of them; repeatable)
  --json, --jsonl            machine-readable output
  --help, -h                 the command's arguments and examples

${EXIT_CODES_TEXT}

Run \`yingshang <command> --help\` for a command's arguments and examples.`;
}

/**
 * Runs the CLI on `argv` (without the node and script paths) and resolves to the exit code. Library errors and usage
 * errors are reported on stderr as `error CODE: message` with exit code 2 (see {@link EXIT}).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${overview()}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    const names = COMMANDS.map((c) => c.name);
    io.stderr(`error INVALID_ARGUMENT: unknown command ${JSON.stringify(name)}${meantText(name, names)}; commands: ${names.join(', ')}, and --version, --help.\n`);
    return EXIT.usage;
  }
  const command = await entry.load();
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${command.help}\n\n${EXIT_CODES_TEXT}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (!isYingshangError(error)) throw error;
    io.stderr(`error ${error.code}: ${error.message}\n`);
    return EXIT.usage;
  }
}
