import type { BilingualText } from '../_internal/bilingualText.js';
import type { CliIo } from './cliIo.js';

/** One top-level CLI command. */
export interface Command {
  readonly name: string;
  /** The full `--help` text, with examples, in Chinese (`--lang zh`, the default) and English. */
  readonly help: BilingualText;
  /** Runs the command on its arguments (after the command name): its exit code, or a promise of it when it reads input. */
  run(args: readonly string[], io: CliIo): number | Promise<number>;
}

/**
 * A command in the CLI's list: its name and summary, and how to load it. Only the command that runs is loaded, so a
 * call such as `yingshang workdays add` does not compile the code of the others (cold start).
 */
export interface CommandEntry {
  readonly name: string;
  /** One line for the command list, in Chinese and English. */
  readonly summary: BilingualText;
  readonly load: () => Promise<Command>;
}
