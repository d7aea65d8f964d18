import type { Readable } from 'node:stream';

/** Where the CLI reads and writes; the real process in `bin.ts`, buffers in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: Readable;
  /** Resolves once stdout has taken everything written so far (backpressure for large outputs). */
  readonly drained: () => Promise<void>;
  /** Whether stderr is a terminal (progress lines are shown only then). */
  readonly stderrIsTty: boolean;
}

/** Exit codes: 0 success, 1 a checked rule was missed or is overdue, 2 bad input. */
export const EXIT = Object.freeze({ ok: 0, ruleBroken: 1, badInput: 2 });
