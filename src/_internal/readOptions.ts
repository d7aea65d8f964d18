import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import type { BilingualText } from './bilingualText.js';
import { describeValue } from './describeValue.js';

/**
 * How one option is checked: one of listed values, or a test with the words for what passes (in Chinese and English,
 * for the messages of both languages); `required` when it may
 * not be left out. `null`: any value here, the caller checks it (a date, a schedule list) with its own error.
 */
export type OptionRule =
  | ({ readonly oneOf: readonly unknown[] } | { readonly test: (value: unknown) => boolean; readonly expected: BilingualText }) & { readonly required?: boolean }
  | null;

/** What a listed value looks like in a message: `'en'`, `true`. */
function shown(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

/** The error for options with keys `rules` does not list, naming all of them. */
function unknownOptionsError(given: object, rules: Readonly<Record<string, OptionRule>>): InvalidArgumentError {
  const unknown = Object.keys(given).filter((key) => !Object.hasOwn(rules, key));
  const listed = unknown.map((key) => `\`options.${key}\``).join(', ');
  const names = Object.keys(rules);
  return new InvalidArgumentError(`Unknown option${unknown.length > 1 ? 's' : ''} ${listed}; valid options: ${names.join(', ')}.`, {
    argument: `options.${unknown[0] ?? ''}`,
    unknown,
    valid: names,
  });
}

/**
 * Reads the options object of a public function, with one set of messages for every function: `undefined` reads as
 * `{}`, an option given as `undefined` as absent (refused if `required`); anything but an object, an unknown option (own keys only, so
 * `__proto__` and `constructor` are caught) or a value its rule refuses throws INVALID_ARGUMENT naming the option
 * (`options.trace`) and what is valid.
 *
 * @param options - What the caller passed.
 * @param rules - Every option the function takes, with its rule, in the order messages list them.
 * @param example - A valid options object for the message, e.g. `"{ trace: false }"`.
 * @returns The options as a record (the caller's object, unchanged).
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT with `details.argument` naming the option, `details.value` the value
 *   given and `details.valid` the valid values (or option names), when there is a list.
 * @example
 * ```ts
 * readOptions({ locale: 'en' }, { locale: { oneOf: ['zh-CN', 'en'] }, rule: null }, "{ locale: 'en' }"); //=> { locale: 'en' }
 * readOptions({ lang: 'en' }, { locale: { oneOf: ['zh-CN', 'en'] } }, "{ locale: 'en' }");
 * // throws INVALID_ARGUMENT: 'Unknown option `options.lang`; valid options: locale.'
 * ```
 */
export function readOptions(options: unknown, rules: Readonly<Record<string, OptionRule>>, example: string): Readonly<Record<string, unknown>> {
  const given = options === undefined ? {} : options;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new InvalidArgumentError(`\`options\` must be an object such as ${example}, got ${describeValue(options)}.`, { argument: 'options', value: describeValue(options), zh: { expected: `对象，如 ${example}` } });
  }
  // Loops without arrays: this runs on every call of `evaluate` with options.
  for (const key in given) if (Object.hasOwn(given, key) && !Object.hasOwn(rules, key)) throw unknownOptionsError(given, rules);
  for (const name in rules) {
    const rule = rules[name];
    // given is a non-array object here; reading its keys needs it as a record.
    const value = (given as Readonly<Record<string, unknown>>)[name];
    if (rule === null || rule === undefined || (value === undefined && rule.required !== true)) continue;
    const valid = 'oneOf' in rule ? rule.oneOf.includes(value) : rule.test(value);
    if (!valid) {
      const expected = 'oneOf' in rule ? `valid values are ${rule.oneOf.map(shown).join(', ')}` : `it must be ${rule.expected.en}`;
      throw new InvalidArgumentError(`\`options.${name}\` is ${describeValue(value)}; ${expected}.`, {
        argument: `options.${name}`,
        value: describeValue(value),
        ...('oneOf' in rule ? { valid: rule.oneOf } : { zh: { expected: rule.expected.zh } }),
      });
    }
  }
  // Checked above: a non-array object, every key listed in rules.
  return given as Readonly<Record<string, unknown>>;
}
