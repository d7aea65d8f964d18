import { YingshangError } from './YingshangError.js';

/** Thrown for an argument of the wrong type or value that is not a date (a year, an options object…). Code `INVALID_ARGUMENT`. */
export class InvalidArgumentError extends YingshangError {
  override readonly name = 'InvalidArgumentError';
  /**
   * @param message - What was wrong and what is valid.
   * @param details - The offending argument and its path.
   */
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('INVALID_ARGUMENT', message, details);
  }
}
