import { civilFromDays, daysInMonth, formatIsoDay } from '../_internal/dayNumber.js';
import { MONTH_NAMES_EN } from '../_internal/dateNames.js';
import { describeValue } from '../_internal/describeValue.js';
import { ACCEPTED_DATE_FORMS, writtenDateParts } from '../_internal/writtenDate.js';
import { CalendarOutOfRangeError, InvalidDateError } from '../errors/calendarErrors.js';
import type { CalendarCoverage } from './types.js';

const EXPECTED = `Expected a real date written year first (${ACCEPTED_DATE_FORMS}), e.g. '2021-10-08', or a valid Date.`;

/** Why a date input was rejected, in one sentence. */
function reasonFor(input: unknown): string {
  if (input instanceof Date) return 'is an invalid Date (its time value is NaN)';
  if (typeof input !== 'string') return `is ${describeValue(input)}, not a date`;
  const parts = writtenDateParts(input);
  if (!parts) return `(${describeValue(input)}) is not a date written year first`;
  const { year, month, day } = parts;
  if (month < 1 || month > 12) return `(${describeValue(input)}) has month ${month}; months are 1–12`;
  return `(${describeValue(input)}) does not exist: ${MONTH_NAMES_EN[month - 1]} ${year} has ${daysInMonth(year, month)} days, not ${day}`;
}

/**
 * The error for an input that is not a real date.
 *
 * @internal
 */
export function invalidDateError(input: unknown, argument: string): InvalidDateError {
  // The text itself too (short), which a message in another language echoes.
  const text = typeof input === 'string' ? { text: input.length > 40 ? `${input.slice(0, 40)}…` : input } : {};
  return new InvalidDateError(`\`${argument}\` ${reasonFor(input)}. ${EXPECTED}`, { argument, input: describeValue(input), ...text });
}

/**
 * The error for a day count that is not a safe integer (or not what `valid` says).
 *
 * @internal
 */
export function invalidCountError(n: unknown, argument: string, valid = 'a finite integer number of days'): InvalidDateError {
  return new InvalidDateError(`\`${argument}\` must be ${valid}, got ${describeValue(n)}.`, {
    argument,
    input: describeValue(n),
    expected: 'count',
    ...(typeof n === 'number' ? { value: n } : {}),
  });
}

function coverageText(coverage: CalendarCoverage): string {
  return `the calendar has official data from ${coverage.from} to ${coverage.to}`;
}

/** The remedies for missing years: their notices, or (for years after the data) the projection. */
function remedies(years: readonly number[], forward: boolean): string {
  const which = years.length === 1 ? `${years[0]}` : `${years[0]}–${years[years.length - 1]}`;
  const notice = `add the notice of ${which} (createCalendar({ schedules }), or --schedules <file> on the command line; \`yingshang notice parse\` reads a notice's text)`;
  const projection = forward ? `, or project it from the law (createCalendar({ unpublishedYears: 'provisional' }), or --provisional)` : '';
  return `To cover ${which}, ${notice}${projection}.`;
}

/** The years from `from` to `to` (both included, either order). */
function yearsBetween(from: number, to: number): number[] {
  return Array.from({ length: Math.abs(to - from) + 1 }, (_, k) => Math.min(from, to) + k);
}

/** The years between the coverage and `day`, the year of `day` included. */
function missingYearsTo(day: number, coverage: CalendarCoverage): number[] {
  const year = civilFromDays(day)[0];
  const edge = Number((formatIsoDay(day) > coverage.to ? coverage.to : coverage.from).slice(0, 4));
  return yearsBetween(year > edge ? edge + 1 : edge - 1, year);
}

/**
 * The error for a day outside the calendar's data; `argument` names the field or argument that needs it.
 *
 * @internal
 */
export function outOfRangeError(day: number, coverage: CalendarCoverage, argument: string): CalendarOutOfRangeError {
  const date = formatIsoDay(day);
  const years = missingYearsTo(day, coverage);
  const missing = years.length > 3 ? `${years[0]}–${years[years.length - 1]}` : years.join(', ');
  return new CalendarOutOfRangeError(`\`${argument}\` is ${date}, outside the calendar: ${coverageText(coverage)} and none for ${missing}. ${remedies(years, date > coverage.to)}`, {
    argument,
    date,
    coverage,
    years,
  });
}

/**
 * The error for an operation whose answer lies beyond the calendar's data (`forward`: after its last day).
 *
 * @internal
 */
export function runsPastCoverageError(operation: string, coverage: CalendarCoverage, forward = true): CalendarOutOfRangeError {
  const year = Number((forward ? coverage.to : coverage.from).slice(0, 4)) + (forward ? 1 : -1);
  return new CalendarOutOfRangeError(`${operation} needs days beyond the calendar's data: ${coverageText(coverage)}. ${remedies([year], forward)}`, {
    operation,
    coverage,
    years: [year],
  });
}
