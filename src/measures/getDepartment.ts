import { describeValue } from '../_internal/describeValue.js';
import { UnknownDepartmentError } from '../errors/measureErrors.js';
import type { Department } from './departmentSchema.js';
import { departments } from './departments.js';

const byKey = new Map<string, Department>();
for (const d of departments) for (const key of [d.id, d.name.zh, ...d.aliases]) byKey.set(key, d);

/**
 * Finds a unit of the plan by its id, its name as the plan writes it, or one of its aliases.
 * Matching is exact (no trimming, no partial matches).
 *
 * @category Measures
 * @since 0.1.0
 * @param idOrName - An id (`'tax_bureau'`), a name (`'江津区税务局'`) or an alias (`'区税务局'`).
 * @returns The registry's own frozen department object.
 * @throws {@link UnknownDepartmentError} `UNKNOWN_DEPARTMENT` when no unit has that id, name or alias, or when the argument is not a string.
 * @see {@link listDepartments} for the whole registry.
 * @example
 * ```ts
 * getDepartment('区税务局').id; //=> 'tax_bureau'
 * getDepartment('tax_bureau').name.zh; //=> '江津区税务局'
 * getDepartment('区级有关部门').kind; //=> 'placeholder'
 * ```
 */
export function getDepartment(idOrName: string): Department {
  const found = typeof idOrName === 'string' ? byKey.get(idOrName) : undefined;
  if (found) return found;
  // Any value is described safely: `String()` throws for an object without a prototype or a `toString`.
  const shown = typeof idOrName === 'string' && idOrName.length <= 40 ? `'${idOrName}'` : describeValue(idOrName);
  throw new UnknownDepartmentError(
    `Unknown department ${shown}: pass a department id (e.g. 'market_regulation_bureau'), its name as the plan writes it ` +
      `(e.g. '江津区市场监管局') or an alias (e.g. '区市场监管局'); the ${departments.length} units are listed by \`listDepartments()\`.`,
    { input: idOrName, validIds: departments.map((d) => d.id) },
  );
}
