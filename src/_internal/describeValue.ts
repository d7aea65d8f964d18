/** A short, safe description of any value for an error message (never throws, never prints a whole object). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`;
  if (value instanceof Date) return 'a Date';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return `a ${typeof value}`;
}
