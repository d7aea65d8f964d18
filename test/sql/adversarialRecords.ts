import fc from 'fast-check';
import { formatIsoDay, parseIsoDay } from '../../src/_internal/dayNumber.js';
import { toHolidayRecords } from '../../src/calendar/export/toHolidayRecords.js';
import type { SqlPause, SqlRecord } from './randomRecords.js';

const FIRST = parseIsoDay('2004-01-01');
const LAST = parseIsoDay('2026-12-31');
/** Every holiday and make-up working day of the calendar. */
const HOLIDAYS = toHolidayRecords().map((r) => parseIsoDay(r.date));

/**
 * A day where answers go wrong: before the day table and on its day 0, at the end of 2026 and in 2027, at the table's
 * last day (`last`, a day number; by default 2026-12-31), on holiday breaks and make-up days, in the last days of a
 * December, or anywhere.
 */
export const edgyDay = (last = LAST): fc.Arbitrary<number> => fc.oneof(
  fc.integer({ min: FIRST - 60, max: FIRST + 20 }),
  fc.integer({ min: LAST - 45, max: LAST + 45 }),
  fc.integer({ min: last - 45, max: last + 45 }),
  fc.tuple(fc.constantFrom(...HOLIDAYS), fc.integer({ min: -12, max: 3 })).map(([d, k]) => d + k),
  fc.tuple(fc.integer({ min: 2004, max: 2026 }), fc.integer({ min: 15, max: 31 })).map(([y, d]) => parseIsoDay(`${y}-12-${String(d).padStart(2, '0')}`)),
  fc.integer({ min: FIRST, max: LAST }),
);

const day = (n: number | null): string | null => (n === null ? null : formatIsoDay(n));

/** Pauses of a record starting on `start`: overlapping, touching, repeated verbatim, open, reversed, half NULL, before the start or the table, after the period. */
function pausesFrom(start: number): fc.Arbitrary<SqlPause[]> {
  const one = fc
    .tuple(fc.integer({ min: -70, max: 60 }), fc.integer({ min: -2, max: 25 }), fc.nat(99))
    .map(([offset, length, shape]): SqlPause => {
      const from = start + offset;
      if (shape < 3) return { from: null, to: day(from + length) };
      if (shape < 8) return { from: day(from), to: null };
      return { from: day(from), to: day(from + (shape < 12 ? -Math.abs(length) - 1 : Math.max(0, length))) };
    });
  return fc.array(one, { maxLength: 4 }).chain((pauses) =>
    // Repeat some verbatim, and add one that touches or overlaps the previous.
    fc.tuple(fc.subarray(pauses), fc.integer({ min: -3, max: 1 }), fc.integer({ min: 0, max: 9 }), fc.boolean()).map(([again, gap, length, touch]) => {
      const last = pauses.at(-1);
      const next = touch && last?.to ? [{ from: day(parseIsoDay(last.to) + 1 + gap), to: day(parseIsoDay(last.to) + 1 + gap + length) }] : [];
      return [...pauses, ...again, ...next];
    }),
  );
}

/** A record of a period deadline: id from a small pool (so ids repeat) or NULL, any of the edge days, bad rows. */
export const periodRecord = (last = LAST): fc.Arbitrary<SqlRecord> => fc
  .tuple(fc.option(fc.integer({ min: 1, max: 400 }), { freq: 40 }), edgyDay(last), fc.nat(99), fc.integer({ min: -8, max: 70 }), fc.integer({ min: -8, max: 70 }))
  .chain(([id, start, shape, toEnd, toAsOf]) =>
    pausesFrom(start).map((pauses): SqlRecord => {
      const done = shape % 2 === 0;
      // Both end and as-of NULL (judged today) in one record of 25; a NULL start in one of 50.
      const asOf = shape < 4 ? null : !done || shape < 30 ? start + toAsOf : null;
      return {
        id,
        start: shape >= 96 ? null : day(start),
        end: done ? day(start + (toEnd < 0 && shape > 20 ? Math.abs(toEnd) : toEnd)) : null,
        asOf: day(asOf),
        pauses,
      };
    }),
  );

/** Records with ids drawn from a pool, so that some repeat; `fc.uniqueArray` is not wanted. */
export const periodRecords = (minLength: number, maxLength: number, last = LAST): fc.Arbitrary<SqlRecord[]> => fc.array(periodRecord(last), { minLength, maxLength });

/** A row of a fixed-date deadline's table: end and as-of days around the due date, at the table's edges, or NULL. */
export interface FixedDateRow {
  readonly id: number | null;
  readonly end: string | null;
  readonly asOf: string | null;
}

