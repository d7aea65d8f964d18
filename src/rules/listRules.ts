import { BUILT_IN_RULES, type BuiltInRule } from './catalogue/builtInRules.js';

/**
 * Every built-in rule: the quantitative rules of 江津府办发〔2021〕113号, in measure order, deeply frozen. Each carries
 * its measure, its clause verbatim, its name and description in Chinese and English, its parameters and its legal
 * basis. {@link getRule} looks one up by id.
 *
 * @returns The frozen definitions.
 * @example
 * ```ts
 * listRules().find((r) => r.id === 'm15-payment')?.limit; //=> { amount: 5, unit: 'working_days' }
 * listRules().every((r) => getRule(r.id) === r); //=> true
 * ```
 */
export function listRules(): readonly BuiltInRule[] {
  return BUILT_IN_RULES;
}
