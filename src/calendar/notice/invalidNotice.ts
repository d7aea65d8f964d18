import { InvalidNoticeError } from '../../errors/calendarErrors.js';

/** The error for a sentence of a notice that cannot be read: names the sentence and what was expected. */
export function invalidNotice(problem: string, expected: string, sentence?: string): InvalidNoticeError {
  const where = sentence === undefined ? '' : ` in 「${sentence}」`;
  return new InvalidNoticeError(`Unreadable notice: ${problem}${where}. Expected ${expected}.`, {
    ...(sentence === undefined ? {} : { sentence }),
    expected,
  });
}
