import { createHash } from 'node:crypto';
import { addCalendarDays, addWorkingDays, calendarCoverage, countWorkingDays, defaultCalendar, getDayInfo, holidaysOf } from '../../src/calendar/index.js';

/**
 * A digest of what the default calendar answers: its coverage, every day's info, every year's holiday blocks and
 * working-day count, and a few sums of days. Equal digests before and after a run mean the run changed nothing.
 */
export function defaultCalendarFingerprint(): string {
  const hash = createHash('sha256');
  const { from, to } = calendarCoverage();
  hash.update(`${from}/${to}/${String(Object.isFrozen(defaultCalendar))}`);
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    hash.update(JSON.stringify(holidaysOf(year)));
    hash.update(String(countWorkingDays(`${year}-01-01`, `${year}-12-31`)));
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 31; day++) {
        const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        if (Number.isNaN(Date.parse(date)) || new Date(date).getUTCDate() !== day) continue;
        hash.update(JSON.stringify(getDayInfo(date)));
      }
    }
  }
  hash.update([addWorkingDays('2021-09-29', 5), addCalendarDays('2021-09-11', 20), addCalendarDays('2021-06-06', 20, { roll: 'statutory_holidays_only' })].join());
  return hash.digest('hex');
}
