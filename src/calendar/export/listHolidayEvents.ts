import { noticeOfDay, restRunsOf } from '../restRunsOf.js';
import type { HolidayBlock, NoticeRef } from '../types.js';
import { readExportOptions, type ExportSettings } from './readExportOptions.js';

/** One event of an export: a run of consecutive rest days of a block set by one notice, or one make-up working day. */
export interface HolidayEvent {
  readonly kind: 'holiday' | 'makeup_workday';
  /** The event's days, `'YYYY-MM-DD'`, consecutive and ascending (one for a make-up day). */
  readonly days: readonly string[];
  /** The block the days belong to. */
  readonly block: HolidayBlock;
  /** The notice that set the event's days (`getDayInfo(day).source`): in an amended block, not always `block.notice`. */
  readonly notice: NoticeRef;
  /** The schedule year of the block (a notice for year Y can fix days at the end of Y − 1). */
  readonly scheduleYear: number;
  /** Whether the block is projected (`unpublishedYears: 'provisional'`) rather than fixed by a notice. */
  readonly provisional: boolean;
}

/** The events of an export, with the validated options. */
export interface ExportEvents extends ExportSettings {
  /** Every event with at least one day in `from`…`to`, whole, ordered by first day. */
  readonly events: readonly HolidayEvent[];
}

/**
 * Validates the arguments of an export and lists its events: one per run of consecutive rest days set by one notice
 * and one per make-up working day, each with the notice that set its days, from every schedule year that can reach
 * the range (a notice for year Y can fix days of Y − 1). An event is included when any of its days lies in the range, and is never cut, so that its first day,
 * and the UID built from it, do not depend on the range.
 *
 * @param options - The export's options (`calendar` among them), checked against `keys`.
 * @param keys - The option names the export accepts besides `calendar`.
 * @returns The events and the validated options.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT, {@link InvalidDateError} INVALID_DATE or {@link CalendarOutOfRangeError} CALENDAR_OUT_OF_RANGE for bad options (see `readExportOptions`).
 * @example
 * ```ts
 * listHolidayEvents({ from: '2021-10-01', to: '2021-10-01' }, ['from', 'to']).events[0]?.days.length; //=> 7
 * ```
 */
export function listHolidayEvents(options: unknown, keys: readonly string[]): ExportEvents {
  const settings = readExportOptions(options, keys);
  const { calendar, from, to } = settings;
  const lastYear = Math.min(Number(to.slice(0, 4)) + 1, Number(calendar.calendarCoverage().to.slice(0, 4)));
  const events: HolidayEvent[] = [];
  for (let scheduleYear = Number(from.slice(0, 4)); scheduleYear <= lastYear; scheduleYear++) {
    for (const block of calendar.holidaysOf(scheduleYear)) {
      const provisional = calendar.getDayInfo(block.restDays[0] as string).provisional === true;
      for (const { days, notice } of restRunsOf(calendar, block)) events.push({ kind: 'holiday', days, block, notice, scheduleYear, provisional });
      for (const day of block.makeupDays) events.push({ kind: 'makeup_workday', days: [day], block, notice: noticeOfDay(calendar, block, day), scheduleYear, provisional });
    }
  }
  const inRange = events.filter((e) => (e.days[0] as string) <= to && (e.days.at(-1) as string) >= from);
  return { ...settings, events: inRange.sort((a, b) => ((a.days[0] as string) < (b.days[0] as string) ? -1 : 1)) };
}