/** Fixed-date rows around `due` and at the edges (2003, 2027), ids repeated or NULL, both days NULL (today) now and then. */
export const fixedDateRows = (due: string, length: number): fc.Arbitrary<FixedDateRow[]> => {
  const near = fc.oneof(fc.integer({ min: -45, max: 45 }).map((k) => parseIsoDay(due) + k), edgyDay());
  const row = fc
    .tuple(fc.option(fc.integer({ min: 1, max: 400 }), { freq: 40 }), fc.option(near, { freq: 2 }), fc.option(near, { freq: 2 }))
    .map(([id, end, asOf]): FixedDateRow => ({ id, end: day(end), asOf: day(asOf) }));
  return fc.array(row, { minLength: length, maxLength: length });
};

/** A value of a count column (a target's `value` or `baseline`): text of an SQL literal, and the fact `evaluate` gets. */
export interface CountCell {
  readonly sql: string;
  readonly fact: number | undefined;
}

/** A row of a target's table `(id, value, as_of, baseline)`. */
export interface TargetRow {
  readonly id: number | null;
  readonly value: CountCell;
  readonly asOf: string | null;
  readonly baseline: CountCell;
}

/** A count near `around`, or a bad one: NULL, negative, a fraction (in a DECIMAL column), past 2^53 − 1, or at it. */
const countCell = (around: number, decimalColumn: boolean): fc.Arbitrary<CountCell> =>
  fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 0, max: around * 2 + 3 }).map((n) => ({ sql: String(n), fact: n })) },
    { weight: 1, arbitrary: fc.constant({ sql: 'NULL', fact: undefined }) },
    { weight: 1, arbitrary: fc.integer({ min: -5, max: -1 }).map((n) => ({ sql: String(n), fact: n })) },
    { weight: 1, arbitrary: fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1).map((n) => ({ sql: String(n), fact: n })) },
    ...(decimalColumn ? [{ weight: 1, arbitrary: fc.integer({ min: 0, max: around * 2 }).map((n) => ({ sql: `${n}.5`, fact: n + 0.5 })) }] : []),
  );

/** Target rows across the target's time span and at the table's edges. */
export const targetRows = (rule: { readonly target: number; readonly startsOn: string; readonly due: string }, length: number, decimalColumn: boolean): fc.Arbitrary<TargetRow[]> => {
  const span = parseIsoDay(rule.due) - parseIsoDay(rule.startsOn);
  const asOf = fc.oneof(fc.integer({ min: -15, max: span + 25 }).map((k) => parseIsoDay(rule.startsOn) + k), edgyDay());
  const row = fc
    .tuple(fc.option(fc.integer({ min: 1, max: 400 }), { freq: 40 }), countCell(rule.target, decimalColumn), fc.option(asOf, { freq: 30 }), countCell(rule.target * 2, decimalColumn), fc.boolean())
    .map(([id, value, at, baseline, known]): TargetRow => ({ id, value, asOf: day(at), baseline: known ? baseline : { sql: 'NULL', fact: undefined } }));
  return fc.array(row, { minLength: length, maxLength: length });
};

/** A decimal text: up to `whole` digits before the point and `decimals + extra` after it (too many, with `extra`). */
export const decimalText = (whole: number, decimals: number, extra = 2): fc.Arbitrary<string> =>
  fc
    .tuple(fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: whole }) }), fc.nat(decimals + extra), fc.infiniteStream(fc.integer({ min: 0, max: 9 })))
    .map(([digits, places, stream]) => {
      const all = [...stream.take(digits + places)];
      const head = all.slice(0, digits).join('').replace(/^0+(?=\d)/, '') || '0';
      // Decimals past the input's end with a non-zero digit: a column stores 1.370 as 1.37 (see docs/en/sql.md).
      const tail = places > decimals ? [...all.slice(digits, -1), (all.at(-1) ?? 0) || 7] : all.slice(digits);
      return places === 0 ? head : `${head}.${tail.join('')}`;
    });

/** A cast or NULL: what the query reads in each input's column. */
export type ThresholdCell = { readonly sql: string; readonly fact: string | boolean | undefined };

/** The input specs of a threshold, as far as these rows need them. */
export type InputSpecs = Readonly<Record<string, { readonly type: 'decimal'; readonly decimals: number } | { readonly type: 'boolean' } | { readonly type: 'enum'; readonly values: readonly string[] }>>;

/**
 * Rows of a threshold: each input a value of its kind or a bad one (NULL, negative, too many decimals, zero, too
 * wide for the column's type `decimalType` (up to `capacity` whole digits), an enum in another case or unknown).
 */
