// Cold import time of yingshang/calendar: a fresh Node process per sample, timing only the import.
import { spawnSync } from 'node:child_process';

const code = "const t = performance.now(); await import('./dist/calendar/index.js'); console.log(performance.now() - t);";
const samples = Array.from({ length: 15 }, () => Number(spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }).stdout)).sort((a, b) => a - b);
const median = samples[Math.floor(samples.length / 2)];
console.log(`cold import of yingshang/calendar: median ${median.toFixed(1)} ms over ${samples.length} processes (min ${samples[0].toFixed(1)}, max ${samples.at(-1).toFixed(1)}; target < 20 ms)`);
