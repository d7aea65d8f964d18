import { once } from 'node:events';
import { runCli } from './runCli.js';

let stdoutFull = false;

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
  stderrIsTty: process.stderr.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
