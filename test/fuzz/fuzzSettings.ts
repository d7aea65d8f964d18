import { inspect } from 'node:util';
import type fc from 'fast-check';
import { isYingshangError } from '../../src/errors/index.js';
import { HANG_LIMIT_MS, runWithinTimeLimit, withinTimeLimit } from '../bad-input/withinTimeLimit.js';

/**
 * Runs per property: a modest number inside `npm test`, more with `FUZZ_RUNS` (`npm run fuzz` sets 100 000). The seed
 * is fixed so that a CI failure reproduces; `FUZZ_SEED` explores others.
 */
export const FUZZ = Object.freeze({
  numRuns: Number(process.env['FUZZ_RUNS'] ?? 150),
  seed: Number(process.env['FUZZ_SEED'] ?? 20211008),
});

/** The parameters of `fc.assert`: {@link FUZZ} and a plugin whose {@link reporter} can show any counterexample. */
export function fuzzParameters<Ts>(): fc.Parameters<Ts> {
  return { ...FUZZ, plugins: [() => ({ onAllRunsComplete: reporter<Ts> })] };
}

/**
 * Reports a failure with `util.inspect`, which shows any value: fast-check's own report breaks on the arrays these
 * properties make (an own `constructor` key), and would hide the failure behind its own `TypeError`.
 */
function reporter<Ts>(details: fc.RunDetails<Ts>): void {
  if (!details.failed) return;
  const { seed, counterexamplePath, counterexample, errorInstance } = details;
  const cause = errorInstance instanceof Error ? (errorInstance.stack ?? errorInstance.message) : String(errorInstance);
  throw new Error(`Property failed (seed ${seed}, path ${String(counterexamplePath)}) on ${inspect(counterexample, { depth: 6 })}\n${cause}`);
}

/** The vitest time limit of one property: enough for its runs, and above the limit of one hung call. */
export const PROPERTY_TIMEOUT_MS = Math.max(2 * HANG_LIMIT_MS, FUZZ.numRuns * 50);

/**
 * Calls `run`; a library error is an expected outcome, anything else (a `TypeError`, a `RangeError`, a time-out) is
 * rethrown, which makes the property fail with its counterexample.
 */
export function onlyLibraryErrors(run: () => unknown): void {
  try {
    runWithinTimeLimit(run, HANG_LIMIT_MS);
  } catch (error) {
    if (!isYingshangError(error)) throw error;
  }
}

/** {@link onlyLibraryErrors} for calls that may return a promise (async iterables, the CLI). */
export async function onlyLibraryErrorsAsync(run: () => unknown): Promise<void> {
  try {
    await withinTimeLimit(run, HANG_LIMIT_MS);
  } catch (error) {
    if (!isYingshangError(error)) throw error;
  }
}
