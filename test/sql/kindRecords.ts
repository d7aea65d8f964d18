import { formatIsoDay, parseIsoDay } from '../../src/_internal/dayNumber.js';
import { mulberry32 } from '../../scripts/generate/mulberry32.js';
import type { RuleDefinition } from '../../src/rules/ruleDefinitionSchema.js';
import type { ThresholdRule } from '../../src/rules/threshold/definitionSchema.js';
import { thresholdColumn } from '../../src/sql/thresholdQuery.js';
import type { SqlDialect } from '../../src/sql/types.js';

/** A row of a kind's records table: column name → SQL literal, and the facts `evaluate` gets for it (`undefined`: a row the query must refuse on its own, as an id problem). */
export interface KindRow {
  readonly id: number | null;
  readonly cells: Readonly<Record<string, string>>;
  readonly facts: unknown;
}

/** A case of an average's cases table: its group, its id, and its facts as a case. */
export interface CaseRow {
  readonly groupId: number | null;
  readonly id: number | null;
  readonly start: string | null;
  readonly end: string | null;
  readonly pauses: readonly { readonly from: string | null; readonly to: string | null }[];
}

const date = (d: string | null): string => (d === null ? 'NULL' : `DATE '${d}'`);
type Random = () => number;
const intOf = (random: Random) => (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

/** Every id once, then one in 40 rows NULL and one in 40 given to a second row too. */
function spoilIds<T extends { readonly id: number | null }>(rows: readonly T[], random: Random): T[] {
  return rows.flatMap((r) => {
    const roll = random();
    if (roll < 0.025) return [{ ...r, id: null }];
    if (roll < 0.05) return [r, r];
    return [r];
  });
}

/** Records of a fixed-date deadline `(id, end_day, as_of)` around its due date; never both NULL (today is the host's). */
export function fixedDateRows(due: string, count: number, seed: number): KindRow[] {
  const random = mulberry32(seed);
  const int = intOf(random);
  const rows = Array.from({ length: count }, (_, k): KindRow => {
    const end = random() < 0.5 ? formatIsoDay(parseIsoDay(due) + int(-40, 40)) : null;
    const asOf = end === null || random() < 0.3 ? formatIsoDay(parseIsoDay(due) + int(-40, 40)) : null;
    return { id: k + 1, cells: { end_day: date(end), as_of: date(asOf) }, facts: { ...(end ? { end } : {}), ...(asOf ? { asOf } : {}) } };
  });
  return spoilIds(rows, random);
}

/** Records of a target `(id, value, as_of, baseline)` around its target and time span, with bad values. */
export function targetRows(rule: Extract<RuleDefinition, { kind: 'target' }>, count: number, seed: number): KindRow[] {
  const random = mulberry32(seed);
  const int = intOf(random);
  const span = parseIsoDay(rule.due) - parseIsoDay(rule.startsOn);
  const rows = Array.from({ length: count }, (_, k): KindRow => {
    const value = int(0, rule.target * 2 + 3);
    const asOf = formatIsoDay(parseIsoDay(rule.startsOn) + int(-10, span + 20));
    const baseline = rule.direction === 'at_most' && random() < 0.8 ? int(0, rule.target * 3 + 5) : null;
    const bad = random();
    if (bad < 0.02) return { id: k + 1, cells: { value: 'NULL', as_of: date(asOf), baseline: 'NULL' }, facts: { asOf } };
    if (bad < 0.04) return { id: k + 1, cells: { value: '-3', as_of: date(asOf), baseline: 'NULL' }, facts: { value: -3, asOf } };
    if (bad < 0.06) return { id: k + 1, cells: { value: String(value), as_of: 'NULL', baseline: 'NULL' }, facts: { value } };
    if (bad < 0.08 && rule.direction === 'at_most') return { id: k + 1, cells: { value: String(value), as_of: date(asOf), baseline: '-1' }, facts: { value, asOf, baseline: -1 } };
    return {
      id: k + 1,
      cells: { value: String(value), as_of: date(asOf), baseline: baseline === null ? 'NULL' : String(baseline) },
      facts: { value, asOf, ...(baseline === null ? {} : { baseline }) },
    };
  });
  return spoilIds(rows, random);
}

/** A random decimal text with at most `decimals` decimals, small or up to 15 whole digits. */
function decimalText(int: (lo: number, hi: number) => number, random: Random, decimals: number, around: number): string {
  const whole = random() < 0.05 ? `${int(1, 9)}${String(int(0, 99_999_999_999_999)).padStart(14, '0')}` : String(int(0, around));
  const places = decimals === 0 ? 0 : int(0, decimals);
  return places === 0 ? whole : `${whole}.${Array.from({ length: places }, () => int(0, 9)).join('')}`;
}

/** The decimal columns' type, and wide decimals to write: up to `capacity` whole digits (the column's), around `sqlDigits` (what the query reads). */
export interface WideValues {
  readonly columnType: string;
  readonly capacity: number;
  readonly sqlDigits: number;
}

/**
 * Records of a threshold `(id, <inputs>)`, values near the limits (ratios near 30 % and 50 %), with bad values (13
 * decimals among them) and wide ones (as many whole digits as the query reads, one more, and as the column holds).
 */
export function thresholdRows(rule: ThresholdRule, count: number, seed: number, wide: WideValues): KindRow[] {
  const random = mulberry32(seed);
  const int = intOf(random);
  const inputs = Object.entries(rule.inputs);
  const ratio = 'numerator' in rule.subject ? rule.subject : undefined;
  const rows = Array.from({ length: count }, (_, k): KindRow => {
    const facts: Record<string, string | boolean | null> = {};
    const cells: Record<string, string> = {};
    for (const [name, spec] of inputs) {
      let value: string | boolean;
      if (spec.type === 'boolean') value = random() < 0.5;
      else if (spec.type === 'enum') value = spec.values[int(0, spec.values.length - 1)] as string;
      else value = decimalText(int, random, spec.decimals, name === 'capacityKva' ? 320 : 3);
      facts[name] = value;
    }
    if (ratio && random() < 0.6) {
      // A numerator on, just under or just over a limit's share of the denominator.
      const denominator = BigInt(String(facts[ratio.denominator]).replace('.', '')) || 1n;
      const spec = rule.inputs[ratio.denominator];
      const scale = spec?.type === 'decimal' ? String(facts[ratio.denominator]).split('.')[1]?.length ?? 0 : 0;
      const limit = rule.limits[int(0, rule.limits.length - 1)]?.value ?? '0';
      const [w, f = ''] = limit.split('.');
      const units = (denominator * BigInt(`${w}${f}`)) / 10n ** BigInt(f.length) + BigInt(int(-1, 1));
      const positive = units < 0n ? 0n : units;
      const text = positive.toString().padStart(scale + 1, '0');
      // Only what the column holds (a limit of 10^14 makes wide numerators).
      if (text.length - scale <= wide.capacity) facts[ratio.numerator] = scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
      if (facts[ratio.denominator] === '0' || /^0(\.0*)?$/.test(String(facts[ratio.denominator]))) facts[ratio.denominator] = '1';
    }
    for (const [name, spec] of inputs) {
      if (spec.type === 'decimal' && spec.positive && /^0(\.0*)?$/.test(String(facts[name]))) facts[name] = '1';
    }
    const bad = random();
    const [name, spec] = inputs[int(0, inputs.length - 1)] as (typeof inputs)[number];
    if (bad < 0.02) facts[name] = null;
    else if (bad < 0.04 && spec.type === 'decimal') facts[name] = '-1';
    else if (bad < 0.06 && spec.type === 'decimal') facts[name] = `1.${'1'.repeat(spec.decimals + 1)}`;
    else if (bad < 0.08 && spec.type === 'decimal' && spec.positive) facts[name] = '0';
    else if (bad < 0.08 && spec.type === 'enum') facts[name] = 'Huge';
    // 13 decimals: a DECIMAL(38, 12) read once rounded it to a valid value.
    else if (bad < 0.1 && spec.type === 'decimal') facts[name] = `1.${'0'.repeat(12)}1`;
    else if (bad < 0.16 && spec.type === 'decimal') {
      const digits = Math.min(wide.capacity, [wide.sqlDigits, wide.sqlDigits + 1, wide.capacity][int(0, 2)] as number);
      const places = int(0, spec.decimals);
      const whole = `${int(1, 9)}${Array.from({ length: digits - 1 }, () => int(0, 9)).join('')}`;
      facts[name] = places === 0 ? whole : `${whole}.${Array.from({ length: places }, () => int(0, 9)).join('')}`;
    }
    for (const [input, s] of inputs) {
      const v = facts[input];
      cells[thresholdColumn(input)] = v === null ? 'NULL' : s.type === 'boolean' ? String(v).toUpperCase() : s.type === 'enum' ? `'${String(v)}'` : `CAST('${String(v)}' AS ${wide.columnType})`;
    }
    return { id: k + 1, cells, facts: Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== null)) };
  });
  return spoilIds(rows, random);
}

