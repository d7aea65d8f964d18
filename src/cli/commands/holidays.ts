import { holidaysOf } from '../../calendar/workingDayFunctions.js';
import { EXIT } from '../cliIo.js';
import type { Command } from '../command.js';
import { expectPositionals, outputFormat, parseCommandLine } from '../parseCommandLine.js';
import { writeOutput } from '../writeOutput.js';

/** A year from the command line, or the text itself so that the library reports what is wrong with it. */
function yearArgument(text: string): number {
  return /^\d{4}$/.test(text) ? Number(text) : (text as unknown as number);
}

/** `yingshang holidays <year>`. */
export const holidaysCommand: Command = {
  name: 'holidays',
  summary: "list a year's holiday blocks, make-up working days and notices",
  help: `Usage:
  yingshang holidays <year>

Lists the holiday blocks of a schedule year from the State Council notices, amendments included:
rest days, make-up working days (调休上班) and the notice that fixed each block. Options: --json, --jsonl.

Examples:
  yingshang holidays 2021
  yingshang holidays 2020 --json`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine('holidays', args, {});
    expectPositionals('holidays', positionals, ['year']);
    const blocks = holidaysOf(yearArgument(positionals[0] ?? ''));
    writeOutput(io, outputFormat(values), blocks, () =>
      blocks.map((b) => {
        const rest = b.restDays.length > 1 ? `${b.restDays[0]} … ${b.restDays.at(-1)} (${b.restDays.length} days)` : `${b.restDays[0]} (1 day)`;
        const makeup = b.makeupDays.length ? `; 调休上班 ${b.makeupDays.join(', ')}` : '';
        const amended = b.history.length > 1 ? `, amended ${b.notice.publishedOn}` : '';
        return `${b.nameZh} ${b.nameEn}: rest ${rest}${makeup} — ${b.notice.docNo}${amended}`;
      }),
    );
    return EXIT.ok;
  },
};
