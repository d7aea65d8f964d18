import { Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/cliIo.js';
import { runCli } from '../../src/cli/runCli.js';

/** What a run of the CLI printed and its exit code. */
export interface CliOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** How many times stdout was written to (the batch report writes in pieces). */
  readonly writes: number;
}

/** Options of {@link runCliInProcess}. */
export interface InProcessOptions {
  /** The text on stdin, in one chunk, or the chunks themselves (to cross chunk boundaries). */
  readonly stdin?: string | Iterable<string> | AsyncIterable<string>;
  /** Whether stderr is a terminal (the batch progress line shows only then). */
  readonly stderrIsTty?: boolean;
  /**
   * The language of the words printed when `argv` gives no `--lang`: `'en'` by default here, so that the tests of the
   * commands' behaviour read English; `'zh'` runs the command line as given, in the CLI's own default (Chinese).
   */
  readonly lang?: 'zh' | 'en';
}

/** What takes no `--lang`: the version (and the bare `yingshang`, which lists the commands). */
const NO_LANG = new Set(['--version', '-v']);

/** `argv` with `--lang en` added when asked and it has none, unless the command takes no `--lang`. */
function withLanguage(argv: readonly string[], lang: 'zh' | 'en'): readonly string[] {
  if (lang === 'zh' || argv.length === 0 || NO_LANG.has(argv[0] as string) || argv.includes('--')) return argv;
  return argv.some((a) => a === '--lang' || a.startsWith('--lang=')) ? argv : [...argv, '--lang', 'en'];
}

/**
 * Runs `runCli` in this process with a fake {@link CliIo}: stdout and stderr collected, stdin from a string or chunks,
 * `drained` resolving at once. What `dist/cli.js` does, minus the process, so that coverage sees the CLI's code.
 */
export async function runCliInProcess(argv: readonly string[], options: InProcessOptions = {}): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  let writes = 0;
  const { stdin = '' } = options;
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
      writes += 1;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin: Readable.from(typeof stdin === 'string' ? [stdin] : stdin),
    drained: async () => {},
    stderrIsTty: options.stderrIsTty ?? false,
  };
  const code = await runCli(withLanguage(argv, options.lang ?? 'en'), io);
  return { code, stdout, stderr, writes };
}