/**
 * The decimal columns of each engine: the widest each holds with 13 decimals (DuckDB's DECIMAL has 38 digits, the
 * MySQL family's 65 with 30 decimals, PostgreSQL's NUMERIC any), and how many whole digits the test writes into them.
 */
export const DECIMAL_COLUMNS: Readonly<Record<SqlDialect, { readonly columnType: string; readonly capacity: number }>> = {
  duckdb: { columnType: 'DECIMAL(38, 13)', capacity: 25 },
  mysql: { columnType: 'DECIMAL(65, 20)', capacity: 45 },
  postgres: { columnType: 'NUMERIC', capacity: 60 },
};

/** The SQL type of a threshold input's column: wide enough for the bad rows and the wide values. */
export function thresholdColumnType(spec: ThresholdRule['inputs'][string], dialect: SqlDialect): string {
  return spec.type === 'decimal' ? DECIMAL_COLUMNS[dialect].columnType : spec.type === 'boolean' ? 'BOOLEAN' : 'VARCHAR(16)';
}

const FIRST = parseIsoDay('2004-01-01');
const LAST = parseIsoDay('2026-12-31');

/**
 * Cases of an average, in groups of 1 to 6: spans of 0 to 60 days, and in one group in 12 of up to 150 days near
 * the table's end (many ending in 2027), with pauses (overlapping, open), and bad cases (NULL start or end, end before start, reversed pause, NULL or
 * repeated ids, a NULL group).
 */
