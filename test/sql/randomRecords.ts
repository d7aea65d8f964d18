import { formatIsoDay, parseIsoDay } from '../../src/_internal/dayNumber.js';
import { toHolidayRecords } from '../../src/calendar/export/toHolidayRecords.js';
import { mulberry32 } from '../../scripts/generate/mulberry32.js';

/** A pause row: a NULL `to` is an open pause; a NULL `from` (or `from` after `to`) a bad row. */
export interface SqlPause {
  readonly from: string | null;
  readonly to: string | null;
}

/** A record of the SQL tables: `records (id, start_day, end_day, as_of)` and its rows of `pauses`. */
export interface SqlRecord {
  readonly id: number | null;
  readonly start: string | null;
  readonly end: string | null;
  readonly asOf: string | null;
  readonly pauses: readonly SqlPause[];
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
 * year ends, and on the day before the table; pending and done records; as-of days before the start; pauses near the
 * start (so across the holidays the start is near) that overlap, touch or follow each other, begin before the start or
 * after the due date, and a few open ones (no end). One record in 25 lies at the table's end: its end or as-of day is
 * in 2027, the year the table does not cover.
 */
export function randomRecords(count: number, seed: number, firstId = 1): SqlRecord[] {
  const random = mulberry32(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (days: readonly number[]): number => days[int(0, days.length - 1)] as number;
  const clamp = (day: number): number => Math.min(LAST, Math.max(FIRST, day));
  const records: SqlRecord[] = [];
  for (let id = firstId; id < firstId + count; id++) {
    const r = random();
    const atEdge = random() < 0.04;
    const anchor = atEdge ? LAST - int(0, 40) : r < 0.4 ? pick(HOLIDAYS) : r < 0.55 ? pick(MAKEUPS) : r < 0.7 ? pick(YEAR_ENDS) : int(FIRST, LAST);
    const start = random() < 0.02 ? DAY_ZERO : clamp(anchor + int(-25, 3));
    const done = random() < 0.5;
    const last = atEdge ? LAST + 60 : LAST;
    const end = done ? Math.min(last, start + int(0, 60)) : null;
    const asOf = !done || random() < 0.2 ? Math.max(FIRST, Math.min(last, start + int(-3, 60))) : null;
    const pauses: SqlPause[] = [];
    if (random() < 0.45) {
      const n = int(1, 4);
      let from = start + int(-5, 30);
      for (let k = 0; k < n; k++) {
        const first = clamp(from);
        const lastPaused = clamp(first + int(0, random() < 0.7 ? 4 : 12));
        const open = k === n - 1 && random() < 0.1;
        pauses.push({ from: formatIsoDay(first), to: open ? null : formatIsoDay(lastPaused) });
        // The next pause overlaps, touches or follows this one.
        from = lastPaused + int(-2, 8);
      }
    }
    records.push({ id, start: formatIsoDay(start), end: end === null ? null : formatIsoDay(end), asOf: asOf === null ? null : formatIsoDay(asOf), pauses });
  }
  return records;
}

/** The kinds of bad row the library refuses, each as a change to a good record. */
export const BAD_ROWS: readonly [string, (r: SqlRecord) => SqlRecord][] = [
  ['a NULL id', (r) => ({ ...r, id: null })],
  ['a NULL start_day', (r) => ({ ...r, start: null })],
  ['an end_day before the start', (r) => ({ ...r, end: '2021-10-08', start: '2021-10-12' })],
  ['a reversed pause', (r) => ({ ...r, pauses: [...r.pauses, { from: '2021-10-12', to: '2021-10-08' }] })],
  ['a pause with a NULL pause_from', (r) => ({ ...r, pauses: [...r.pauses, { from: null, to: '2021-10-08' }] })],
];

/**
 * The records with bad rows mixed in, seeded: one record in 40 is spoiled by one of {@link BAD_ROWS}, and one in 40
 * has its id given to a second row as well (the copy with another start day).
 */
export function withBadRows(records: readonly SqlRecord[], seed: number): SqlRecord[] {
  const random = mulberry32(seed);
  return records.flatMap((r) => {
    const roll = random();
    if (roll < 0.025) return [(BAD_ROWS[Math.floor(random() * BAD_ROWS.length)] as (typeof BAD_ROWS)[number])[1](r)];
    if (roll < 0.05) return [r, { ...r, start: '2021-09-29', pauses: [] }];
    return [r];
  });
}
