import type { RuleDefinition } from '../rules/ruleDefinitionSchema.js';
import { parsePause } from './parsePause.js';

/** Converts one cell to the JSON value the rule's facts schema expects for that column. */
function cellValue(rule: RuleDefinition, column: string, cell: string, where: string): unknown {
  if (column === 'pauses') return cell.split(';').map((p) => parsePause(p, `${where}, column pauses`));
  if (rule.kind === 'threshold') {
    const spec = rule.inputs[column];
    if (spec?.type === 'boolean') return cell === 'true' ? true : cell === 'false' ? false : cell;
    return cell;
  }
  if (rule.kind === 'target' && (column === 'value' || column === 'baseline')) return /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
  return cell;
}

/**
 * The facts of one CSV row: the header names the facts, an empty cell leaves its fact out, `pauses` holds
 * `from..to` pauses separated by `;`, booleans are `true`/`false` and numbers of targets are plain numbers;
 * everything else (dates, decimal amounts) stays text for the rule's schema to check. Unknown columns are kept,
 * so that the schema reports them by name.
 */
export function factsFromCsvRow(rule: RuleDefinition, header: readonly string[], cells: readonly string[], where: string): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  header.forEach((column, i) => {
    const cell = cells[i] ?? '';
    if (cell !== '') Object.defineProperty(facts, column, { value: cellValue(rule, column, cell, where), enumerable: true, writable: true, configurable: true });
  });
  return facts;
}
