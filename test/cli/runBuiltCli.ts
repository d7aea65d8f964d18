import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** The result of running the built `yingshang` binary. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `dist/cli.js` with `args`, optionally feeding `input` on stdin. */
export function runBuiltCli(args: readonly string[], input?: string): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input: input ?? '', env: { ...process.env, TZ: 'America/Los_Angeles' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
