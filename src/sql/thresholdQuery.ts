import type { ThresholdCondition, ThresholdRule } from '../rules/index.js';
import { errorRowsSql, keyedRecordsSql } from './keyedRecordsSql.js';
import type { QueryContext } from './queryContext.js';
import { sqlLiteral } from './sqlLiteral.js';
import type { SqlDialect } from './types.js';

/** Decimals of a ratio's `actual`, `required` and `shortfall`, as the library gives them. */
const RATIO_DECIMALS = 6;

/**
 * The widest decimal each dialect computes with: DuckDB's `DECIMAL` holds 38 digits, the MySQL family's 65, and
 * PostgreSQL's `NUMERIC` 1000 with a precision (any without).
 */
const PRECISION: Readonly<Record<SqlDialect, number>> = { duckdb: 38, mysql: 65, postgres: 1000 };

/** Most digits before the decimal point that `evaluate` reads (those of any finite number); more is invalid there too. */
const LIBRARY_WHOLE_DIGITS = 309;

/**
 * The column of a threshold input: its camelCase name in snake_case (`contractAmount` → `contract_amount`).
 *
 * @param input - The input's name.
 * @returns The column's name.
 * @example
 * ```ts
 * thresholdColumn('supplierIsSme'); //=> 'supplier_is_sme'
 * ```
 */
