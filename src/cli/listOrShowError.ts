import { meantText } from './meantText.js';
import { UsageError } from './UsageError.js';

/**
 * The error of a catalogue command (`measures`, `rules`) given a subcommand other than `list` or `show`, in English and
 * Chinese, with the subcommand it probably meant.
 *
 * @param command - The command.
 * @param sub - What was typed as its subcommand.
 * @returns The usage error to throw.
 * @example
 * ```ts
 * listOrShowError('rules', 'lsit').message; //=> '`yingshang rules` takes list or show, not "lsit" (did you mean list?) (see `yingshang rules --help`).'
 * ```
 */
export function listOrShowError(command: 'measures' | 'rules', sub: string): UsageError {
  const subs = ['list', 'show'];
  return new UsageError(
    `\`yingshang ${command}\` takes list or show, not ${JSON.stringify(sub)}${meantText(sub, subs)} (see \`yingshang ${command} --help\`).`,
    `yingshang ${command} 的子命令是 list 或 show，而不是 ${JSON.stringify(sub)}${meantText(sub, subs, 'zh')}（见 yingshang ${command} --help）。`,
  );
}
