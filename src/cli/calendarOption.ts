import { createCalendar } from '../calendar/createCalendar.js';
import { defaultCalendar } from '../calendar/defaultCalendar.js';
import type { Calendar, DetailedAnswer } from '../calendar/types.js';
import type { ScheduleIssue } from '../calendar/findScheduleIssues.js';
import { InvalidScheduleError } from '../errors/calendarErrors.js';
import { isYingshangError } from '../errors/YingshangError.js';
import type { CliIo } from './cliIo.js';
import { readJsonFile } from './readJsonFile.js';

/** The calendar options of the commands that count days (`--schedules` is common to every command). */
export const CALENDAR_OPTIONS = {
  provisional: { type: 'boolean' },
  'as-known-on': { type: 'string' },
} as const;

/** The options that choose a calendar, as parsed. */
export interface CalendarValues {
  readonly provisional?: boolean | undefined;
  readonly 'as-known-on'?: string | undefined;
  readonly schedules?: readonly string[] | undefined;
}

/**
 * The schedule years of one `--schedules` file (a schedule year, or an array of them), validated on their own so
 * that an error names the file and the path inside it (`holidays.1.rest.0`, or `2.holidays…` in an array).
 */
function schedulesOfFile(path: string): unknown[] {
  const json = readJsonFile('--schedules', path);
  const list: unknown[] = Array.isArray(json) ? json : [json];
  try {
    // Unchecked JSON on purpose: createCalendar validates it and throws INVALID_SCHEDULE naming the path.
    createCalendar({ schedules: list as never });
  } catch (error) {
    if (!isYingshangError(error, 'INVALID_SCHEDULE')) throw error;
    // `details` is a plain record; INVALID_SCHEDULE documents `issues` as its ScheduleIssue list.
    const issues = (error.details['issues'] as readonly ScheduleIssue[] | undefined) ?? [];
    // Paths start with `schedules.<i>`: inside a single-year file, drop both; inside an array, keep the index.
    const inFile = issues.map((i) => ({ ...i, path: i.path.slice(Array.isArray(json) ? 1 : 2) }));
    const text = inFile.length > 0 ? inFile.slice(0, 10).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') : error.message;
    throw new InvalidScheduleError(`--schedules ${JSON.stringify(path)}: ${text}.`, { file: path, issues: inFile });
  }
  return list;
}

/**
 * The calendar chosen by `--schedules <file.json>` (repeatable: years added to the official ones), `--provisional`
 * (project years without a notice) and `--as-known-on <date>`.
 *
 * @internal
 */
export function calendarOption(values: CalendarValues): Calendar {
  const asKnownOn = values['as-known-on'];
  const files = values.schedules ?? [];
  if (!values.provisional && asKnownOn === undefined && files.length === 0) return defaultCalendar;
  const schedules = files.flatMap(schedulesOfFile);
  try {
    return createCalendar({
      // Each file was checked by createCalendar in schedulesOfFile: only the years together are left to check.
      ...(schedules.length > 0 ? { schedules: schedules as never } : {}),
      ...(values.provisional ? { unpublishedYears: 'provisional' as const } : {}),
      ...(asKnownOn === undefined ? {} : { asKnownOn }),
    });
  } catch (error) {
    // Issues across files (the same year in two files): name the option.
    if (isYingshangError(error, 'INVALID_SCHEDULE')) throw new InvalidScheduleError(`--schedules ${files.map((f) => JSON.stringify(f)).join(' ')}: ${error.message}`, error.details);
    // The option as the user typed it, not the library's name for it.
    if (isYingshangError(error)) error.message = error.message.replaceAll('`asKnownOn`', '`--as-known-on`');
    throw error;
  }
}

/**
 * Warns on stderr when an answer depends on projected years, so that a script's stdout stays the bare answer.
 *
 * @internal
 */
export function warnIfProvisional(io: CliIo, answer: DetailedAnswer<unknown>, language: 'zh' | 'en'): void {
  if (!answer.provisional) return;
  if (language === 'zh') {
    io.stderr(`提示：结果含推算：${answer.provisionalYears.map((y) => `${y}年`).join('、')}尚无国务院放假通知，按法定节假日推算，正式通知发布后可能不同。\n`);
  } else {
    io.stderr(`warning: provisional answer: no State Council notice yet for ${answer.provisionalYears.join(', ')}; the projection may differ from the notice when it is published.\n`);
  }
}
