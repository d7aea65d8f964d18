// npm run bench: yingshang's calendar against chinese-days and a bare typed-array table, in one process, on the same inputs.
import os from 'node:os';
import chineseDays from 'chinese-days';
import { addWorkingDays, countWorkingDays, isWorkingDay } from '../dist/calendar/index.js';
import { buildBareTable } from './bareTable.mjs';
import { formatOps, opsPerSecond } from './harness.mjs';

if (process.env.TZ !== 'Asia/Shanghai') console.warn('note: chinese-days is only correct with TZ=Asia/Shanghai; npm run bench sets it');

const MS_PER_DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
// 4096 pseudo-random days in 2005–2024 (a fixed LCG, so every run uses the same inputs).
let seed = 2021;
const days = Array.from({ length: 4096 }, () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return iso(Date.UTC(2005, 0, 1) + (seed % (20 * 365)) * MS_PER_DAY);
});
const yearLater = days.map((d) => iso(Date.parse(d) + 365 * MS_PER_DAY));
const mask = days.length - 1;
const bare = buildBareTable(isWorkingDay, '2004-01-01', '2026-12-31');

const rows = [
  {
    name: 'isWorkingDay(string)',
    ours: () => opsPerSecond((i) => isWorkingDay(days[i & mask]), { iterations: 2_000_000 }),
    peer: () => opsPerSecond((i) => chineseDays.isWorkday(days[i & mask]), { iterations: 200_000 }),
    floor: () => opsPerSecond((i) => bare.isWorkingDay(days[i & mask]), { iterations: 2_000_000 }),
    target: 30,
  },
  {
    name: 'addWorkingDays(d, 9)',
    ours: () => opsPerSecond((i) => addWorkingDays(days[i & mask], 9), { iterations: 2_000_000 }),
    peer: () => opsPerSecond((i) => chineseDays.findWorkday(9, days[i & mask]), { iterations: 20_000 }),
    floor: () => opsPerSecond((i) => bare.addWorkingDays(days[i & mask], 9), { iterations: 2_000_000 }),
    target: 300,
  },
  {
    name: 'countWorkingDays(d, d + 365)',
    ours: () => opsPerSecond((i) => countWorkingDays(days[i & mask], yearLater[i & mask]), { iterations: 2_000_000 }),
    peer: () => opsPerSecond((i) => chineseDays.getWorkdaysInRange(days[i & mask], yearLater[i & mask]).length, { iterations: 2_000, rounds: 5 }),
    floor: () => opsPerSecond((i) => bare.countWorkingDays(days[i & mask], yearLater[i & mask]), { iterations: 2_000_000 }),
    target: 5000,
  },
];

// The three must agree before their speed means anything.
for (let i = 0; i < 200; i++) {
  if (addWorkingDays(days[i], 9) !== bare.addWorkingDays(days[i], 9)) throw new Error(`bare table disagrees on ${days[i]}`);
}

console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown cpu'} × ${os.cpus().length}, TZ=${process.env.TZ ?? ''}`);
console.log('| operation | yingshang ops/s | chinese-days ops/s | bare table ops/s | × chinese-days (target) | ÷ bare table (target ≥ 0.5) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
let failed = false;
for (const row of rows) {
  const ours = row.ours();
  const peer = row.peer();
  const floor = row.floor();
  const vsPeer = ours / peer;
  const vsFloor = ours / floor;
  const ok = vsPeer >= row.target && vsFloor >= 0.5;
  failed ||= !ok;
  console.log(`| ${row.name} | ${formatOps(ours)} | ${formatOps(peer)} | ${formatOps(floor)} | ${vsPeer.toFixed(0)}× (≥ ${row.target}×) | ${vsFloor.toFixed(2)}${ok ? '' : ' ✗'} |`);
}
if (failed) console.log('\nsome targets were not met on this machine');
