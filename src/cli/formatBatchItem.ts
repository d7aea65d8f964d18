import type { ResultSummary } from '../rules/createResultSummary.js';
import type { RuleResult } from '../rules/results.js';

/** One evaluated (or rejected) record of a batch, as the CLI reports it. */
export type BatchRow =
  | { readonly line: number; readonly ok: true; readonly result: RuleResult }
  | { readonly line: number; readonly ok: false; readonly error: { readonly code: string; readonly message: string } };

/** The CSV columns of a batch report, by rule kind. */
export function csvColumns(kind: RuleResult['kind']): readonly string[] {
  const figures: Record<RuleResult['kind'], readonly string[]> = {
    deadline: ['due', 'elapsed', 'remaining', 'overBy'],
    threshold: ['actual', 'required', 'shortfall'],
    target: ['value', 'target', 'progress', 'expectedProgress', 'due'],
    average: ['mean', 'median', 'max', 'count'],
  };
  return ['line', 'status', ...figures[kind], 'errorCode', 'errorMessage'];
}

function csvCell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A batch row as one CSV line (CRLF-terminated, RFC 4180 quoting). */
export function csvLine(row: BatchRow, columns: readonly string[]): string {
  const fields: Record<string, unknown> = row.ok
    ? { ...(row.result as unknown as Record<string, unknown>), line: row.line }
    : { line: row.line, status: 'error', errorCode: row.error.code, errorMessage: row.error.message };
  return `${columns.map((c) => csvCell(fields[c])).join(',')}\r\n`;
}

/** A batch row as one line of text for people. */
export function textLine(row: BatchRow): string {
  if (!row.ok) return `line ${row.line}: error ${row.error.code}: ${row.error.message}`;
  const r = row.result;
  const detail =
    r.kind === 'deadline'
      ? `due ${r.due}${r.elapsed === undefined ? '' : `, elapsed ${r.elapsed}`}${r.overBy ? `, over by ${r.overBy}` : ''}`
      : r.kind === 'threshold'
        ? `actual ${r.actual}, required ${r.required}`
        : r.kind === 'target'
          ? `value ${r.value} of ${r.target}, progress ${(r.progress * 100).toFixed(1)}%`
          : `mean ${r.mean}, ${r.count} cases`;
  return `line ${row.line}: ${r.status} (${detail})`;
}

/** A batch summary in one line for people: statuses, bad records by code, and durations of completed deadlines. */
export function describeSummary(summary: ResultSummary, records: number, badRecords: number): string {
  const statuses = Object.entries(summary.statuses).map(([status, n]) => `${n} ${status}`);
  const bad = badRecords > 0 ? [`${badRecords} bad record${badRecords > 1 ? 's' : ''}`] : [];
  const durations = Object.entries(summary.elapsed).map(
    ([unit, s]) => `${unit.replace('_', ' ')} (completed): mean ${s.mean.toFixed(1)}, median ${s.median}, p90 ${s.p90}, max ${s.max}`,
  );
  return `${records} record${records === 1 ? '' : 's'}: ${[...statuses, ...bad].join(', ') || 'none'}${durations.length ? `; ${durations.join('; ')}` : ''}`;
}
