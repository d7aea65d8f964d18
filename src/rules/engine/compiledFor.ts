import { describeValue } from '../../_internal/describeValue.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import type { CompiledRule } from './compiledRule.js';
import { compiledRuleOf } from './compileRule.js';
import { defineRule } from '../defineRule.js';
import type { EvaluateOptions } from '../evaluate.js';
import { getRule } from '../getRule.js';

const CALENDAR_METHODS = ['addWorkingDays', 'countWorkingDays', 'addCalendarDays', 'getDayInfo', 'holidaysOf', 'calendarCoverage', 'provisionalYearsBetween'] as const;

const compiledById = new Map<string, CompiledRule>();

/**
 * The compiled form of a rule id or definition: built-in rules are compiled once and cached; a plain definition is
 * validated with `defineRule` first.
 *
 * @throws {@link UnknownRuleError} UNKNOWN_RULE, {@link InvalidRuleError} INVALID_RULE, or {@link InvalidArgumentError}
 * INVALID_ARGUMENT when `rule` is neither an id nor an object.
 */
export function compiledFor(rule: unknown): CompiledRule {
  if (typeof rule === 'string') {
    let compiled = compiledById.get(rule);
    if (!compiled) {
      // Built-in definitions are trusted, so compiledRuleOf always answers for them.
      compiled = compiledRuleOf(getRule(rule)) as CompiledRule;
      compiledById.set(rule, compiled);
    }
    return compiled;
  }
  if (typeof rule === 'object' && rule !== null) return compiledRuleOf(rule) ?? (compiledRuleOf(defineRule(rule)) as CompiledRule);
  throw new InvalidArgumentError(`\`rule\` must be a rule id such as 'm06-water-connection' or a rule definition, got ${describeValue(rule)}.`, { argument: 'rule' });
}

/**
 * Checks the options of `evaluate`: an object with only `calendar` (a calendar) and `trace` (a boolean).
 *
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT naming the bad option.
 */
export function checkEvaluateOptions(options: unknown): asserts options is EvaluateOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(`\`options\` must be an object such as { trace: false }, got ${describeValue(options)}.`, { argument: 'options' });
  }
  for (const key in options) {
    if (key !== 'calendar' && key !== 'trace') {
      throw new InvalidArgumentError(`Unknown option \`${key}\`; valid options: calendar, trace.`, { argument: 'options' });
    }
  }
  const { calendar, trace } = options as { readonly calendar?: unknown; readonly trace?: unknown };
  if (calendar !== undefined && (typeof calendar !== 'object' || calendar === null || CALENDAR_METHODS.some((m) => typeof (calendar as Record<string, unknown>)[m] !== 'function'))) {
    throw new InvalidArgumentError(`\`options.calendar\` must be a calendar from createCalendar(), got ${describeValue(calendar)}.`, { argument: 'options.calendar' });
  }
  if (trace !== undefined && typeof trace !== 'boolean') {
    throw new InvalidArgumentError(`\`options.trace\` must be true or false, got ${describeValue(trace)}.`, { argument: 'options.trace' });
  }
}

