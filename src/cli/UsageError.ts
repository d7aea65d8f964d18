import { YingshangError } from '../errors/YingshangError.js';

/** A command line that does not parse: unknown command or option, missing or extra arguments. Code `INVALID_ARGUMENT`. */
export class UsageError extends YingshangError {
  override readonly name = 'UsageError';
  /**
   * @param message - What was wrong, and the command whose `--help` explains it.
   */
  constructor(message: string) {
    super('INVALID_ARGUMENT', message);
  }
}
