import { daysFromCivil, formatIsoDay, isoWeekday } from '../../_internal/dayNumber.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import type { HolidayKey } from '../holidayKeys.js';
import type { HolidayArrangement, ScheduleYear } from '../scheduleSchema.js';
import { FESTIVAL_DAYS_YEARS, festivalDays } from './festivalDays.js';

/** 《全国年节及纪念日放假办法》 as revised by 国务院令第795号 (2024-11-10, in force from 2025-01-01). */
const LAW_URL = 'https://www.gov.cn/zhengce/content/202411/content_6986380.htm';

/** The years {@link projectSchedule} can project, both inclusive: the 2024 law is in force and the lunar table covers them. */
export const PROJECTABLE_YEARS: { readonly from: number; readonly to: number } = Object.freeze({ from: 2025, to: FESTIVAL_DAYS_YEARS.to });

/** One holiday block before its make-up days are placed. */
interface Block {
  /** The primary holiday first, then a merged one. */
  readonly keys: readonly [HolidayKey, ...HolidayKey[]];
  readonly from: number;
  readonly to: number;
  /** Statutory days (第二条) in the block; each is a weekday off or, on a weekend, owed a weekday off (第六条). */
  readonly statutoryDays: number;
}

function isWeekend(day: number): boolean {
  return isoWeekday(day) >= 6;
}

/** Make-up days a block needs: its weekdays off beyond the statutory days (and the weekdays owed for them). */
function makeupCount(from: number, to: number, statutoryDays: number): number {
  let weekdays = 0;
  for (let day = from; day <= to; day++) if (!isWeekend(day)) weekdays++;
  return weekdays - statutoryDays;
}

/**
 * A block of `length` days that contains the statutory days `first`..`last` and needs the fewest make-up days;
 * among equals, the one that starts latest (劳动节 from 5月1日 when that costs nothing, otherwise from the
 * weekend before it; a single day on a Sunday rests Saturday to Monday).
 */
function cheapestBlock(keys: Block['keys'], first: number, last: number, length: number): Block {
  const statutoryDays = last - first + 1;
  const cost = (from: number): number => makeupCount(from, from + length - 1, statutoryDays);
  let bestFrom = first;
  for (let from = first - 1; from >= last - length + 1; from--) if (cost(from) < cost(bestFrom)) bestFrom = from;
  return { keys, from: bestFrom, to: bestFrom + length - 1, statutoryDays };
}

/** 元旦、清明节、端午节、中秋节: 「放假调休或连休3天（如逢周三则只在当日放假）」. */
function oneDayHoliday(key: HolidayKey, day: number): Block {
  return isoWeekday(day) === 3 ? { keys: [key], from: day, to: day, statutoryDays: 1 } : cheapestBlock([key], day, day, 3);
}

/**
 * The blocks of a year, in date order, before make-up days are placed: 「春节自农历除夕起放假调休8天」 (除夕 to
 * 初七; 除夕、初一至初三 statutory), 「劳动节放假调休5天」 (5月1日、2日 statutory), 「国庆节自10月1日起放假调休7天」
 * (10月1日至3日 statutory) and 「国庆节放假如逢中秋节则合并放假8天」 (中秋 within those 7 days; statutory too, even
 * on 10月1日至3日, as in 2020), and the one-day holidays.
 */
function blocksOf(year: number, chuxi: number, qingming: number, dragonBoat: number, midAutumn: number): Block[] {
  const may1 = daysFromCivil(year, 5, 1);
  const oct1 = daysFromCivil(year, 10, 1);
  const merged = midAutumn >= oct1 && midAutumn <= oct1 + 6;
  const blocks: Block[] = [
    oneDayHoliday('new_year', daysFromCivil(year, 1, 1)),
    { keys: ['spring_festival'], from: chuxi, to: chuxi + 7, statutoryDays: 4 },
    oneDayHoliday('qingming', qingming),
    cheapestBlock(['labour_day'], may1, may1 + 1, 5),
    oneDayHoliday('dragon_boat', dragonBoat),
    merged
      ? { keys: ['national_day', 'mid_autumn'], from: oct1, to: oct1 + 7, statutoryDays: 4 }
      : { keys: ['national_day'], from: oct1, to: oct1 + 6, statutoryDays: 3 },
  ];
  if (!merged) blocks.push(oneDayHoliday('mid_autumn', midAutumn));
  return blocks.sort((a, b) => a.from - b.from);
}

/**
 * Places every block's make-up days (调休上班), longest blocks first (春节 and 国庆节 have fixed starts; the
 * 3-day holidays fit around them), and writes each block as an arrangement.
 */
