import { formatIsoDay, isoWeekday } from '../../_internal/dayNumber.js';
import { PROJECTABLE_YEARS, projectSchedule } from '../provisional/projectSchedule.js';
import type { HolidayKey } from '../holidayKeys.js';
import type { DayKind } from '../types.js';
import { resolvedDays, type ResolvedDays } from './resolvedDays.js';

/** A day on which a notice and the provisional projection of its year disagree. */
export interface ProjectionDifference {
  /** `'YYYY-MM-DD'`. */
  readonly date: string;
  /** The kind of day under the notice. */
  readonly notice: DayKind;
  /** The kind of day the projection gave it. */
  readonly projection: DayKind;
}

function kindOf(days: ResolvedDays, day: number): DayKind {
  if (days.rest.has(day)) return 'holiday';
  if (days.makeup.has(day)) return 'makeup_workday';
  return isoWeekday(day) >= 6 ? 'weekend' : 'workday';
}

/**
 * The days where a year's notice and `projectSchedule(year)` differ, ascending, over the holidays the notice
 * arranges; `null` for a year the projection
 * does not cover (before 2025, when another version of the law was in force, or after 2040).
 *
 * @internal
 */
export function projectionDifferences(year: number, notice: ResolvedDays): readonly ProjectionDifference[] | null {
  if (year < PROJECTABLE_YEARS.from || year > PROJECTABLE_YEARS.to) return null;
  const projected = resolvedDays(projectSchedule(year));
  // Only the holidays the notice arranges: a notice given item by item is compared item by item.
  const arranged = ([, keys]: [number, readonly HolidayKey[]]): boolean => keys.some((k) => notice.keys.has(k));
  const touched = new Set(
    [...notice.rest, ...notice.makeup, ...[...projected.rest].filter(arranged), ...[...projected.makeup].filter(arranged)].map(([day]) => day),
  );
  return [...touched]
    .sort((a, b) => a - b)
    .map((day) => ({ date: formatIsoDay(day), notice: kindOf(notice, day), projection: kindOf(projected, day) }))
    .filter((d) => d.notice !== d.projection);
}
