import { describeValue } from '../_internal/describeValue.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import type { SqlDialect } from './types.js';

/** The dialects, in the order messages list them. */
export const SQL_DIALECTS: readonly SqlDialect[] = Object.freeze(['postgres', 'duckdb']);

/** A table name: an identifier, optionally qualified by a schema, unquoted. */
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

/**
 * Validates the options object of a SQL writer: an object with only `keys`, a known `dialect`, and table names that
 * are plain identifiers (so that nothing but a name is ever spliced into the SQL).
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
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(`\`options\` must be an object such as { dialect: 'postgres' }, got ${describeValue(options)}.`, { argument: 'options' });
  }
  const given = options as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(given)) {
    if (!keys.includes(key)) throw new InvalidArgumentError(`Unknown option \`options.${key}\`; valid options: ${keys.join(', ')}.`, { argument: `options.${key}` });
  }
  if (!SQL_DIALECTS.includes(given['dialect'] as SqlDialect)) {
    throw new InvalidArgumentError(`\`options.dialect\` is ${describeValue(given['dialect'])}; valid values are ${SQL_DIALECTS.map((d) => `'${d}'`).join(', ')}.`, {
      argument: 'options.dialect',
    });
  }
  for (const key of tableKeys) {
    const name = given[key];
    if (name !== undefined && (typeof name !== 'string' || !TABLE_NAME.test(name))) {
      throw new InvalidArgumentError(`\`options.${key}\` is ${describeValue(name)}; a table name is an unquoted identifier such as 'invoices' or 'audit.invoices'.`, {
        argument: `options.${key}`,
      });
    }
  }
  return given as Readonly<Record<string, unknown>> & { readonly dialect: SqlDialect };
}
