import { describeValue } from '../_internal/describeValue.js';
import { InvalidScheduleError } from '../errors/calendarErrors.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { calendarFromNotices } from './calendarFromNotices.js';
import { compileSchedule, type CompiledNotice } from './compileSchedule.js';
import { findScheduleIssues, formatScheduleIssues, type ScheduleIssue } from './findScheduleIssues.js';
import { ScheduleYearSchema, type ScheduleYear } from './scheduleSchema.js';
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

const OPTION_KEYS = ['schedules', 'asKnownOn', 'unpublishedYears'];
const UNPUBLISHED_YEARS: readonly UnpublishedYears[] = ['error', 'provisional'];

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
  const issues: ScheduleIssue[] = [];
  const parsed: ScheduleYear[] = [];
  value.forEach((item, i) => {
    const result = ScheduleYearSchema.safeParse(item);
    if (result.success) parsed.push(result.data);
    else for (const issue of result.error.issues) issues.push({ path: ['schedules', i, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message: issue.message });
  });
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
 * const cal = createCalendar({ schedules: [schedule2027] });
 * cal.calendarCoverage(); //=> { from: '2004-01-01', to: '2027-12-31' }
 * ```
 */
export function createCalendar(options: CreateCalendarOptions = {}): Calendar {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(`\`options\` must be an object such as { schedules: [...] }, got ${describeValue(options)}.`, { argument: 'options' });
  }
  const unknown = Object.keys(options).filter((k) => !OPTION_KEYS.includes(k));
  if (unknown.length > 0) {
    throw new InvalidArgumentError(`Unknown option${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `\`${k}\``).join(', ')}; valid options: ${OPTION_KEYS.join(', ')}.`, {
      argument: 'options',
    });
  }
  const schedules = options.schedules === undefined ? [] : validateSchedules(options.schedules);
  const { asKnownOn, unpublishedYears } = options;
  if (unpublishedYears !== undefined && !UNPUBLISHED_YEARS.includes(unpublishedYears)) {
    throw new InvalidArgumentError(`\`unpublishedYears\` is ${describeValue(unpublishedYears)}; valid values are 'error' (the default) and 'provisional'.`, {
      argument: 'unpublishedYears',
    });
  }
  return calendarFromNotices(
    schedules.map((schedule) => [schedule.year, compileSchedule(schedule)] as const),
    {
      ...(asKnownOn === undefined ? {} : { asKnownOn: requireIsoDate(asKnownOn, 'asKnownOn') }),
      ...(unpublishedYears === undefined ? {} : { unpublishedYears }),
    },
    unpublishedYears === 'provisional' ? projectAfter : undefined,
  );
}
