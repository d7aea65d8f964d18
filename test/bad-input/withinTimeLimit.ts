import vm from 'node:vm';

/**
 * How long a call may run before it counts as hung. A guard against endless loops, not a measure of speed: far above
 * what any call takes on a busy machine (10⁶-element inputs with coverage take a few seconds).
 */
export const HANG_LIMIT_MS = 60_000;

/** One context for every call: creating a context per call would cost more than most calls. */
const context = vm.createContext({ run: (): unknown => undefined });
const script = new vm.Script('run()');

/**
 * Runs `fn` and returns what it returns, but interrupts it after `ms` milliseconds: a synchronous loop that never
 * ends throws `ERR_SCRIPT_EXECUTION_TIMEOUT` instead of hanging the test run (V8 terminates whatever is running).
 */
export function runWithinTimeLimit<T>(fn: () => T, ms: number): T {
  context['run'] = fn;
  return script.runInContext(context, { timeout: ms }) as T;
}

/** {@link runWithinTimeLimit}, and a returned promise must settle within the same limit. */
export async function withinTimeLimit<T>(fn: () => T, ms: number): Promise<Awaited<T>> {
  const value = runWithinTimeLimit(fn, ms);
  if (!(value instanceof Promise)) return value as Awaited<T>;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => { reject(Object.assign(new Error(`Promise not settled after ${ms}ms`), { code: 'ERR_SCRIPT_EXECUTION_TIMEOUT' })); }, ms);
  });
  try {
    return await Promise.race([value as Promise<Awaited<T>>, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