export const thresholdRows = (inputs: InputSpecs, decimalType: string, capacity: number, length: number, integers = false): fc.Arbitrary<{ id: number | null; cells: Record<string, ThresholdCell> }[]> => {
  // With `integers`, a whole-number input is a BIGINT column: up to 18 digits, none after the point.
  const integer = (spec: InputSpecs[string]): boolean => integers && spec.type === 'decimal' && spec.decimals === 0;
  const wholeNumber = decimalText(18, 0, 0).map((v): ThresholdCell => ({ sql: v, fact: v }));
  const clean = (spec: InputSpecs[string]): fc.Arbitrary<ThresholdCell> => {
    if (spec.type === 'boolean') return fc.boolean().map((b) => ({ sql: String(b).toUpperCase(), fact: b }));
    if (spec.type === 'enum') return fc.constantFrom(...spec.values).map((v) => ({ sql: `'${v}'`, fact: v }));
    if (integer(spec)) return wholeNumber;
    return decimalText(capacity, spec.decimals, 0).map((v) => ({ sql: `CAST('${v}' AS ${decimalType})`, fact: v }));
  };
  const cell = (spec: InputSpecs[string]): fc.Arbitrary<ThresholdCell> => {
    const missing = { weight: 1, arbitrary: fc.constant<ThresholdCell>({ sql: 'NULL', fact: undefined }) };
    if (spec.type === 'boolean') return fc.oneof({ weight: 10, arbitrary: fc.boolean().map((b) => ({ sql: String(b).toUpperCase(), fact: b })) }, missing);
    if (spec.type === 'enum') {
      // A listed value, or one in another case or not listed at all (both refused: enums are compared byte for byte).
      const value = (values: readonly string[]): fc.Arbitrary<ThresholdCell> => fc.constantFrom(...values).map((v) => ({ sql: `'${v}'`, fact: v }));
      return fc.oneof({ weight: 10, arbitrary: value(spec.values) }, { weight: 1, arbitrary: value([...spec.values.map((v) => v.toUpperCase()), 'other']) }, missing);
    }
    return fc.oneof(
      { weight: 12, arbitrary: integer(spec) ? wholeNumber : decimalText(capacity, spec.decimals).map((v) => ({ sql: `CAST('${v}' AS ${decimalType})`, fact: v })) },
      missing,
      { weight: 1, arbitrary: fc.constant<ThresholdCell>(integer(spec) ? { sql: '-1', fact: '-1' } : { sql: `CAST('-0.5' AS ${decimalType})`, fact: '-0.5' }) },
      { weight: 1, arbitrary: fc.constant<ThresholdCell>({ sql: `CAST('0' AS ${decimalType})`, fact: '0' }) },
    );
  };
  const names = Object.keys(inputs);
  // Half the rows valid in every input, the others with any value.
  const cells = fc.oneof(fc.tuple(...names.map((name) => clean(inputs[name] as InputSpecs[string]))), fc.tuple(...names.map((name) => cell(inputs[name] as InputSpecs[string]))));
  const row = fc.tuple(fc.option(fc.integer({ min: 1, max: 400 }), { freq: 40 }), cells).map(([id, cells]) => ({
    id,
    cells: Object.fromEntries(names.map((name, k) => [name, cells[k] as ThresholdCell])),
  }));
  return fc.array(row, { minLength: length, maxLength: length });
};

/** A case of an average: its group (NULL now and then) and the period record it is read as. */
export interface AverageCase {
  readonly groupId: number | null;
  readonly record: SqlRecord;
}

/** Cases in groups of 1 to 5, read as period records ending on `end` (never NULL but now and then), pauses doubled and all. */
export const averageCases = (groups: number, last = LAST): fc.Arbitrary<AverageCase[]> =>
  fc
    .array(fc.tuple(fc.option(fc.integer({ min: 1, max: groups }), { freq: 60 }), periodRecord(last), fc.integer({ min: 0, max: 120 }), fc.nat(59)), { minLength: groups, maxLength: groups * 3 })
    .map((rows) =>
      rows.map(([groupId, r, span, shape], k): AverageCase => {
        const start = r.start === null ? null : parseIsoDay(r.start);
        const end = start === null ? null : shape === 0 ? null : shape === 1 ? start - 1 : start + span;
        // Ids of their own but now and then (a NULL id stays NULL; one in 20 from the small pool, so it may repeat).
        const id = r.id === null || shape < 3 ? r.id : 1000 + k;
        return { groupId, record: { ...r, id, end: day(end), asOf: null } };
      }),
    );
