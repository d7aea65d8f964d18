import { daysFromCivil, formatIsoDay, isoWeekday, parseIsoDay } from '../_internal/dayNumber.js';
import type { CompiledNotice } from './compileSchedule.js';
import { resolveHolidayBlocks } from './resolveHolidayBlocks.js';
import type { ScheduleYear } from './scheduleSchema.js';

/** A problem found in a set of schedule years, with the path of the offending value. */
export interface ScheduleIssue {
  readonly path: readonly (string | number)[];
  /** What is wrong, in English. */
  readonly message: string;
  /** What the check found (`reason` and its values), from which the words of another language are built. */
  readonly params?: Readonly<Record<string, unknown>>;
}

/** Checks one schedule year beyond its shape: notice order, date window, make-up days on weekends. */
function issuesOfYear(schedule: ScheduleYear, at: (string | number)[]): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  const windowFrom = daysFromCivil(schedule.year - 1, 12, 1);
  const windowTo = daysFromCivil(schedule.year + 1, 1, 31);
  schedule.notices.forEach((notice, n) => {
    const path = [...at, 'notices', n];
    const expectedKind = n === 0 ? 'schedule' : 'amendment';
    if (notice.kind !== expectedKind) {
      issues.push({ path: [...path, 'kind'], message: `must be '${expectedKind}': the first notice of a year fixes the schedule, later ones amend it`, params: { reason: 'notice_kind', expected: expectedKind } });
    }
    const previous = schedule.notices[n - 1];
    if (previous && notice.publishedOn < previous.publishedOn) {
      issues.push({
        path: [...path, 'publishedOn'],
        message: `must not be before the previous notice's ${previous.publishedOn}: list notices in publication order`,
        params: { reason: 'notice_order', previous: previous.publishedOn },
      });
    }
    notice.holidays.forEach((holiday, h) => {
      const dates: [string, (string | number)[]][] = [
        ...holiday.rest.flatMap((r, i): [string, (string | number)[]][] => [
          [r.from, [...path, 'holidays', h, 'rest', i, 'from']],
          [r.to, [...path, 'holidays', h, 'rest', i, 'to']],
        ]),
        ...holiday.makeup.map((d, i): [string, (string | number)[]] => [d, [...path, 'holidays', h, 'makeup', i]]),
      ];
      for (const [date, datePath] of dates) {
        const day = parseIsoDay(date);
        if (day < windowFrom || day > windowTo) {
          issues.push({
            path: datePath,
            message: `${date} is outside the window of the ${schedule.year} schedule (${schedule.year - 1}-12-01 to ${schedule.year + 1}-01-31)`,
            params: { reason: 'outside_window', date, year: schedule.year },
          });
        }
      }
      holiday.makeup.forEach((date, i) => {
        if (isoWeekday(parseIsoDay(date)) < 6) {
          issues.push({
            path: [...path, 'holidays', h, 'makeup', i],
            message: `${date} is a weekday; make-up working days (调休上班) are Saturdays or Sundays`,
            params: { reason: 'makeup_weekday', date },
          });
        }
      });
    });
  });
  return issues;
}

/**
 * Every problem in a set of schedule years that their schema cannot see: notice order, dates outside the
 * schedule's window, make-up days that are not weekend days, and duplicate years.
 * Returns an empty list for a consistent set.
 *
 * @internal
 */
export function findScheduleIssues(schedules: readonly ScheduleYear[], pathOf: (i: number) => (string | number)[] = (i) => [i]): ScheduleIssue[] {
  const issues = schedules.flatMap((s, i) => issuesOfYear(s, pathOf(i)));
  const seenYears = new Map<number, number>();
  schedules.forEach((s, i) => {
    const first = seenYears.get(s.year);
    if (first !== undefined) issues.push({ path: [...pathOf(i), 'year'], message: `${s.year} is given twice (also at index ${first})`, params: { reason: 'year_twice', year: s.year, first } });
    else seenYears.set(s.year, i);
  });
  return issues;
}

/**
 * Every day that two holiday arrangements in force both claim, across all the given notices.
 *
 * @internal
 */
export function findOverlappingDays(notices: readonly CompiledNotice[]): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  const claimedBy = new Map<number, { readonly name: string; readonly year: number; readonly keys: readonly string[] }>();
  for (const block of resolveHolidayBlocks(notices)) {
    const arrangement = { name: `the ${block.year} ${block.keys.join('+')} arrangement`, year: block.year, keys: block.keys };
    const days = [...block.rest.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, k) => from + k)), ...block.makeup];
    for (const day of days) {
      const other = claimedBy.get(day);
      if (other !== undefined) {
        issues.push({
          path: [String(block.year)],
          message: `${formatIsoDay(day)} is claimed by both ${other.name} and ${arrangement.name}`,
          params: { reason: 'claimed_twice', date: formatIsoDay(day), first: { year: other.year, keys: other.keys }, second: { year: block.year, keys: block.keys } },
        });
      }
      claimedBy.set(day, arrangement);
    }
  }
  return issues;
}

/** Most issues an error message lists; `details.issues` has them all. */
const LISTED_ISSUES = 20;

/**
 * Issues as one line for an error message: `path: message; …`, the first {@link LISTED_ISSUES} of them and how many more.
 *
 * @internal
 */
export function formatScheduleIssues(issues: readonly ScheduleIssue[]): string {
  const listed = issues.slice(0, LISTED_ISSUES).map((i) => `${i.path.length ? i.path.join('.') : '(schedules)'}: ${i.message}`);
  const more = issues.length - listed.length;
  return more > 0 ? `${listed.join('; ')}; and ${more} more (see details.issues)` : listed.join('; ');
}
