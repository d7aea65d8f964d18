import type { BilingualText } from '../../_internal/bilingualText.js';
import { InvalidNoticeError } from '../../errors/calendarErrors.js';


/**
 * The error for a sentence of a notice that cannot be read: names the sentence and what was expected. `message` is
 * English; `details.zh` and `details.en` hold the problem and what was expected, for `formatError`.
 *
 * @internal
 */
export function invalidNotice(problem: BilingualText, expected: BilingualText, sentence?: string): InvalidNoticeError {
  const where = sentence === undefined ? '' : ` in 「${sentence}」`;
  return new InvalidNoticeError(`Unreadable notice: ${problem.en}${where}. Expected ${expected.en}.`, {
    ...(sentence === undefined ? {} : { sentence }),
    expected: expected.en,
    en: { problem: problem.en, expected: expected.en },
    zh: { problem: problem.zh, expected: expected.zh },
  });
}
