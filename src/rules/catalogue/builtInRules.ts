import { constructionRules } from './constructionRules.js';
import { governmentServiceRules } from './governmentServiceRules.js';
import { labourAndCourtRules } from './labourAndCourtRules.js';
import { procurementRules } from './procurementRules.js';
import { utilityRules } from './utilityRules.js';
import { trustRule } from '../ruleEvaluators.js';
import { deepFreeze } from '../../_internal/deepFreeze.js';

/** A built-in rule definition, with its literal types. */
export type BuiltInRule = (typeof BUILT_IN_RULES)[number];

/** The id of a built-in rule (a public contract: ids never change meaning and are never reused). */
export type BuiltInRuleId = BuiltInRule['id'];

/** The built-in rule with id `Id`. */
export type BuiltInRuleOf<Id extends BuiltInRuleId> = Extract<BuiltInRule, { readonly id: Id }>;

/**
 * Every quantitative rule of 江津府办发〔2021〕113号, in measure order, deeply frozen. Each carries its measure, its
 * clause verbatim, Chinese and English texts, its parameters and its legal basis.
 *
 * @example
 * ```ts
 * BUILT_IN_RULES.find((r) => r.id === 'm15-payment')?.limit; //=> { amount: 5, unit: 'working_days' }
 * ```
 */
export const BUILT_IN_RULES = deepFreeze([...utilityRules, ...procurementRules, ...governmentServiceRules, ...constructionRules, ...labourAndCourtRules].map(trustRule)) as readonly (
  // Each definition keeps its literal type (ids, kinds, inputs) for the catalogue's types; trustRule and deepFreeze return the same values.
  | (typeof utilityRules)[number]
  | (typeof procurementRules)[number]
  | (typeof governmentServiceRules)[number]
  | (typeof constructionRules)[number]
  | (typeof labourAndCourtRules)[number]
)[];

/** The built-in rules by id, for `getRule` and `isBuiltInRuleId`. */
export const ruleById: ReadonlyMap<string, BuiltInRule> = new Map(BUILT_IN_RULES.map((rule) => [rule.id, rule]));
