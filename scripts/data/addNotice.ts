/**
 * `npm run calendar:add-notice -- <notice.txt> --url <official page> [--doc-no …] [--published-on …] [--title …]
 * [--published-on-source "<sentence>"] [--copied-from <url>]`: the release the day a State Council holiday notice is
 * out, in one command.
 *
 * 1. Reads the notice with `parseNotice` (which refuses any text it cannot read whole, naming the sentence).
 * 2. Writes `seeds/calendar/cn/<year>.json` (the next year after the last seed; an existing year is refused) and the
 *    notice's full text as `seeds/calendar/notices/<year>.txt`, with its row in that folder's README.
 * 3. Regenerates every generated file (`npm run data:check`'s generators: the calendar table, the coverage
 *    statements of the docs 「2004–<year>」…) and adds a changeset.
 * 4. Checks that the tree is consistent (every generator in check mode), and fails otherwise.
 *
 * It works on the checkout it lives in (the package root above scripts/), so a test runs it on a scratch copy.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseNotice, type ParseNoticeOptions } from '../../src/calendar/index.js';
import type { ScheduleYear } from '../../src/calendar/scheduleSchema.js';
import { generateCalendarTable } from '../generate/generateCalendarTable.js';
import { seedYears } from '../generate/syncCoverageStatements.js';
import { PACKAGE_ROOT } from '../generate/writeGenerated.js';

const USAGE =
  'Usage: npm run calendar:add-notice -- <notice.txt> --url <official page> [--doc-no <文号>] [--published-on YYYY-MM-DD] [--title <title>] [--published-on-source "<sentence>"] [--copied-from <url>]';

/** The command line, read. */
interface AddNoticeArgs {
  readonly file: string;
  readonly options: ParseNoticeOptions;
  readonly publishedOnSource?: string;
  readonly copiedFrom?: string;
}

function readArgs(argv: readonly string[]): AddNoticeArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      'doc-no': { type: 'string' },
      'published-on': { type: 'string' },
      title: { type: 'string' },
      'published-on-source': { type: 'string' },
      'copied-from': { type: 'string' },
    },
  });
  const [file, ...rest] = positionals;
  if (file === undefined || rest.length > 0) throw new Error(`Give exactly one notice file.\n${USAGE}`);
  if (values.url === undefined) throw new Error(`--url is required: the notice's official page (www.gov.cn).\n${USAGE}`);
  const options: ParseNoticeOptions = {
    url: values.url,
    ...(values['doc-no'] === undefined ? {} : { docNo: values['doc-no'] }),
    ...(values['published-on'] === undefined ? {} : { publishedOn: values['published-on'] }),
    ...(values.title === undefined ? {} : { title: values.title }),
  };
  return {
    file,
    options,
    ...(values['published-on-source'] === undefined ? {} : { publishedOnSource: values['published-on-source'] }),
    ...(values['copied-from'] === undefined ? {} : { copiedFrom: values['copied-from'] }),
  };
}

/** The seed file of a schedule year: `$schema` first, each notice with `publishedOnSource`, in the seeds' key order. */
function seedOf(schedule: ScheduleYear, publishedOnSource: string): string {
  const notices = schedule.notices.map(({ holidays, ...notice }) => {
    const { kind, issuer, title, docNo, publishedOn, url, ...rest } = notice;
    return { kind, issuer, title, docNo, publishedOn, publishedOnSource, url, ...rest, holidays };
  });
  return `${JSON.stringify({ $schema: '../schedule-year.schema.json', year: schedule.year, notices }, null, 2)}\n`;
}

/** The notices folder's README with a row for the new text. */
function withNoticeRow(readme: string, year: number, docNo: string, copiedFrom: string, url: string): string {
  const row = `| \`${year}.txt\` | ${docNo} | ${copiedFrom} | ${url} |`;
  const lines = readme.split('\n');
  const lastRow = lines.reduce((last, line, i) => (line.startsWith('| `') ? i : last), -1);
  if (lastRow < 0) throw new Error('seeds/calendar/notices/README.md has no table of notice texts to add the row to.');
  lines.splice(lastRow + 1, 0, row);
  return lines.join('\n');
}

/** The changeset of a newly covered year: a minor release, describing it with the notice. */
function changesetOf(schedule: ScheduleYear): string {
  const notice = schedule.notices[0];
  return `---\n"yingshang": minor\n---\n\nCovers ${schedule.year} (${notice?.title}, ${notice?.docNo}, ${notice?.url}): the built-in calendar now runs to ${schedule.year}-12-31.\n`;
}

/**
 * Adds a notice's year to the seeds and regenerates everything that depends on them.
 *
 * @param argv - The command line after the script's name.
 * @returns The files written, relative to the package root.
 * @throws When the notice cannot be read, the year is not the next one, or the tree is not consistent afterwards.
 */
export function addNotice(argv: readonly string[]): string[] {
  const { file, options, publishedOnSource, copiedFrom } = readArgs(argv);
  const text = readFileSync(file, 'utf8');
  const { schedule } = parseNotice(text, options);
  const notice = schedule.notices[0];
  if (notice === undefined || notice.kind !== 'schedule') {
    throw new Error('This command adds a new year from its schedule notice; an amendment (延长/调整) is added to its year\'s seed by hand (see docs/updating-data.md).');
  }
  const { last } = seedYears();
  if (schedule.year !== last + 1) {
    throw new Error(`The notice arranges ${schedule.year}, but the seeds end with ${last}: this command adds the next year, ${last + 1}.`);
  }
  const seedFile = `seeds/calendar/cn/${schedule.year}.json`;
  const textFile = `seeds/calendar/notices/${schedule.year}.txt`;
  const changeset = `.changeset/calendar-${schedule.year}.md`;
  for (const path of [seedFile, textFile, changeset]) if (existsSync(join(PACKAGE_ROOT, path))) throw new Error(`${path} exists already: nothing written.`);
  const source = publishedOnSource ?? `The date the notice bears (its 落款), as read from ${textFile}; the official page: ${notice.url}.`;
  writeFileSync(join(PACKAGE_ROOT, seedFile), seedOf(schedule, source));
  writeFileSync(join(PACKAGE_ROOT, textFile), text.endsWith('\n') ? text : `${text}\n`);
  const readme = join(PACKAGE_ROOT, 'seeds/calendar/notices/README.md');
  writeFileSync(readme, withNoticeRow(readFileSync(readme, 'utf8'), schedule.year, notice.docNo, copiedFrom ?? notice.url, notice.url));
  writeFileSync(join(PACKAGE_ROOT, changeset), changesetOf(schedule));
  // The calendar table first, here; every other generator reads the calendar, so it runs in a fresh process that
  // loads the new table (this one still holds the old one), and so does the check.
  if (!generateCalendarTable(false)) throw new Error('generateCalendarTable failed: see above.');
  for (const args of [['--write'], []]) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check/checkGenerated.ts', ...args], { cwd: PACKAGE_ROOT, stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`The tree is not consistent after adding ${schedule.year}: see the generators' messages above.`);
  }
  return [seedFile, textFile, 'seeds/calendar/notices/README.md', changeset];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const written = addNotice(process.argv.slice(2));
    console.log(`\nAdded: ${written.join(', ')}. Review the diff, then run npm test.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
