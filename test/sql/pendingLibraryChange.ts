// THE ONE PLACE for the cases whose library answer changes on another branch (see /work/notes/BRIEF.md, "Decisions
// shared by everyone"): a 0-working-day rule whose trigger is a rest day or paused (branch legal). The SQL already
// answers it as the law says; until legal is merged, the equality tests compare these cases with `expectedByLaw`
// below instead of the library. Once it is merged, delete this file and its one use in expectedRows.ts: every case is
// then compared with the library. (The edge and sheets branches' cases, certain answers at the data's edge and open
// pauses, were here too; both are merged and the library answers them.)
import { formatIsoDay, parseIsoDay } from '../../src/_internal/dayNumber.js';
import { defaultCalendar } from '../../src/calendar/defaultCalendar.js';
import type { BuiltInRuleId } from '../../src/rules/catalogue/builtInRules.js';
import { ruleEvaluatorOf } from '../../src/rules/internal.js';
import type { RuleDefinition } from '../../src/rules/ruleDefinitionSchema.js';
import { errorRow, type QueryRow } from './expectedRows.js';
import type { SqlRecord } from './randomRecords.js';

const FIRST_DAY = '2004-01-01';
const LAST_DAY = '2026-12-31';

/** The limit of a period deadline, or `undefined`. */
function limitOf(rule: BuiltInRuleId | RuleDefinition): { amount: number; unit: string } | undefined {
  const definition = ruleEvaluatorOf(rule).rule as { kind: string; timing?: string; limit?: { amount: number; unit: string } };
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
  return isSameDayWorkingRule(rule) && (record.pauses.length > 0 || record.start < FIRST_DAY || !defaultCalendar.isWorkingDay(record.start));
}

/** The record with each open pause closed on its reference day (the end day, else the as-of day). */
function closedPauses(record: SqlRecord): SqlRecord {
  const reference = record.end ?? record.asOf ?? LAST_DAY;
  return { ...record, pauses: record.pauses.flatMap((p) => (p.to !== null ? [p] : p.from !== null && p.from <= reference ? [{ from: p.from, to: reference }] : [])) };
}

/** A 0-working-day period, day by day: due on the first working day on or after the start that no pause holds. */
function sameDayRow(record: SqlRecord): QueryRow {
  const paused = (day: string): boolean => record.pauses.some((p) => p.from !== null && p.to !== null && p.from <= day && day <= p.to);
  let due: string | undefined;
  for (let day = parseIsoDay(record.start as string); formatIsoDay(day) <= LAST_DAY; day++) {
    const iso = formatIsoDay(day);
    if (iso >= FIRST_DAY && defaultCalendar.isWorkingDay(iso) && !paused(iso)) {
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
 * The row the law gives for a case of {@link pendingLibraryChange}: a 0-working-day period is due on the first
 * unpaused working day on or after its trigger (open pauses run until the reference day). Only `due` and `status` are
 * compared: the counts are the legal branch's to define.
 */
export function expectedByLaw(_rule: BuiltInRuleId | RuleDefinition, record: SqlRecord): QueryRow {
  return sameDayRow(closedPauses(record));
}
