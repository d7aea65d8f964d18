import type { CliIo } from './cliIo.js';

/** One top-level CLI command. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The full `--help` text, with examples. */
  readonly help: string;
  /** Runs the command on its arguments (after the command name); resolves to the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
