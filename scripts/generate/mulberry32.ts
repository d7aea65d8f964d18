/**
 * mulberry32, a small, well-known 32-bit pseudo-random generator: numbers in [0, 1) that depend on the seed only, so
 * that generated data (examples/data, the SQL tests' records) is the same on every run.
 *
 * @param seed - Any number; its low 32 bits are used.
 * @returns The generator.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
