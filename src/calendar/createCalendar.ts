import { readOptions } from '../_internal/readOptions.js';
import { describeValue } from '../_internal/describeValue.js';
import { parseInput } from '../_internal/parseInput.js';
import { InvalidScheduleError } from '../errors/calendarErrors.js';
import { calendarFromNotices } from './calendarFromNotices.js';
import { compileSchedule, type CompiledNotice } from './compileSchedule.js';
import { findScheduleIssues, formatScheduleIssues, type ScheduleIssue } from './findScheduleIssues.js';
import { SCHEDULE_YEARS, ScheduleYearSchema, type ScheduleYear } from './scheduleSchema.js';
import type { Calendar, DateInput, UnpublishedYears } from './types.js';
import { PROJECTABLE_YEARS, projectSchedule } from './provisional/projectSchedule.js';
import { requireIsoDate } from './requireIsoDate.js';

/** Options of {@link createCalendar}. */
export interface CreateCalendarOptions {
  /**
   * Yearly schedules to add or to put in place of the built-in ones, in the shape of a seed file
   * (`seeds/calendar/cn/<year>.json`, validated by {@link ScheduleYearSchema}). A year given here replaces
   * that year's built-in notices entirely. The covered years must stay consecutive.
   */
  readonly schedules?: readonly ScheduleYear[];
  /**
   * Answer as the calendar was known on this day: only notices and amendments published on or before it count,
   * and years whose notice came later are not covered. For audits: "what should a system have computed then?"
   */
  readonly asKnownOn?: DateInput;
  /**
   * What to do for years after the last published notice: `'error'` (default) leaves them uncovered, so answers
   * that need them throw `CALENDAR_OUT_OF_RANGE`; `'provisional'` projects them (up to 2040) from
   * 《全国年节及纪念日放假办法》 (2024 revision) and the arrangement principles of the 2025 and 2026 notices, and
   * every answer that depends on a projected day says so (`provisional: true`). A published notice, built in or
   * passed in `schedules`, always replaces the projection of its year.
   */
  readonly unpublishedYears?: UnpublishedYears;
}

const UNPUBLISHED_YEARS: readonly UnpublishedYears[] = ['error', 'provisional'];
const CREATE_CALENDAR_OPTIONS = { schedules: null, asKnownOn: null, unpublishedYears: { oneOf: UNPUBLISHED_YEARS } } as const;

/** The projected notices of the years after `lastYear`, consecutively (none when the projection cannot reach `lastYear + 1`). */
function projectAfter(lastYear: number): (readonly [number, CompiledNotice[]])[] {
  const from = lastYear + 1;
  if (from < PROJECTABLE_YEARS.from) return [];
  return Array.from({ length: Math.max(0, PROJECTABLE_YEARS.to - from + 1) }, (_, k) => [from + k, compileSchedule(projectSchedule(from + k))] as const);
}

function validateSchedules(value: unknown): ScheduleYear[] {
  if (!Array.isArray(value)) {
    throw new InvalidScheduleError(`\`schedules\` must be an array of schedule years, got ${describeValue(value)}.`, { issues: [] });
  }
  const most = SCHEDULE_YEARS.to - SCHEDULE_YEARS.from + 1;
  if (value.length > most) {
    const message = `has ${value.length} items, but a year is given at most once and there are ${most} schedule years (${SCHEDULE_YEARS.from}–${SCHEDULE_YEARS.to})`;
    const params = { reason: 'too_many', count: value.length, most, from: SCHEDULE_YEARS.from, to: SCHEDULE_YEARS.to };
    throw new InvalidScheduleError(`Invalid schedule: schedules: ${message}.`, { issues: [{ path: ['schedules'], message, params }] });
  }
  const issues: ScheduleIssue[] = [];
  const parsed: ScheduleYear[] = [];
  // By index: an array whose prototype was replaced may have no `forEach` or iterator.
  for (let i = 0; i < value.length; i++) {
    // English messages that say what is valid (zod's own say only 'Invalid input').
    const result = parseInput(ScheduleYearSchema, value[i], ['schedules', i]);
    if (result.success) parsed.push(result.data);
    else for (const issue of result.issues) issues.push(issue);
  }
  if (issues.length === 0) issues.push(...findScheduleIssues(parsed, (i) => ['schedules', i]));
  if (issues.length > 0) {
    throw new InvalidScheduleError(`Invalid schedule: ${formatScheduleIssues(issues)}. See ScheduleYearSchema for the expected shape.`, { issues });
  }
  return parsed;
}

/**
 * Creates a calendar object with the same functions as the module's, as methods. Creating one never changes
 * the default calendar; two calendars never share data.
 *
 * @param options - `schedules` to add or replace (validated with zod); `asKnownOn` to answer as of a past day;
 *   `unpublishedYears: 'provisional'` to project years without a notice.
 * @returns A frozen {@link Calendar}.
 * @throws {@link InvalidScheduleError} INVALID_SCHEDULE when a schedule does not match the seed shape (the message and `details.issues` name each bad path).
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT when `options` is not an object or has unknown keys, or `asKnownOn` precedes every notice.
 * @throws {@link InvalidDateError} INVALID_DATE when `asKnownOn` is not a real date.
 * @example
 * ```ts
 * const cal = createCalendar({
 *   schedules: [{ year: 2027, notices: [{
 *     kind: 'schedule', issuer: '国务院办公厅', title: '2027年节假日安排（示例）', docNo: 'EXAMPLE-2027',
 *     publishedOn: '2026-11-01', url: 'https://example.org/2027',
 *     holidays: [{ key: 'new_year', rest: [{ from: '2027-01-01', to: '2027-01-03' }], makeup: [] }],
 *   }] }],
 * });
 * cal.calendarCoverage(); //=> { from: '2004-01-01', to: '2027-12-31' }
 * cal.isWorkingDay('2027-01-01'); //=> false
 * createCalendar({ asKnownOn: '2021-01-01' }).calendarCoverage().to; //=> '2021-12-31'
 * createCalendar({ unpublishedYears: 'provisional' }).getDayInfo('2027-10-01').provisional; //=> true
 * ```
 */
export function createCalendar(options: CreateCalendarOptions = {}): Calendar {
  readOptions(options, CREATE_CALENDAR_OPTIONS, '{ schedules: [...] }');
  const schedules = options.schedules === undefined ? [] : validateSchedules(options.schedules);
  const { asKnownOn, unpublishedYears } = options;
  return calendarFromNotices(
    schedules.map((schedule) => [schedule.year, compileSchedule(schedule)] as const),
    {
      ...(asKnownOn === undefined ? {} : { asKnownOn: requireIsoDate(asKnownOn, 'asKnownOn') }),
      ...(unpublishedYears === undefined ? {} : { unpublishedYears }),
    },
    unpublishedYears === 'provisional' ? projectAfter : undefined,
  );
}
