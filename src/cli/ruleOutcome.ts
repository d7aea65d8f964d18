/** Statuses that mean a checked rule was broken: the CLI exits 1 when any result has one. */
const BROKEN = new Set(['missed', 'overdue', 'not_met']);

/**
 * Whether a result's status means the rule was broken (missed, overdue, not met).
 *
 * @internal
 */
export function isBroken(status: string): boolean {
  return BROKEN.has(status);
}