export function thresholdColumn(input: string): string {
  return input.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** A decimal as an exact SQL decimal of its own scale, wide enough for the products the query takes. */
function decimalLiteral(value: string): string {
  return `CAST('${value}' AS DECIMAL(38, ${scaleOf(value)}))`;
}

/** The decimals a plain decimal text writes. */
const scaleOf = (value: string): number => (value.includes('.') ? value.length - value.indexOf('.') - 1 : 0);

/** `10^-scale` as an exact decimal: multiplying by it shifts the point without a division. */
const shift = (scale: number): string => decimalLiteral(scale === 0 ? '1' : `0.${'0'.repeat(scale - 1)}1`);

/** Digits before the point of a plain decimal text (`'0.30'` has 1). */
const wholeDigitsOf = (value: string): number => value.split('.')[0]?.length ?? value.length;

/**
 * Most digits before the decimal point that the query of `rule` reads exactly in a decimal input, in `dialect`:
 * every product it takes must fit in the dialect's widest decimal ({@link PRECISION}): for a ratio `numerator ×
 * 10^(6 + scale)` and `denominator × limit × 10^decimals`, else `limit − value`; one digit is kept for a carry. At
 * most 309, what `evaluate` reads: a value with more whole digits is refused there too. A value with more whole digits
 * than a narrower bound gets an `error` row that `evaluate` does not give (it reads up to 309).
 *
 * @param rule - The threshold.
 * @param dialect - The dialect (default `'duckdb'`, the narrowest).
 * @returns The digits: for `m15-prepayment-ratio` 27 in DuckDB, 54 in the MySQL family, 309 in PostgreSQL.
 * @example
 * ```ts
 * sqlWholeDigits(getRule('m15-prepayment-ratio')); //=> 27
 * sqlWholeDigits(getRule('m15-prepayment-ratio'), 'postgres'); //=> 309
 * ```
 */
export function sqlWholeDigits(rule: ThresholdRule, dialect: SqlDialect = 'duckdb'): number {
  const width = PRECISION[dialect];
  const limitScale = Math.max(...rule.limits.map((l) => scaleOf(l.value)));
  const decimals = Object.values(rule.inputs).map((spec) => (spec.type === 'decimal' ? spec.decimals : 0));
  const { subject } = rule;
  if ('input' in subject) return Math.min(LIBRARY_WHOLE_DIGITS, width - 1 - Math.max(limitScale, ...decimals));
  const decimalsOf = (input: string): number => {
    const spec = rule.inputs[input];
    return spec?.type === 'decimal' ? spec.decimals : 0;
  };
  const [n, d] = [decimalsOf(subject.numerator), decimalsOf(subject.denominator)];
  const limitWhole = Math.max(...rule.limits.map((l) => wholeDigitsOf(l.value)));
  return Math.min(LIBRARY_WHOLE_DIGITS, width - 1 - (RATIO_DECIMALS + Math.max(n, d)) - n, width - 1 - limitWhole - limitScale - n - d, width - Math.max(...decimals));
}

/** A condition of the rule as SQL over the read values. */
function conditionSql(c: ThresholdCondition): string {
  const column = thresholdColumn(c.input);
  if ('equals' in c) return `${column} = ${sqlLiteral(c.equals)}`;
  if ('oneOf' in c) return `${column} IN (${c.oneOf.map(sqlLiteral).join(', ')})`;
  if ('atMost' in c) return `${column} <= ${decimalLiteral(c.atMost)}`;
  if ('atLeast' in c) return `${column} >= ${decimalLiteral(c.atLeast)}`;
  if ('lessThan' in c) return `${column} < ${decimalLiteral(c.lessThan)}`;
  return `${column} > ${decimalLiteral(c.moreThan)}`;
}

const allOf = (conditions: readonly ThresholdCondition[]): string => conditions.map(conditionSql).join(' AND ');

/** How each input is read, checked and typed: decimals exact at their own scale, enums compared byte for byte. */
function inputParts(rule: ThresholdRule, ctx: QueryContext) {
  const { sql } = ctx;
  const reads: string[] = [];
  const checks: string[] = [];
  const values: string[] = [];
  const whole = sqlWholeDigits(rule, sql.dialect);
  const precision = PRECISION[sql.dialect];
  const wide = whole === LIBRARY_WHOLE_DIGITS ? ', as evaluate refuses it' : `, more than this query computes exactly (evaluate reads up to ${LIBRARY_WHOLE_DIGITS})`;
  for (const [name, spec] of Object.entries(rule.inputs)) {
    const column = thresholdColumn(name);
    const i = `i.${column}`;
    checks.push(`WHEN ${i} IS NULL THEN '${column} is NULL'`);
    if (spec.type === 'decimal') {
      // Read as stored (a DECIMAL or NUMERIC column of any scale, or an integer): checked before any cast, so that
      // no decimal is rounded and no wide value overflows; the whole digits are counted in its text.
      reads.push(`rec.${column} AS ${column}`);
      checks.push(
        `WHEN ${i} < 0 THEN CONCAT('${column} ', ${sql.text(i)}, ' is negative')`,
        `WHEN POSITION('.' IN CONCAT(${sql.text(i)}, '.')) > ${whole + 1} THEN CONCAT('${column} ', ${sql.text(i)}, ' has more than ${whole} digits before the decimal point${wide}')`,
        `WHEN ${i} <> ROUND(${i}, ${spec.decimals}) THEN CONCAT('${column} ', ${sql.text(i)}, ' has more than ${spec.decimals} decimal${spec.decimals === 1 ? '' : 's'}')`,
        ...(spec.positive ? [`WHEN ${i} = 0 THEN '${column} is 0; it must be greater than 0'`] : []),
      );
      values.push(`CAST(${column} AS DECIMAL(${precision}, ${spec.decimals})) AS ${column}`);
    } else if (spec.type === 'enum') {
      reads.push(`rec.${column} AS ${column}`);
      // Byte for byte: the MySQL family's default collation would take 'Small' for 'small'.
      const exact = sql.dialect === 'mysql' ? `BINARY ${i}` : i;
      checks.push(`WHEN ${exact} NOT IN (${spec.values.map(sqlLiteral).join(', ')}) THEN CONCAT('${column} ', ${sql.text(i)}, ' is not one of ${spec.values.join(', ')}')`);
      values.push(column);
    } else {
      reads.push(`rec.${column} AS ${column}`);
      checks.push(`WHEN ${i} NOT IN (TRUE, FALSE) THEN CONCAT('${column} ', ${sql.text(i)}, ' is not TRUE or FALSE')`);
      values.push(column);
    }
  }
  return { reads, checks, values };
}

/** The comparison's figures: `holds` and the columns of the result, as the library computes them. */
function judgedSql(rule: ThresholdRule, ctx: QueryContext): { readonly from: string; readonly columns: string } {
  const { sql } = ctx;
  const precision = PRECISION[sql.dialect];
  const atLeast = rule.comparison === 'at_least';
  const { subject } = rule;
  if ('input' in subject) {
    const x = thresholdColumn(subject.input);
    return {
      from: 'ys_limited',
      columns: `${x} ${atLeast ? '>=' : '<='} limit_value AS holds, ${x} AS actual, limit_value AS required,
         ${atLeast ? `limit_value - ${x}` : `${x} - limit_value`} AS shortfall,
         CAST(NULL AS DECIMAL(${precision}, 0)) AS required_amount, CAST(NULL AS DECIMAL(${precision}, 0)) AS shortfall_amount`,
    };
  }
  const n = thresholdColumn(subject.numerator);
  const d = thresholdColumn(subject.denominator);
  const decimalsOf = (input: string): number => {
    const spec = rule.inputs[input];
    return spec?.type === 'decimal' ? spec.decimals : 0;
  };
  const decimals = decimalsOf(subject.numerator);
  const scale = Math.max(decimals, decimalsOf(subject.denominator));
  // The ratio to 6 decimals, rounded towards failing, is the integer quotient q = ⌊big / small⌋ (at_least) or
  // ⌈big / small⌉ = ⌊(big + small - 1) / small⌋ (at_most) of integers: big = n·10^(6+scale), small = d·10^scale.
  // The engine's division gives q0 (exact in DuckDB's HUGEINT, within 1 elsewhere); comparing products makes it exact.
  const big = `CAST(${n} * ${10 ** (RATIO_DECIMALS + scale)} AS DECIMAL(${precision}, 0))`;
  const small = `CAST(${d} * ${10 ** scale} AS DECIMAL(${precision}, 0))`;
  const dividend = atLeast ? 'big' : 'big + small - 1';
  const q0 = sql.dialect === 'duckdb' ? `CAST(${dividend} AS HUGEINT) // CAST(small AS HUGEINT)` : `FLOOR((${dividend}) / small)`;
  const q = `(q0 - CASE WHEN q0 * small > ${dividend} THEN 1 ELSE 0 END + CASE WHEN (q0 + 1) * small <= ${dividend} THEN 1 ELSE 0 END)`;
  const round = atLeast ? 'CEIL' : 'FLOOR';
  const required = `CAST(limit_value AS DECIMAL(${precision}, ${RATIO_DECIMALS}))`;
  // Each figure once, a layer at a time: the quotient's first guess, the exact quotient, then the columns.
  const exact = `(SELECT l.*, ${big} AS big, ${small} AS small, ${d} * limit_value AS exact_required FROM ys_limited l)`;
  const guessed = `(SELECT b.*, CAST(${q0} AS DECIMAL(${precision}, 0)) AS q0 FROM ${exact} b)`;
  const quotient = `(SELECT g.*, ${q} * ${shift(RATIO_DECIMALS)} AS ratio,
                ${round}(exact_required * ${10 ** decimals}) * ${shift(decimals)} AS amount FROM ${guessed} g)`;
  return {
    from: `${quotient} a`,
    columns: `${n} ${atLeast ? '>=' : '<='} exact_required AS holds,
         ratio AS actual,
         ${required} AS required,
         ${atLeast ? `${required} - ratio` : `ratio - ${required}`} AS shortfall,
         amount AS required_amount,
         ${atLeast ? `amount - ${n}` : `${n} - amount`} AS shortfall_amount`,
  };
}

/**
 * The query of a threshold (`kind: 'threshold'`): for every record `(id, <one column per input>)`, each input's
 * column named in snake_case (`contractAmount` → `contract_amount`), the columns `(id, status, actual, required,
 * shortfall, required_amount, shortfall_amount, error_code, message)`, as `evaluate` answers. Comparisons are exact:
 * decimals stay SQL decimals and a ratio is compared by cross-multiplying (`prepayment ≥ contract × 0.30`), never as
 * a float. `status` is `met`, `not_met` or `not_applicable`; `shortfall` and `shortfall_amount` are `NULL` unless
 * `not_met`; `required_amount` and `shortfall_amount` only for a ratio (in the numerator's unit). A NULL, negative or
 * over-precise decimal, a zero denominator, an enum value not listed or a NULL boolean gives an `error` row, and so
 * does a decimal with more whole digits than the query computes exactly ({@link sqlWholeDigits}), which `evaluate`
 * reads. Decimal columns are `DECIMAL`/`NUMERIC` (any scale) or integers, read as stored: never rounded.
 *
 * @param rule - The threshold.
 * @param ctx - The query's context.
 * @returns The query, without a trailing semicolon.
 * @example
 * ```ts
 * thresholdQuery(getRule('m15-prepayment-ratio'), ctx).includes('prepayment_amount >= exact_required'); //=> true
 * ```
 */
export function thresholdQuery(rule: ThresholdRule, ctx: QueryContext): string {
  const { reads, checks, values } = inputParts(rule, ctx);
  // Every limit at the largest scale among them: a CASE of decimals of several scales may take the last one's.
  const limitScale = Math.max(...rule.limits.map((l) => scaleOf(l.value)));
  const limitValue = (l: ThresholdRule['limits'][number]): string => `CAST(${decimalLiteral(l.value)} AS DECIMAL(38, ${limitScale}))`;
  const limits = `CASE ${rule.limits.map((l, k) => (k === rule.limits.length - 1 ? `ELSE ${limitValue(l)}` : `WHEN ${allOf(l.when ?? [])} THEN ${limitValue(l)}`)).join(' ')} END`;
  const applicable = rule.applicability ? allOf(rule.applicability.when) : 'TRUE';
  const judged = judgedSql(rule, ctx);
  return `WITH
${keyedRecordsSql(ctx, reads, checks)},
${ctx.sql.cte('ys_values')} (SELECT id, ${values.join(', ')} FROM ys_checked WHERE problem IS NULL),
-- The first limit whose conditions hold (the last one has none), and whether the rule applies.
${ctx.sql.cte('ys_limited')} (
  SELECT v.*, ${rule.limits.length === 1 ? decimalLiteral((rule.limits[0] as ThresholdRule['limits'][number]).value) : limits} AS limit_value,
         ${applicable} AS applicable
  FROM ys_values v
),
${ctx.sql.cte('ys_judged')} (
  SELECT id, applicable, ${judged.columns}
  FROM ${judged.from}
)
SELECT id,
  CASE WHEN NOT applicable THEN 'not_applicable' WHEN holds THEN 'met' ELSE 'not_met' END AS status,
  actual, required,
  CASE WHEN applicable AND NOT holds THEN shortfall END AS shortfall,
  required_amount,
  CASE WHEN applicable AND NOT holds THEN shortfall_amount END AS shortfall_amount,
  ${ctx.sql.text('NULL')} AS error_code, ${ctx.sql.text('NULL')} AS message
FROM ys_judged
UNION ALL
${errorRowsSql(ctx, { before: [], after: ['NULL', 'NULL', 'NULL', 'NULL', 'NULL'] })}`;
}
