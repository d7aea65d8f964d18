import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** The result of running the built `yingshang` binary. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `dist/cli.js` with `args`, optionally feeding `input` on stdin. A run that takes longer than `timeoutMs` is
 * killed (its `code` is then `null`), so that a hang fails a test instead of stopping the suite.
 */
export function runBuiltCli(args: readonly string[], input?: string, timeoutMs = 60_000): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input: input ?? '', env: { ...process.env, TZ: 'America/Los_Angeles' }, timeout: timeoutMs });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
