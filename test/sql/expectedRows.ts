import { isYingshangError } from '../../src/errors/YingshangError.js';
import type { BuiltInRuleId } from '../../src/rules/catalogue/builtInRules.js';
import { evaluate } from '../../src/rules/evaluate.js';
import type { RuleDefinition } from '../../src/rules/ruleDefinitionSchema.js';
import type { SqlRecord } from './randomRecords.js';

/** A row of a rule query, as the tests compare it; a pending case may leave columns out (not compared). */
export type QueryRow = Readonly<Record<string, unknown>>;

/** The row of a record that has no answer: `error` for a bad row, `out_of_range` for a missing day. */
export const errorRow = (id: number | null, status: 'error' | 'out_of_range'): QueryRow => ({
  id,
  due: null,
  status,
  elapsed: null,
  remaining: null,
  over_by: null,
  over_by_is_lower_bound: null,
  error_code: status === 'error' ? 'INVALID_FACTS' : 'CALENDAR_OUT_OF_RANGE',
});

/** The facts of `evaluate` for a record. */
export function factsOf(r: SqlRecord): Record<string, unknown> {
  return { start: r.start ?? undefined, ...(r.end ? { end: r.end } : {}), ...(r.asOf ? { asOf: r.asOf } : {}), ...(r.pauses.length ? { pauses: r.pauses } : {}) };
}

/**
 * What the library says of one record, as a row of the query: its result, or the error row of the library error it
 * throws (as `evaluateMany` turns one into an error item).
 */
export function libraryRow(rule: BuiltInRuleId | RuleDefinition, r: SqlRecord): QueryRow {
  try {
    const result = evaluate(rule, factsOf(r), { trace: false }) as unknown as Record<string, unknown>;
    return {
      id: r.id,
      due: result['due'],
      status: result['status'],
      elapsed: result['elapsed'] ?? null,
      remaining: result['remaining'] ?? null,
      over_by: result['overBy'] ?? null,
      over_by_is_lower_bound: result['overByIsLowerBound'] === true,
      error_code: null,
    };
  } catch (error) {
    if (isYingshangError(error, 'CALENDAR_OUT_OF_RANGE')) return errorRow(r.id, 'out_of_range');
    if (isYingshangError(error, 'INVALID_FACTS')) return errorRow(r.id, 'error');
    throw error;
  }
}

/**
 * The rows the query must return for `records`: an error row for every row whose id is NULL or repeated (the query
 * keys records by id), else the library's answer.
 */
export function expectedRows(rule: BuiltInRuleId | RuleDefinition, records: readonly SqlRecord[]): QueryRow[] {
  const copies = new Map<number, number>();
  for (const r of records) if (r.id !== null) copies.set(r.id, (copies.get(r.id) ?? 0) + 1);
  return records.map((r) => {
    if (r.id === null || (copies.get(r.id) ?? 0) > 1) return errorRow(r.id, 'error');
    return libraryRow(rule, r);
  });
}
