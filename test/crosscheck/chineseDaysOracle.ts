/**
 * The chinese-days package (devDependency, 1.5.7) as an independent oracle for the cross-check, asked in a
 * way that makes its answers independent of the host time zone.
 *
 * Why a time-zone switch and not just a "safe" argument: chinese-days parses a 'YYYY-MM-DD' string as UTC
 * midnight (`new Date(Date.UTC(y, m - 1, d))`) but reads every date back with local getters
 * (`getDate()`, `getDay()`) and formats its lookup keys the same way. West of UTC a string therefore names
 * the previous day. Passing a local `Date` would fix the argument, but not the package's own holiday table:
 * it is built once, at load time, from such strings, so west of UTC the table itself is shifted by a day
 * (under America/Los_Angeles 370 of the 8,401 days 2004–2026 come out wrong even with `Date` input).
 * No input format is time-zone-proof. What is, is evaluating the package in China's own zone:
 *
 * 1. set `process.env.TZ = 'Asia/Shanghai'` (Node re-reads the zone when the variable is assigned);
 * 2. load a fresh copy of chinese-days (drop it from the require cache first), so its table is built in
 *    that zone even if something loaded it earlier;
 * 3. ask about every day with a local-noon `Date` (its local date is the day we mean; noon keeps clear of
 *    any midnight clock change);
 * 4. restore the original `TZ` before returning, also on error.
 *
 * The answers are collected into a map, so nothing of chinese-days runs outside this window.
 */
import { createRequire } from 'node:module';

interface ChineseDays {
  isWorkday(date: Date): boolean;
}

const MS_PER_DAY = 86_400_000;

function dayNumberOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** Every day from `from` to `to` inclusive, as 'YYYY-MM-DD' (UTC arithmetic, so host-zone independent). */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let n = dayNumberOf(from); n <= dayNumberOf(to); n++) days.push(new Date(n * MS_PER_DAY).toISOString().slice(0, 10));
  return days;
}

/** Days whose answer does not depend on any holiday data: checks that the zone switch took effect. */
const ANCHORS: readonly [string, boolean][] = [
  ['2024-02-18', true], // Sunday worked (国办发明电〔2023〕7号)
  ['2024-02-12', false], // Monday inside the 2024 Spring Festival break
  ['2024-02-19', true], // ordinary Monday
  ['2024-02-17', false], // Saturday inside the break
];

/**
 * Steps 1, 2 and 4 above: runs `use` on a fresh copy of chinese-days loaded under Asia/Shanghai, then restores `TZ`
 * (also on error). `use` must collect every answer it needs: nothing of chinese-days may run after it returns.
 *
 * @param use - Asks the loaded module (typed by the caller: the package's exports as `require` returns them).
 * @throws Error when the process could not be switched to Asia/Shanghai.
 */
export function withChineseDaysInShanghai<T>(use: (loaded: unknown) => T): T {
  const originalTz = process.env['TZ'];
  process.env['TZ'] = 'Asia/Shanghai';
  try {
    if (new Date(2024, 0, 1).getTimezoneOffset() !== -480) throw new Error('could not switch the process to Asia/Shanghai');
    const require = createRequire(import.meta.url);
    const path = require.resolve('chinese-days');
    Reflect.deleteProperty(require.cache, path);
    return use(require(path));
  } finally {
    if (originalTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = originalTz;
  }
}

/**
 * chinese-days' `isWorkday` for every day from `from` to `to`, evaluated under Asia/Shanghai.
 * @throws Error when the package answers the anchor days wrongly, i.e. the zone switch did not work.
 */
export function chineseDaysWorkdays(from: string, to: string): ReadonlyMap<string, boolean> {
  return withChineseDaysInShanghai((module) => {
    const loaded = module as ChineseDays & { default?: ChineseDays };
    const chineseDays: ChineseDays = typeof loaded.isWorkday === 'function' ? loaded : (loaded.default as ChineseDays);
    const ask = (iso: string): boolean => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      return chineseDays.isWorkday(new Date(y, m - 1, d, 12));
    };
    for (const [day, expected] of ANCHORS) {
      if (ask(day) !== expected) throw new Error(`chinese-days answered ${day} wrongly under Asia/Shanghai; its table was probably built in another zone`);
    }
    return new Map(eachDay(from, to).map((day) => [day, ask(day)]));
  });
}
