// Preloaded with `node --import` by test/built/examples.test.ts: records, for every console.log made by the example
// named in YINGSHANG_RECORD_SOURCE (a file URL), the line of the call and the text it printed, and writes them as
// JSON to the file YINGSHANG_RECORD_FILE when the process exits. The output itself is unchanged.
import { writeFileSync } from 'node:fs';
import { format } from 'node:util';

const source = process.env.YINGSHANG_RECORD_SOURCE;
const file = process.env.YINGSHANG_RECORD_FILE;
const records = [];
const log = console.log;

console.log = (...args) => {
  const frame = (new Error().stack ?? '').split('\n').find((line) => source !== undefined && line.includes(source));
  const match = frame === undefined ? null : /:(\d+):\d+\)?$/.exec(frame);
  records.push({ line: match ? Number(match[1]) : null, text: format(...args) });
  log(...args);
};

process.on('exit', () => {
  if (file !== undefined) writeFileSync(file, JSON.stringify(records));
});
