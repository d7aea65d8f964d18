import { YingshangError } from '../errors/YingshangError.js';
import type { Language } from '../rules/internal.js';

/**
 * A command line that does not parse: unknown command or option, missing or extra arguments. Code `INVALID_ARGUMENT`.
 * `message` is English; {@link UsageError.text} gives the words of `--lang`.
 */
export class UsageError extends YingshangError {
  override readonly name = 'UsageError';
  /** The same message in Chinese. */
  readonly zh: string;
  /**
   * @param message - What was wrong, and the command whose `--help` explains it, in English.
   * @param zh - The same, in Chinese.
   */
  constructor(message: string, zh: string) {
    super('INVALID_ARGUMENT', message);
    this.zh = zh;
  }

  /** The message in `language`. */
  text(language: Language): string {
    return language === 'zh' ? this.zh : this.message;
  }
}
