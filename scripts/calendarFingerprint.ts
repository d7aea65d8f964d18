/**
 * Prints a SHA-256 of the calendar's answers for every covered day, through string and Date inputs.
 * scripts/tzMatrix.mjs runs it under several TZ values and requires the same digest.
 */
import { createHash } from 'node:crypto';
import { formatIsoDay, parseIsoDay } from '../src/_internal/dayNumber.js';
import { addCalendarDays, addWorkingDays, calendarCoverage, countWorkingDays, getDayInfo, isWorkingDay } from '../src/calendar/index.js';

const hash = createHash('sha256');
const first = parseIsoDay(calendarCoverage().from);
const last = parseIsoDay(calendarCoverage().to);
for (let day = first; day <= last; day++) {
  const iso = formatIsoDay(day);
  const startOfDay = new Date(`${iso}T00:00:00+08:00`);
  const endOfDay = new Date(`${iso}T23:59:59.999+08:00`);
  const answers = [
    JSON.stringify(getDayInfo(iso)),
    getDayInfo(startOfDay).date,
    getDayInfo(endOfDay).date,
    isWorkingDay(endOfDay),
    day + 40 < last ? addWorkingDays(iso, 9) : '',
    day + 40 < last ? addCalendarDays(startOfDay, 20) : '',
    day > first + 20 ? addWorkingDays(endOfDay, -9) : '',
    countWorkingDays(calendarCoverage().from, iso),
  ];
  hash.update(answers.join('|'));
}
console.log(hash.digest('hex'));
