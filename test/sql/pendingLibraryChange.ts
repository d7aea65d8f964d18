// THE ONE PLACE for the cases whose library answer changes on other branches (see /work/notes/BRIEF.md, "Decisions
// shared by everyone"): open pauses (branch sheets), a 0-working-day rule whose trigger is a rest day or paused
// (branch legal), a certain overdue/missed at the data's edge and a calendar-day period from the day before the
// table, which needs no day outside it (branch edge). The SQL already answers them as the law
// says; until those branches are merged, the equality tests compare these cases with `expectedByLaw` below instead of
// the library. Once they are merged, delete this file and its one use in expectedRows.ts: every case is then compared
// with the library.
import { formatIsoDay, parseIsoDay } from '../../src/_internal/dayNumber.js';
import { defaultCalendar } from '../../src/calendar/defaultCalendar.js';
import type { BuiltInRuleId } from '../../src/rules/catalogue/builtInRules.js';
import { compiledFor } from '../../src/rules/internal.js';
import type { RuleDefinition } from '../../src/rules/schema/ruleDefinitionSchema.js';
import { errorRow, libraryRow, type QueryRow } from './expectedRows.js';
import type { SqlRecord } from './randomRecords.js';

const FIRST_DAY = '2004-01-01';
const LAST_DAY = '2026-12-31';

/** The limit of a period deadline, or `undefined`. */
function limitOf(rule: BuiltInRuleId | RuleDefinition): { amount: number; unit: string } | undefined {
  const definition = compiledFor(rule).rule as { kind: string; timing?: string; limit?: { amount: number; unit: string } };
  return definition.kind === 'deadline' && definition.timing === 'period' ? definition.limit : undefined;
}

const isSameDayWorkingRule = (rule: BuiltInRuleId | RuleDefinition): boolean => {
  const limit = limitOf(rule);
  return limit?.unit === 'working_days' && limit.amount === 0;
};

/** Whether the library on this branch does not yet answer `record` as the law (and the SQL) does. */
export function pendingLibraryChange(rule: BuiltInRuleId | RuleDefinition, record: SqlRecord): boolean {
  if (record.start === null || (record.end !== null && record.end < record.start)) return false;
  if (record.pauses.some((p) => p.from === null || (p.to !== null && p.from > p.to))) return false;
  const openPause = record.pauses.some((p) => p.to === null);
  const sameDay = isSameDayWorkingRule(rule) && (record.pauses.length > 0 || record.start < FIRST_DAY || !defaultCalendar.isWorkingDay(record.start));
  const reference = record.end ?? record.asOf;
  const pastTheData = limitOf(rule)?.unit === 'working_days' && reference !== null && reference > LAST_DAY;
  const calendarDaysFromDayZero = limitOf(rule)?.unit === 'calendar_days' && (limitOf(rule)?.amount ?? 0) > 0 && record.start < FIRST_DAY && record.pauses.length > 0;
  return openPause || sameDay || pastTheData || calendarDaysFromDayZero;
}

/** The record with each open pause closed on its reference day (the end day, else the as-of day). */
function closedPauses(record: SqlRecord): SqlRecord {
  const reference = record.end ?? record.asOf ?? formatIsoDay(parseIsoDay(LAST_DAY));
  return { ...record, pauses: record.pauses.flatMap((p) => (p.to !== null ? [p] : p.from !== null && p.from <= reference ? [{ from: p.from, to: reference }] : [])) };
}

/** Whether a day of the table may be a last day, per roll mode. */
const ACCEPTS: Readonly<Record<string, (day: string) => boolean>> = {
  working_days: (day) => defaultCalendar.isWorkingDay(day),
  next_working_day: (day) => defaultCalendar.isWorkingDay(day),
  statutory_holidays_only: (day) => defaultCalendar.getDayInfo(day).kind !== 'holiday',
  none: () => true,
};

/**
 * The due date and status of a period, counted day by day: `amount` unpaused days after the start (0 for a
 * 0-working-day period), then on to the first day the roll accepts that no pause holds.
 */
function dueAndStatusRow(record: SqlRecord, amount: number, accepts: (day: string) => boolean): QueryRow {
  const paused = (day: string): boolean => record.pauses.some((p) => p.from !== null && p.to !== null && p.from <= day && day <= p.to);
  let day = parseIsoDay(record.start as string);
  for (let left = amount; left > 0; ) if (!paused(formatIsoDay(++day))) left--;
  let due: string | undefined;
  for (; formatIsoDay(day) <= LAST_DAY; day++) {
    const iso = formatIsoDay(day);
    if (iso >= FIRST_DAY && accepts(iso) && !paused(iso)) {
      due = iso;
      break;
    }
  }
  if (due === undefined) return errorRow(record.id, 'out_of_range');
  const reference = (record.end ?? record.asOf) as string;
  const at = reference < (record.start as string) ? (record.start as string) : reference;
  const status = reference < (record.start as string) ? 'not_started' : at <= due ? (record.end ? 'met' : 'pending') : record.end ? 'missed' : 'overdue';
  return { id: record.id, due, status, error_code: null };
}

/**
 * The row the law gives for a case of {@link pendingLibraryChange}: open pauses run until the reference day; a
 * 0-working-day period is due on the first unpaused working day on or after its trigger, and a calendar-day period
 * from the day before the table as counted day by day (only `due` and `status` are compared: the counts are the
 * other branches' to define); past the data, a record late by the last day of the
 * table is certainly late, its `over_by` the days counted inside the data (at least 1), a lower bound.
 */
export function expectedByLaw(rule: BuiltInRuleId | RuleDefinition, record: SqlRecord): QueryRow {
  const closed = closedPauses(record);
  const limit = limitOf(rule) as { amount: number; unit: string; roll?: string };
  if (isSameDayWorkingRule(rule)) return dueAndStatusRow(closed, 0, ACCEPTS['working_days'] as (day: string) => boolean);
  if (limit.unit === 'calendar_days' && limit.amount > 0 && (closed.start as string) < FIRST_DAY && closed.pauses.length > 0) {
    return dueAndStatusRow(closed, limit.amount, ACCEPTS[limit.roll ?? 'next_working_day'] as (day: string) => boolean);
  }
  const reference = closed.end ?? closed.asOf;
  if (limit.unit === 'calendar_days' || reference === null || reference <= LAST_DAY) return libraryRow(rule, closed);
  const atLastDay = libraryRow(rule, { ...closed, ...(closed.end ? { end: LAST_DAY } : { asOf: LAST_DAY }) });
  if (atLastDay['status'] === 'out_of_range' || atLastDay['status'] === 'error') return atLastDay;
  return {
    ...atLastDay,
    status: closed.end ? 'missed' : 'overdue',
    remaining: null,
    over_by: Math.max(Number(atLastDay['over_by'] ?? 0), 1),
    over_by_is_lower_bound: true,
  };
}
