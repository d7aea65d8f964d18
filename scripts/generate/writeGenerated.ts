/**
 * The tail every generator shares: write the generated file, or with `--check` compare it with what is on disk and
 * fail naming the command that regenerates it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The package root, with a trailing separator. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface WriteGeneratedOptions {
  /** Compare with the file on disk instead of writing it (`--check`). */
  readonly check: boolean;
  /** The command that regenerates the file, named when it is stale. */
  readonly command: string;
  /** Appended to the file's name in the messages, e.g. ` (53 measures)`. */
  readonly detail?: string;
}

/**
 * Writes `content` to `file` unless the file already holds it; with `check`, never writes and reports a missing or
 * different file as stale, naming `command`.
 *
 * @param file - The path relative to the package root, as shown in the messages.
 * @param content - The whole generated text.
 * @returns `false` when checking and the file is stale (the message is printed), `true` otherwise.
 */
export function writeGenerated(file: string, content: string, { check, command, detail = '' }: WriteGeneratedOptions): boolean {
  const path = join(PACKAGE_ROOT, file);
  let current: string | undefined;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // A missing file is stale.
  }
  if (current === content) {
    console.log(`${file}${detail} is up to date.`);
    return true;
  }
  if (check) {
    console.error(`${file} is stale: run \`${command}\`.`);
    return false;
  }
  writeFileSync(path, content);
  console.log(`Wrote ${file}${detail}.`);
  return true;
}

/**
 * A generator: writes its files, or with `check` only compares them with what is on disk (printing what is stale).
 * Returns `false` when a file is stale or the generator's input is invalid; may throw on an input it cannot read.
 */
export type Generator = (check: boolean) => boolean;

/**
 * Runs `generator` when the module `moduleUrl` is the script node was started with (`tsx scripts/generate/x.ts`):
 * `--check` on the command line checks instead of writing, and a failure or a thrown error sets exit code 1.
 *
 * @param moduleUrl - The generator module's `import.meta.url`.
 * @param generator - What the script runs.
 */
export function runAsScript(moduleUrl: string, generator: Generator): void {
  if (process.argv[1] === undefined || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  try {
    if (!generator(process.argv.includes('--check'))) process.exitCode = 1;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
