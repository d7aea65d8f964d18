// A tiny benchmark harness: runs `fn(i)` over a cycle of inputs, several rounds, and reports the median ops/s.
import { performance } from 'node:perf_hooks';

/** Median operations per second of `fn` over `rounds` rounds of `iterations` calls (after a warm-up round). */
export function opsPerSecond(fn, { iterations = 200_000, rounds = 7 } = {}) {
  let sink = 0;
  const run = () => {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) {
      const r = fn(i);
      sink += typeof r === 'string' ? r.length : Number(r);
    }
    return iterations / ((performance.now() - start) / 1000);
  };
  run();
  const samples = Array.from({ length: rounds }, run).sort((a, b) => a - b);
  if (sink === -1) console.log(sink); // keep results alive
  return samples[Math.floor(rounds / 2)];
}

/** Formats ops/s for a table. */
export function formatOps(ops) {
  return ops >= 1e6 ? `${(ops / 1e6).toFixed(2)} M` : ops >= 1e3 ? `${(ops / 1e3).toFixed(1)} k` : ops.toFixed(0);
}
