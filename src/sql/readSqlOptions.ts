import { readOptions } from '../_internal/readOptions.js';
import type { SqlDialect } from './types.js';

/** The dialects, in the order messages list them. */
export const SQL_DIALECTS: readonly SqlDialect[] = Object.freeze(['postgres', 'duckdb', 'mysql']);

/** The day table's name when none is given. */
export const DEFAULT_DAY_TABLE = 'yingshang_days';

/** A table name: an identifier, optionally qualified by a schema, unquoted. */
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

const DIALECT_RULE = { oneOf: SQL_DIALECTS, required: true } as const;
const ON_ERROR_RULE = { oneOf: ['row', 'raise'] } as const;
const TABLE_RULE = {
  test: (value: unknown) => typeof value === 'string' && TABLE_NAME.test(value),
  expected: { zh: "不带引号的标识符，如 'invoices' 或 'audit.invoices'", en: "an unquoted identifier such as 'invoices' or 'audit.invoices'" },
} as const;

/**
 * Validates the options object of a SQL writer: an object with only `keys`, a known `dialect`, a known `onError`, and
 * table names that are plain identifiers (so that nothing but a name is ever spliced into the SQL).
 *
 * @param options - The caller's options.
 * @param keys - The option names accepted.
 * @param tableKeys - Those of `keys` that name a table.
 * @returns The options as a record, `dialect` checked.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT naming the bad option and what is valid.
 * @example
 * ```ts
 * readSqlOptions({ dialect: 'duckdb', records: 'invoices' }, ['dialect', 'records', 'pauses'], ['records', 'pauses']); //=> { dialect: 'duckdb', records: 'invoices' }
 * ```
 */
export function readSqlOptions(options: unknown, keys: readonly string[], tableKeys: readonly string[]): Readonly<Record<string, unknown>> & { readonly dialect: SqlDialect } {
  const rules = Object.fromEntries(
    keys.map((key) => [key, key === 'dialect' ? DIALECT_RULE : key === 'onError' ? ON_ERROR_RULE : tableKeys.includes(key) ? TABLE_RULE : null]),
  );
  const given = readOptions(options, rules, "{ dialect: 'postgres' }");
  return given as Readonly<Record<string, unknown>> & { readonly dialect: SqlDialect };
}

/**
 * The name of an object created beside the day table: in the same schema when the table's name has one.
 *
 * @param dayTable - The day table's name, plain or schema-qualified.
 * @param name - The object's own name.
 * @returns The qualified name.
 * @example
 * ```ts
 * besideDayTable('audit.yingshang_days', 'yingshang_fail'); //=> 'audit.yingshang_fail'
 * besideDayTable('yingshang_days', 'yingshang_fail'); //=> 'yingshang_fail'
 * ```
 */
export function besideDayTable(dayTable: string, name: string): string {
  const dot = dayTable.indexOf('.');
  return dot < 0 ? name : `${dayTable.slice(0, dot + 1)}${name}`;
}
