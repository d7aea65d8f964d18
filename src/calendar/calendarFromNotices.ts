import { InvalidScheduleError } from '../errors/calendarErrors.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { buildCalendarIndex } from './calendarIndex.js';
import { calendarFromIndex } from './calendarFromIndex.js';
import type { CompiledNotice } from './compileSchedule.js';
import { findOverlappingDays, formatScheduleIssues } from './findScheduleIssues.js';
import { OFFICIAL_NOTICES } from './officialNotices.js';
import { buildProvisionalSpans } from './provisionalSpans.js';
import type { Calendar, CalendarSources } from './types.js';

/** Groups notices by schedule year, with the years in order. */
function noticesByYear(notices: readonly CompiledNotice[]): Map<number, CompiledNotice[]> {
  const byYear = new Map<number, CompiledNotice[]>();
  for (const notice of notices) byYear.set(notice.year, [...(byYear.get(notice.year) ?? []), notice]);
  return byYear;
}

/** Keeps the notices published on or before `asKnownOn`, and the years whose schedule notice is among them. */
function knownOn(byYear: Map<number, CompiledNotice[]>, asKnownOn: string): Map<number, CompiledNotice[]> {
  const known = new Map<number, CompiledNotice[]>();
  for (const [year, notices] of byYear) {
    const published = notices.filter((n) => n.publishedOn <= asKnownOn);
    if (published.some((n) => n.kind === 'schedule')) known.set(year, published);
  }
  if (known.size === 0) {
    const earliest = [...byYear.values()].flat().reduce((a, n) => (n.publishedOn < a ? n.publishedOn : a), '9999-12-31');
    throw new InvalidArgumentError(`\`asKnownOn\` is ${asKnownOn}, before any notice the calendar has: the earliest was published on ${earliest}.`, {
      argument: 'asKnownOn',
      zh: { problem: `asKnownOn 为${asKnownOn}，早于日历中的任何通知：最早的通知发布于${earliest}` },
    });
  }
  return known;
}

/**
 * Builds a calendar over the built-in notices, with the notices of runtime schedule years added or put in place
 * of built-in years, filtered as known on `sources.asKnownOn`, and followed by the years `project` returns.
 *
 * @internal
 */
export function calendarFromNotices(
  schedules: readonly (readonly [number, CompiledNotice[]])[],
  sources: CalendarSources = {},
  project?: (lastPublishedYear: number) => (readonly [number, CompiledNotice[]])[],
): Calendar {
  let byYear = noticesByYear(OFFICIAL_NOTICES);
  for (const [year, notices] of schedules) byYear.set(year, notices);
  if (sources.asKnownOn !== undefined) byYear = knownOn(byYear, sources.asKnownOn);
  const published = [...byYear.keys()].sort((a, b) => a - b);
  const projected = project ? project(published[published.length - 1] ?? 0) : [];
  for (const [year, notices] of projected) byYear.set(year, notices);
  const projectedYears = projected.map(([year]) => year);
  const years = [...published, ...projectedYears];
  const firstYear = years[0] ?? 0;
  const lastYear = years[years.length - 1] ?? 0;
  const missing = Array.from({ length: lastYear - firstYear + 1 }, (_, k) => firstYear + k).filter((y) => !byYear.has(y));
  if (missing.length > 0) {
    throw new InvalidScheduleError(
      `Invalid schedule: covered years must be consecutive, but ${missing.join(', ')} ${missing.length > 1 ? 'have' : 'has'} no schedule between ${firstYear} and ${lastYear}.`,
      { issues: [{ path: ['schedules'], message: `missing years ${missing.join(', ')}`, params: { reason: 'missing_years', years: missing } }] },
    );
  }
  const notices = years.flatMap((y) => byYear.get(y) ?? []);
  // The built-in notices and the projection are checked by their tests; only runtime schedules can clash.
  const overlaps = schedules.length > 0 ? findOverlappingDays(notices) : [];
  if (overlaps.length > 0) throw new InvalidScheduleError(`Invalid schedule: ${formatScheduleIssues(overlaps)}.`, { issues: overlaps });
  const index = buildCalendarIndex(notices, firstYear, lastYear);
  return calendarFromIndex(index, sources, buildProvisionalSpans(index, projectedYears), published[published.length - 1]);
}

