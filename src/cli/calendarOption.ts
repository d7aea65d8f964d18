import { createCalendar } from '../calendar/createCalendar.js';
import { defaultCalendar } from '../calendar/defaultCalendar.js';
import type { Calendar, DetailedAnswer } from '../calendar/types.js';
import type { CliIo } from './cliIo.js';

/** The calendar options every calendar-using command accepts. */
export const CALENDAR_OPTIONS = {
  provisional: { type: 'boolean' },
  'as-known-on': { type: 'string' },
} as const;

/** The calendar chosen by `--provisional` (project years without a notice) and `--as-known-on <date>`. */
export function calendarOption(values: { provisional?: boolean | undefined; 'as-known-on'?: string | undefined }): Calendar {
  const asKnownOn = values['as-known-on'];
  if (!values.provisional && asKnownOn === undefined) return defaultCalendar;
  return createCalendar({ ...(values.provisional ? { unpublishedYears: 'provisional' as const } : {}), ...(asKnownOn === undefined ? {} : { asKnownOn }) });
}

/** Warns on stderr when an answer depends on projected years, so that a script's stdout stays the bare answer. */
export function warnIfProvisional(io: CliIo, answer: DetailedAnswer<unknown>): void {
  if (answer.provisional) {
    io.stderr(`warning: provisional answer: no State Council notice yet for ${answer.provisionalYears.join(', ')}; the projection may differ from the notice when it is published.\n`);
  }
}
