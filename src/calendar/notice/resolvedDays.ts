import type { HolidayKey } from '../holidayKeys.js';
import { compileSchedule } from '../compileSchedule.js';
import { resolveHolidayBlocks } from '../resolveHolidayBlocks.js';
import type { ScheduleYear } from '../scheduleSchema.js';

/** The rest days and make-up days of a schedule year after its amendments, with the holiday of each. */
export interface ResolvedDays {
  readonly rest: ReadonlyMap<number, readonly HolidayKey[]>;
  readonly makeup: ReadonlyMap<number, readonly HolidayKey[]>;
  /** Every holiday the year arranges. */
  readonly keys: ReadonlySet<HolidayKey>;
}

/**
 * Resolves a schedule year (amendments applied) into day sets.
 *
 * @internal
 */
export function resolvedDays(schedule: ScheduleYear): ResolvedDays {
  const rest = new Map<number, readonly HolidayKey[]>();
  const makeup = new Map<number, readonly HolidayKey[]>();
  const keys = new Set<HolidayKey>();
  for (const block of resolveHolidayBlocks(compileSchedule(schedule))) {
    for (const key of block.keys) keys.add(key);
    for (const [from, to] of block.rest) for (let d = from; d <= to; d++) rest.set(d, block.keys);
    for (const d of block.makeup) makeup.set(d, block.keys);
  }
  return { rest, makeup, keys };
}