function arrange(blocks: readonly Block[]): HolidayArrangement[] {
  const held = new Set<number>();
  for (const block of blocks) for (let day = block.from; day <= block.to; day++) held.add(day);
  const worked = new Set<number>();
  const isRest = (day: number): boolean => held.has(day) || (isWeekend(day) && !worked.has(day));
  /** A free weekend day whose working makes a stretch of 2 to 6 working days: not a lone one, not a 7th (第七条). */
  const canWork = (day: number): boolean => {
    if (!isWeekend(day) || held.has(day) || worked.has(day)) return false;
    let stretch = 1;
    for (let d = day - 1; !isRest(d); d--) stretch++;
    for (let d = day + 1; !isRest(d); d++) stretch++;
    return stretch > 1 && stretch <= 6;
  };
  const nearest = (block: Block, step: -1 | 1): number => {
    let day = step < 0 ? block.from - 1 : block.to + 1;
    while (!canWork(day)) day += step;
    return day;
  };
  const placed = blocks.map((block) => ({ block, makeup: [] as number[] }));
  // Sides alternate; when both have as many, the nearer day wins (the earlier one on a tie).
  for (const { block, makeup } of [...placed].sort((a, b) => b.block.to - b.block.from - (a.block.to - a.block.from))) {
    let before = 0;
    let after = 0;
    for (let n = makeupCount(block.from, block.to, block.statutoryDays); n > 0; n--) {
      const earlier = nearest(block, -1);
      const later = nearest(block, 1);
      const takeEarlier = before === after ? block.from - earlier <= later - block.to : before < after;
      if (takeEarlier) before++;
      else after++;
      const day = takeEarlier ? earlier : later;
      worked.add(day);
      makeup.push(day);
    }
    makeup.sort((a, b) => a - b);
  }
  const isFreeWeekendRest = (day: number): boolean => isWeekend(day) && !held.has(day) && !worked.has(day);
  return placed.map(({ block, makeup }) => {
    let from = block.from;
    let to = block.to;
    while (isFreeWeekendRest(from - 1)) from--;
    while (isFreeWeekendRest(to + 1)) to++;
    const [key, ...alsoKeys] = block.keys;
    return {
      key,
      ...(alsoKeys.length > 0 ? { alsoKeys } : {}),
      rest: [{ from: formatIsoDay(from), to: formatIsoDay(to) }],
      makeup: makeup.map(formatIsoDay),
    };
  });
}

/**
 * Projects the holiday schedule of a year for which no State Council notice has been published yet, from
 * 《全国年节及纪念日放假办法》 as revised in 2024 and the principles the 2025 and 2026 notices apply:
 *
 * 1. **Blocks.** 春节: 8 days from 除夕. 国庆节: 7 days from 10月1日, or 8 when 中秋 falls within them (merged).
 *    劳动节: 5 days containing 5月1日、2日. 元旦、清明节、端午节、中秋节: 3 days containing the day, or the day
 *    alone when it is a Wednesday. A block that may float takes the position needing the fewest make-up days,
 *    and of those the latest start (so a single day on Tuesday rests Sunday–Tuesday, on Thursday
 *    Thursday–Saturday, on Saturday or Sunday Saturday–Monday).
 * 2. **How many make-up days.** Every statutory day is a weekday off or, on a weekend, owed one (第六条), so a
 *    block needs (its weekdays) − (its statutory days) make-up days, and the year loses exactly its 13
 *    statutory working days.
 * 3. **Where.** A make-up day is the weekend day nearest to its block that no block or make-up day holds and
 *    whose working makes a stretch of 2 to 6 working days: never a lone working day between rest days, never
 *    more than 6 in a row (第七条). A block needing two takes one on each side, one needing one takes the
 *    nearer side. Longer blocks are served first.
 * 4. **Ranges.** A rest range also takes in the weekend rest days that touch it (2026: 春节 from Sunday 2月15日,
 *    the day before 除夕, because Saturday 2月14日 is worked and Sunday would be a lone working day).
 *
 * Back-tested against the 2025 and 2026 notices (no day differs): see
 * `test/calendar/provisional/projectSchedule.test.ts` and `docs/calendar.md`.
 *
 * The single notice says plainly that it is a projection: issuer `'yingshang projection'`, docNo
 * `'PROVISIONAL-<year>'`, the URL of the law, and `publishedOn` fixed at `<year - 1>-01-01`: deterministic (the
 * date of computation would make the output vary from run to run) and earlier than any real notice for the
 * year (they appear from late October of the year before), so a real notice always comes after, and replaces,
 * the projection.
 *
 * @param year - A year in {@link PROJECTABLE_YEARS}.
 * @returns The projected schedule in the seed shape; it passes `ScheduleYearSchema` and `findScheduleIssues`.
 * @throws InvalidArgumentError (`INVALID_ARGUMENT`) for a year outside {@link PROJECTABLE_YEARS}.
 * @example
 * ```ts
 * const schedule = projectSchedule(2027);
 * schedule.notices[0].holidays[1];
 * // { key: 'spring_festival', rest: [{ from: '2027-02-05', to: '2027-02-13' }], makeup: ['2027-01-31', '2027-02-14'] }
 * ```
 */
export function projectSchedule(year: number): ScheduleYear {
  const days = Number.isInteger(year) && year >= PROJECTABLE_YEARS.from ? festivalDays(year) : undefined;
  if (days === undefined) {
    throw new InvalidArgumentError(`cannot project ${String(year)}: projections cover the years ${PROJECTABLE_YEARS.from}–${PROJECTABLE_YEARS.to}`, {
      argument: 'year',
      year,
      supported: PROJECTABLE_YEARS,
      zh: { problem: `无法推算${String(year)}年：推算只覆盖${PROJECTABLE_YEARS.from}–${PROJECTABLE_YEARS.to}年` },
    });
  }
  return {
    year,
    notices: [
      {
        kind: 'schedule',
        issuer: 'yingshang projection',
        title: `${year}年部分节假日安排（推算，非国务院办公厅通知）`,
        docNo: `PROVISIONAL-${year}`,
        publishedOn: `${year - 1}-01-01`,
        url: LAW_URL,
        holidays: arrange(blocksOf(year, days.chuxi, days.qingming, days.dragonBoat, days.midAutumn)),
      },
    ],
  };
}
