import { formatIsoDay, isoWeekday } from '../../_internal/dayNumber.js';
import { HOLIDAY_NAMES } from '../holidayKeys.js';
import type { ScheduleYear } from '../scheduleSchema.js';
import { statutoryDaysByHoliday } from '../statutoryDayNumbers.js';
import { invalidNotice } from './invalidNotice.js';
import type { ResolvedDays } from './resolvedDays.js';

/** The sentence of the schedule that arranges `key` last (the amendment's, when one changed it). */
function quoteOf(schedule: ScheduleYear, key: string): string | undefined {
  const arrangements = schedule.notices.flatMap((n) => n.holidays).filter((h) => h.key === key || h.alsoKeys?.some((k) => k === key));
  return arrangements[arrangements.length - 1]?.quote;
}

/**
 * Checks a parsed year against 第二条 of 《全国年节及纪念日放假办法》 in force: every statutory day of a holiday the
 * notice arranges is a rest day (in its block, or a weekend day no make-up day takes). With `complete`, every
 * holiday that has statutory days must be arranged. Years without known statutory days (outside 2004–2040) are
 * not checked.
 *
 * @throws {@link InvalidNoticeError} INVALID_NOTICE naming the day, its holiday and the sentence.
 *
 * @internal
 */
export function checkNoticeAgainstLaw(schedule: ScheduleYear, days: ResolvedDays, complete: boolean): void {
  for (const [day, key] of statutoryDaysByHoliday(schedule.year) ?? []) {
    const name = HOLIDAY_NAMES[key].zh;
    if (!days.keys.has(key)) {
      if (complete) {
        throw invalidNotice(
          { en: `the notice has no item for ${name}, a statutory holiday of ${schedule.year}`, zh: `通知没有${name}的安排，而${name}是${schedule.year}年的法定节假日` },
          { en: 'an item for each of the holidays of 第二条 of 《全国年节及纪念日放假办法》', zh: '《全国年节及纪念日放假办法》第二条所列每个节日各有一项安排' },
        );
      }
      continue;
    }
    const rests = days.rest.has(day) || (isoWeekday(day) >= 6 && !days.makeup.has(day));
    if (!rests) {
      throw invalidNotice(
        {
          en: `${formatIsoDay(day)} is a statutory holiday (${name}) under 《全国年节及纪念日放假办法》, but the notice makes it a working day`,
          zh: `${formatIsoDay(day)}是《全国年节及纪念日放假办法》规定的法定节假日（${name}），但通知将其安排为工作日`,
        },
        { en: 'every statutory day of the year to be a rest day', zh: '当年每个法定节假日均放假' },
        quoteOf(schedule, key),
      );
    }
  }
}
