import type { BuiltInRuleId } from '../../src/rules/catalogue/builtInRules.js';
import { defineRule } from '../../src/rules/defineRule.js';
import { getRule } from '../../src/rules/getRule.js';
import type { RuleDefinition } from '../../src/rules/ruleDefinitionSchema.js';

const calendarRule = (amount: number, roll: 'next_working_day' | 'none' | 'statutory_holidays_only'): RuleDefinition =>
  defineRule({ ...getRule('m13-contract-signing'), id: `test-${amount}-calendar-days-${roll.replace(/_/g, '-')}`, limit: { amount, unit: 'calendar_days', roll } });

/**
 * The period deadlines the SQL is checked on: every kind (working days, calendar days with each roll mode), 0-day
 * periods, short and long ones.
 */
export const PERIOD_RULES: readonly (BuiltInRuleId | RuleDefinition)[] = [
  'm47-employment-matters-same-day',
  'm47-unemployment-benefit',
  'm15-payment',
  'm06-water-connection',
  'm06-gas-total',
  defineRule({ ...getRule('m15-payment'), id: 'test-30-working-days', limit: { amount: 30, unit: 'working_days' } }),
  'm13-contract-signing',
  calendarRule(0, 'next_working_day'),
  calendarRule(20, 'none'),
  calendarRule(7, 'statutory_holidays_only'),
  calendarRule(0, 'statutory_holidays_only'),
];
