/**
 * Every error code the library can throw. Codes are a public contract: they never change meaning.
 *
 * - `INVALID_DATE`: a date that is malformed or impossible, or a day count that is not a finite integer.
 * - `CALENDAR_OUT_OF_RANGE`: the answer needs a day the calendar has no official data for.
 * - `INVALID_SCHEDULE`: a yearly schedule passed to `createCalendar` does not match the seed shape.
 * - `INVALID_NOTICE`: the text given to `parseNotice` is not a readable holiday notice, or what it says breaks the law.
 * - `INVALID_ARGUMENT`: any other argument of the wrong type or value.
 * - `UNKNOWN_MEASURE`: no measure of the plan has that number or id.
 * - `UNKNOWN_DEPARTMENT`: no department of the plan has that id, name or alias.
 * - `UNKNOWN_RULE`: no rule has that id.
 * - `INVALID_RULE`: a rule definition does not match the rule schema.
 * - `INVALID_FACTS`: the facts given to an evaluator do not match the rule's facts schema.
 * - `INVALID_INPUT`: a record of a batch input (a JSON line or a CSV row) that cannot be read at all.
 */
export type ErrorCode =
  | 'INVALID_DATE'
  | 'CALENDAR_OUT_OF_RANGE'
  | 'INVALID_SCHEDULE'
  | 'INVALID_NOTICE'
  | 'INVALID_ARGUMENT'
  | 'UNKNOWN_MEASURE'
  | 'UNKNOWN_DEPARTMENT'
  | 'UNKNOWN_RULE'
  | 'INVALID_RULE'
  | 'INVALID_FACTS'
  | 'INVALID_INPUT';
