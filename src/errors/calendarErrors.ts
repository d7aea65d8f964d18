import { YingshangError } from './YingshangError.js';

/** Thrown for a malformed or impossible date (`'2021-02-29'`, `'2021-2-3'`, an invalid `Date`…) or a day count that is not a finite integer. Code `INVALID_DATE`. */
export class InvalidDateError extends YingshangError {
  override readonly name = 'InvalidDateError';
  /**
   * @param message - What was wrong and what is valid.
   * @param details - The offending input and where it was passed.
   */
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('INVALID_DATE', message, details);
  }
}

/** Thrown when an answer needs a day outside the calendar's official data. Code `CALENDAR_OUT_OF_RANGE`. */
export class CalendarOutOfRangeError extends YingshangError {
  override readonly name = 'CalendarOutOfRangeError';
  /**
   * @param message - Which day was needed and which range is covered.
   * @param details - `{ date?, coverage }`.
   */
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('CALENDAR_OUT_OF_RANGE', message, details);
  }
}

/** Thrown by `createCalendar` when a yearly schedule does not match the seed shape. Code `INVALID_SCHEDULE`; `details.issues` lists every problem with its path. */
export class InvalidScheduleError extends YingshangError {
  override readonly name = 'InvalidScheduleError';
  /**
   * @param message - Every problem, each with its path.
   * @param details - `{ issues }`.
   */
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('INVALID_SCHEDULE', message, details);
  }
}

/**
 * Thrown by `parseNotice` when a notice's text cannot be read, or what it says breaks the schedule shape or
 * 《全国年节及纪念日放假办法》. Code `INVALID_NOTICE`; `details.sentence` is the sentence at fault (when there is
 * one) and `details.expected` what would have been readable.
 */
export class InvalidNoticeError extends YingshangError {
  override readonly name = 'InvalidNoticeError';
  /**
   * @param message - The sentence at fault and what was expected.
   * @param details - `{ sentence?, expected }`.
   */
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('INVALID_NOTICE', message, details);
  }
}
