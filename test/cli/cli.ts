import { runCliInProcess } from './runCliInProcess.js';

/** What a run printed and its exit code (as the tests that once spawned the built binary read it). */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in this process with `stdin` (the tests of what needs no real process: arguments, formats, errors). */
export async function cli(args: readonly string[], stdin?: string, lang: 'zh' | 'en' = 'en'): Promise<CliRun> {
  const { code, stdout, stderr } = await runCliInProcess(args, { lang, ...(stdin === undefined ? {} : { stdin }) });
  return { code, stdout, stderr };
}
