/**
 * The ids of the built-in rules that come from each measure, by measure number.
 * Owned by the rules module; a test checks it against the rule definitions both ways.
 * Measures not listed carry no quantitative rule.
 */
export const RULE_IDS_BY_MEASURE: Readonly<Record<number, readonly string[]>> = Object.freeze({});
