import { daysFromCivil } from '../_internal/dayNumber.js';
import type { CalendarIndex } from './calendarIndex.js';

/** Which covered days a projection decided, for calendars with `unpublishedYears: 'provisional'`. */
export interface ProvisionalSpans {
  /** `before[i]` = provisional days among covered days `0 … i−1` (length + 1 entries). */
  readonly before: Int32Array;
  /** Each projected year with the covered-day range its projection decides: its own days and any it claims in the December before. */
  readonly years: readonly { readonly year: number; readonly from: number; readonly to: number }[];
}

/**
 * Marks the days of the projected years, and the days their projected notices claim before them, as provisional.
 * Returns `undefined` when nothing is projected.
 *
 * @internal
 */
export function buildProvisionalSpans(index: CalendarIndex, projectedYears: readonly number[]): ProvisionalSpans | undefined {
  if (projectedYears.length === 0) return undefined;
  const flags = new Uint8Array(index.length);
  const years = projectedYears.map((year) => {
    const yearFrom = daysFromCivil(year, 1, 1) - index.firstDay;
    const to = daysFromCivil(year, 12, 31) - index.firstDay;
    let from = yearFrom;
    for (const block of index.blocks) {
      if (block.year !== year) continue;
      const days = [...block.rest.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, k) => a + k)), ...block.makeup].map((d) => d - index.firstDay);
      for (const d of days.filter((d) => d >= 0 && d < yearFrom)) {
        flags[d] = 1;
        from = Math.min(from, d);
      }
    }
    flags.fill(1, yearFrom, to + 1);
    return Object.freeze({ year, from, to });
  });
  const before = new Int32Array(index.length + 1);
  for (let i = 0; i < index.length; i++) before[i + 1] = (before[i] ?? 0) + (flags[i] ?? 0);
  return { before, years };
}

/**
 * The projected years that decided any covered day in `(a, b]` (indices), ascending.
 *
 * @internal
 */
export function provisionalYearsIn(spans: ProvisionalSpans | undefined, a: number, b: number): readonly number[] {
  if (!spans || (spans.before[b + 1] ?? 0) - (spans.before[a + 1] ?? 0) === 0) return NO_YEARS;
  return spans.years
    .filter((y) => {
      const from = Math.max(a + 1, y.from);
      const to = Math.min(b, y.to);
      return from <= to && (spans.before[to + 1] ?? 0) - (spans.before[from] ?? 0) > 0;
    })
    .map((y) => y.year);
}

const NO_YEARS: readonly number[] = Object.freeze([]);
