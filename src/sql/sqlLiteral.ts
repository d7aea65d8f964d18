/**
 * A value as a SQL literal that PostgreSQL and DuckDB both read: `NULL`, `TRUE`/`FALSE`, a number, or a string in
 * single quotes with quotes doubled.
 *
 * @param value - A cell of the day table.
 * @returns The literal.
 * @example
 * ```ts
 * sqlLiteral("it's"); //=> "'it''s'"
 * sqlLiteral(null); //=> 'NULL'
 * ```
 */
export function sqlLiteral(value: string | number | boolean | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  return `'${value.replace(/'/g, "''")}'`;
}
