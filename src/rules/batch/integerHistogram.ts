import type { ElapsedStats } from './resultSummary.js';

const SMALL = 1024;

/**
 * A histogram of whole numbers (durations in days, say): memory grows with the number of distinct values, not with
 * the count, so a million durations spread over a few hundred days take a few hundred entries, and the median and
 * percentiles stay exact.
 *
 * @example
 * ```ts
 * const h = new IntegerHistogram();
 * for (const d of [3, 1, 2, 9]) h.add(d);
 * h.stats(); //=> { count: 4, mean: 3.75, median: 2.5, p90: 9, min: 1, max: 9 }
 * ```
 */
export class IntegerHistogram {
  /** The counts of the values 0 … SMALL − 1, where most durations fall, read without hashing. */
  readonly #small = new Float64Array(SMALL);
  /** The counts of the other values. */
  readonly #counts = new Map<number, number>();
  #count = 0;
  #sum = 0;

  /**
   * Adds one value.
   *
   * @param value - A whole number.
   */
  add(value: number): void {
    if (value >= 0 && value < SMALL && (value | 0) === value) this.#small[value] = (this.#small[value] ?? 0) + 1;
    else this.#counts.set(value, (this.#counts.get(value) ?? 0) + 1);
    this.#count += 1;
    this.#sum += value;
  }

  /**
   * The statistics of the values added so far.
   *
   * @returns `{ count, mean, median, p90, min, max }` (see {@link ElapsedStats}), or `null` before the first value.
   */
  stats(): ElapsedStats | null {
    const count = this.#count;
    if (count === 0) return null;
    const counts = new Map(this.#counts);
    this.#small.forEach((n, value) => n > 0 && counts.set(value, n));
    const values = [...counts.keys()].sort((a, b) => a - b);
    // i < values.length and every value is a key of counts (noUncheckedIndexedAccess cannot see it).
    const countOf = (i: number): number => counts.get(values[i] as number) as number;
    // The value of 1-based rank `rank` (1 ≤ rank ≤ count) in the sorted list.
    const atRank = (rank: number): number => {
      let i = 0;
      for (let seen = countOf(0); seen < rank; seen += countOf(i)) i += 1;
      // i < values.length: the ranks add up to count.
      return values[i] as number;
    };
    const middle = count % 2 === 1 ? atRank((count + 1) / 2) : (atRank(count / 2) + atRank(count / 2 + 1)) / 2;
    return {
      count,
      mean: this.#sum / count,
      median: middle,
      // Integer arithmetic: 0.9 × 30 is 27.000000000000004 in floating point.
      p90: atRank(Math.ceil((9 * count) / 10)),
      // count > 0 here: the sorted values are not empty.
      min: values[0] as number,
      max: values[values.length - 1] as number,
    };
  }
}
