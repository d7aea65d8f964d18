import { HOLIDAY, WEEKEND } from './dayStatus.js';
import type { ResolvedBlock } from './resolveHolidayBlocks.js';

/**
 * Widens each holiday block from the rest days its notice lists to the break as the notice words it: the weekend days
 * that lie between two of its listed days (2014 清明节: 04-05 and 04-07 announced, Sunday 04-06 between them), and,
 * when the notice joins the days to the weekend (`joinsWeekend`: 「与周末连休」 or a 「补休」 day), the weekend
 * days beside them (2019 清明节 「4月5日放假，与周末连休」: 04-06/07). A weekend day beside a listed day the notice
 * does not join stays a weekend day (2015 中秋节 「9月27日放假。」: Saturday 09-26). The joined weekend days become
 * `HOLIDAY` days of the block in `status` and `blockOf`; a make-up working day or a day of another block ends the
 * break. The notice's own days stay in each block's `announced`.
 *
 * @param blocks - The resolved blocks, in the order `blockOf` refers to (1 + index).
 * @param status - Day status codes of the covered days, the notices' days already marked (updated in place).
 * @param blockOf - 1 + the block index of each covered day, or 0 (updated in place).
 * @param firstDay - Day number of covered day 0.
 * @returns The blocks with `rest` set to the whole break, in the same order.
 *
 * @example
 * ```ts
 * extendToBreaks(blocks, status, blockOf, firstDay).find((b) => b.year === 2014 && b.keys[0] === 'qingming')?.rest; //=> [[16165, 16167]] // 2014-04-05 … 2014-04-07
 * ```
 */
export function extendToBreaks(blocks: readonly ResolvedBlock[], status: Uint8Array, blockOf: Uint16Array, firstDay: number): ResolvedBlock[] {
  const length = status.length;
  const weekendAt = (i: number): boolean => i >= 0 && i < length && status[i] === WEEKEND && blockOf[i] === 0;
  return blocks.map((block, b) => {
    const listedAt = (i: number): boolean => i >= 0 && i < length && status[i] === HOLIDAY && blockOf[i] === b + 1;
    const days = new Set<number>();
    for (const [from, to] of block.rest) {
      for (let d = from; d <= to; d++) days.add(d);
      let before = from - firstDay - 1;
      while (weekendAt(before)) before--;
      let after = to - firstDay + 1;
      while (weekendAt(after)) after++;
      if (block.joinsWeekend) for (let i = before + 1; i < from - firstDay; i++) days.add(i + firstDay);
      // The weekend after a listed range joins when the notice says so or when another listed day of the block follows it.
      if (block.joinsWeekend || listedAt(after)) for (let i = to - firstDay + 1; i < after; i++) days.add(i + firstDay);
    }
    const sorted = [...days].sort((x, y) => x - y);
    const rest: [number, number][] = [];
    for (const d of sorted) {
      const i = d - firstDay;
      if (weekendAt(i)) {
        status[i] = HOLIDAY;
        blockOf[i] = b + 1;
      }
      const last = rest[rest.length - 1];
      if (last && last[1] === d - 1) last[1] = d;
      else rest.push([d, d]);
    }
    return { ...block, rest };
  });
}