export function averageCases(groups: number, seed: number): CaseRow[] {
  const random = mulberry32(seed);
  const int = intOf(random);
  const cases: CaseRow[] = [];
  let id = 1;
  for (let g = 1; g <= groups; g++) {
    const atEdge = random() < 0.08;
    for (let n = int(1, 6); n > 0; n--) {
      const start = atEdge ? LAST - int(0, 120) : int(FIRST, LAST - 70);
      const end = start + int(0, atEdge ? 150 : 60);
      const pauses: { from: string | null; to: string | null }[] = [];
      if (random() < 0.4) {
        let from = start + int(-3, 20);
        for (let k = int(1, 3); k > 0; k--) {
          const to = from + int(0, random() < 0.2 ? 70 : 8);
          pauses.push({ from: formatIsoDay(from), to: k === 1 && random() < 0.1 ? null : formatIsoDay(to) });
          from = to + int(-2, 6);
        }
      }
      let c: CaseRow = { groupId: g, id: id++, start: formatIsoDay(start), end: formatIsoDay(end), pauses };
      const bad = random();
      if (bad < 0.01) c = { ...c, start: null };
      else if (bad < 0.02) c = { ...c, end: null };
      else if (bad < 0.03) c = { ...c, end: formatIsoDay(start - 1) };
      else if (bad < 0.04) c = { ...c, pauses: [...pauses, { from: formatIsoDay(start + 5), to: formatIsoDay(start + 2) }] };
      else if (bad < 0.05) c = { ...c, id: null };
      else if (bad < 0.06) c = { ...c, groupId: null };
      else if (bad < 0.07) cases.push({ ...c, groupId: g === 1 ? 2 : g - 1 });
      cases.push(c);
    }
  }
  return cases;
}
