// Day arithmetic on 'YYYY-MM-DD' strings in UTC, so nothing depends on the browser's time zone.

function toUtc(iso: string): Date {
  const date = new Date(0);
  date.setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return date;
}

/** The day `n` days after `iso`. */
export function addDays(iso: string, n: number): string {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(iso: string): number {
  return (toUtc(iso).getUTCDay() + 6) % 7;
}

/** The days of a month, `'YYYY-MM-DD'`, in order. */
export function daysOfMonth(year: number, month: number): string[] {
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  const days: string[] = [];
  for (let day = first; day.slice(5, 7) === first.slice(5, 7); day = addDays(day, 1)) days.push(day);
  return days;
}

/** The months from the month of `from` to the month of `to`, at most `limit` of them, as `[year, month]`. */
export function monthsBetween(from: string, to: string, limit: number): [number, number][] {
  const months: [number, number][] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  while (year * 12 + month <= last && months.length < limit) {
    months.push([year, month]);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
  return months;
}
