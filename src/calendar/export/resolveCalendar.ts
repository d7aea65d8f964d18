import { describeValue } from '../../_internal/describeValue.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import { createCalendar } from '../createCalendar.js';
import { defaultCalendar } from '../defaultCalendar.js';
import type { Calendar } from '../types.js';

/** Keys of the second argument that a caller may put in the first by mistake. */
const EXPORT_KEYS = ['from', 'to', 'lang'];

function isCalendar(value: object): value is Calendar {
  const candidate = value as Partial<Record<keyof Calendar, unknown>>;
  return (
    typeof candidate.holidaysOf === 'function' &&
    typeof candidate.calendarCoverage === 'function' &&
    typeof candidate.getDayInfo === 'function' &&
    typeof candidate.nextNotice === 'object' &&
    candidate.nextNotice !== null
  );
}

/**
 * The calendar named by the first argument of an export: `undefined` is `defaultCalendar`; an object with the
 * `holidaysOf`, `getDayInfo` and `calendarCoverage` methods is used as it is; any other object is passed to `createCalendar`.
 *
 * @param value - The caller's `calendarOrOptions`.
 * @returns The calendar to export.
 * @throws {@link InvalidArgumentError} INVALID_ARGUMENT when `value` is not an object, or holds an export option (`from`, `to`, `lang`).
 * @throws Whatever `createCalendar` throws for bad options (INVALID_ARGUMENT, INVALID_SCHEDULE, INVALID_DATE).
 * @example
 * ```ts
 * resolveCalendar(undefined) === defaultCalendar; //=> true
 * resolveCalendar({ asKnownOn: '2020-01-01' }).calendarCoverage().to; //=> '2020-12-31'
 * ```
 */
export function resolveCalendar(value: unknown): Calendar {
  if (value === undefined) return defaultCalendar;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(
      `\`calendarOrOptions\` must be a Calendar (defaultCalendar or one from createCalendar), the options of createCalendar such as { asKnownOn: '2020-01-01' }, or undefined for the default calendar; got ${describeValue(value)}.`,
      { argument: 'calendarOrOptions' },
    );
  }
  if (isCalendar(value)) return value;
  const misplaced = Object.keys(value).find((k) => EXPORT_KEYS.includes(k));
  if (misplaced !== undefined) {
    throw new InvalidArgumentError(
      `\`calendarOrOptions.${misplaced}\` is an export option: pass it in the second argument, as in toICS(undefined, { ${misplaced}: … }); the first argument is a Calendar or the options of createCalendar.`,
      { argument: `calendarOrOptions.${misplaced}` },
    );
  }
  return createCalendar(value);
}
