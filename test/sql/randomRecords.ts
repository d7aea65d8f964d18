import { formatIsoDay, parseIsoDay } from '../../src/_internal/dayNumber.js';
import { toHolidayRecords } from '../../src/calendar/export/toHolidayRecords.js';
import { mulberry32 } from '../../scripts/generate/mulberry32.js';

/** A record of the SQL tables: `records (id, start_day, end_day, as_of)` and its rows of `pauses`. */
export interface SqlRecord {
  readonly id: number;
  readonly start: string;
  readonly end: string | null;
  readonly asOf: string | null;
  readonly pauses: readonly { readonly from: string; readonly to: string }[];
}

const FIRST = parseIsoDay('2004-01-01');
/** The day before the table: a start day (day 0, never counted) may be it, as `evaluate` allows. */
const DAY_ZERO = FIRST - 1;
const LAST = parseIsoDay('2026-12-31');
const HOLIDAYS = toHolidayRecords().filter((r) => r.kind === 'holiday').map((r) => parseIsoDay(r.date));
const MAKEUPS = toHolidayRecords().filter((r) => r.kind === 'makeup_workday').map((r) => parseIsoDay(r.date));
const YEAR_ENDS = Array.from({ length: 23 }, (_, i) => parseIsoDay(`${2004 + i}-12-31`));

/**
 * `count` random records, seeded, biased to where deadlines go wrong: starts near holiday breaks, make-up days and
 * year ends, and on the day before the table; pending and done records; as-of days before the start; pauses near the start (so across the holidays
 * the start is near) that overlap, touch or follow each other, begin before the start or after the due date.
 */
export function randomRecords(count: number, seed: number): SqlRecord[] {
  const random = mulberry32(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (days: readonly number[]): number => days[int(0, days.length - 1)] as number;
  const clamp = (day: number): number => Math.min(LAST, Math.max(FIRST, day));
  const records: SqlRecord[] = [];
  for (let id = 1; id <= count; id++) {
    const r = random();
    const anchor = r < 0.4 ? pick(HOLIDAYS) : r < 0.55 ? pick(MAKEUPS) : r < 0.7 ? pick(YEAR_ENDS) : int(FIRST, LAST);
    const start = random() < 0.02 ? DAY_ZERO : clamp(anchor + int(-25, 3));
    const done = random() < 0.5;
    const end = done ? clamp(start + int(0, 60)) : null;
    const asOf = !done || random() < 0.2 ? clamp(start + int(-3, 60)) : null;
    const pauses: { from: string; to: string }[] = [];
    if (random() < 0.45) {
      const n = int(1, 4);
      let from = start + int(-5, 30);
      for (let k = 0; k < n; k++) {
        const first = clamp(from);
        const last = clamp(first + int(0, random() < 0.7 ? 4 : 12));
        pauses.push({ from: formatIsoDay(first), to: formatIsoDay(last) });
        // The next pause overlaps, touches or follows this one.
        from = last + int(-2, 8);
      }
    }
    records.push({ id, start: formatIsoDay(start), end: end === null ? null : formatIsoDay(end), asOf: asOf === null ? null : formatIsoDay(asOf), pauses });
  }
  return records;
}
