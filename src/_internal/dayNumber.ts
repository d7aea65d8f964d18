/**
 * Civil dates as day numbers: whole days since 1970-01-01 in the proleptic Gregorian calendar.
 * Pure integer arithmetic (H. Hinnant's days-from-civil), so nothing depends on the host time zone.
 */

const MS_PER_DAY = 86_400_000;
/** China Standard Time has been UTC+8 without daylight saving since 1991-09; every covered day is later than that. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/**
 * Day number of the civil date `y-m-d` (month 1–12). Does not validate.
 *
 * @internal
 */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The civil date `[year, month, day]` of a day number.
 *
 * @internal
 */
export function civilFromDays(n: number): [number, number, number] {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/**
 * Number of days in month `m` (1–12) of year `y`.
 *
 * @internal
 */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * ISO weekday of a day number: 1 = Monday … 7 = Sunday.
 *
 * @internal
 */
export function isoWeekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/**
 * The two-digit number at `i`, or -1 when either character is not an ASCII digit.
 *
 * @internal
 */
export function twoDigitsAt(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  // `>>> 0` turns a negative difference into a huge number, so one comparison rejects every non-digit.
  return a >>> 0 > 9 || b >>> 0 > 9 ? -1 : a * 10 + b;
}

/**
 * Day number of a strict `'YYYY-MM-DD'` string, or `NaN` when the string is malformed or names an impossible date.
 * Only ASCII digits are accepted (full-width digits are malformed).
 *
 * @internal
 */
export function parseIsoDay(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const century = twoDigitsAt(s, 0);
  const yearOfCentury = twoDigitsAt(s, 2);
  const m = twoDigitsAt(s, 5);
  const d = twoDigitsAt(s, 8);
  if (century < 0 || yearOfCentury < 0 || m < 1 || m > 12 || d < 1) return NaN;
  const y = century * 100 + yearOfCentury;
  return d > daysInMonth(y, m) ? NaN : daysFromCivil(y, m, d);
}

function pad2(v: number): string {
  return v < 10 ? `0${v}` : `${v}`;
}

/**
 * The `'YYYY-MM-DD'` string of a day number (years 0–9999).
 *
 * @internal
 */
export function formatIsoDay(n: number): string {
  const [y, m, d] = civilFromDays(n);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/**
 * Day number of the Asia/Shanghai civil date of a `Date`, or `NaN` for an invalid `Date`.
 *
 * @internal
 */
export function shanghaiDayOfDate(date: Date): number {
  const ms = date.getTime();
  return Number.isFinite(ms) ? Math.floor((ms + SHANGHAI_OFFSET_MS) / MS_PER_DAY) : NaN;
}
