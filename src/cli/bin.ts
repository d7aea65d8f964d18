import { once } from 'node:events';
import { EXIT } from './cliIo.js';
import { runCli } from './runCli.js';

let stdoutFull = false;
const interrupt = new AbortController();

// `| head` closed the pipe: the reader has what it wanted. End quietly, with success (see EXIT).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  process.stderr.write(`internal error: cannot write to stdout: ${error.message}\n`);
  process.exit(EXIT.internal);
});

// Ctrl-C: a batch stops reading and reports what it read (exit 130); a second Ctrl-C stops at once. The other
// commands do not wait for input, so they finish, and exit 130 too.
process.on('SIGINT', () => {
  if (interrupt.signal.aborted) process.exit(EXIT.interrupted);
  interrupt.abort();
});

// The `yingshang` executable: the real process around runCli.
runCli(process.argv.slice(2), {
  stdout: (text) => {
    stdoutFull = !process.stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  drained: async () => {
    if (stdoutFull) await once(process.stdout, 'drain');
    stdoutFull = false;
  },
  // Typed `boolean`, isTTY is undefined when stderr is a file or a pipe (it is then not a tty.WriteStream).
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare -- see above
  stderrIsTty: process.stderr.isTTY === true,
  interrupt: interrupt.signal,
}).then(
  (code) => {
    process.exitCode = interrupt.signal.aborted ? EXIT.interrupted : code;
  },
  (error: unknown) => {
    process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT.internal;
  },
);
