import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../cli/runCliInProcess.js';
import { jsonValue } from './arbitraries.js';
import { fuzzParameters, PROPERTY_TIMEOUT_MS } from './fuzzSettings.js';
import { HANG_LIMIT_MS, withinTimeLimit } from '../bad-input/withinTimeLimit.js';

/** Words the CLI knows, so that random command lines reach past the command name. */
const WORDS = [
  'workdays', 'holidays', 'deadline', 'check', 'measures', 'rules', 'add', 'count', 'info', 'list', 'show',
  '--json', '--jsonl', '--lang', 'en', 'zh', '--format', 'ics', 'csv', 'json', 'jsonl', 'table', '--provisional', '--as-known-on',
  '--start', '--end', '--as-of', '--pause', '--input', '-', '--input-format', '--topic', '--department', '--help',
  'm15-payment', 'm13-contract-signing', 'm15-prepayment-ratio', 'm24-chuanyu-same-standard', 'm51-bankruptcy-clearance', 'm06-electricity-10kv-average',
  '2021-09-29', '2021-02-29', '２０２１-10-01', '2021', '1990', '-1', '5', '1e3', '1.5', 'NaN', '2021-10-11..2021-10-12', '__proto__', 'constructor',
];

const argument = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string() }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) });
const stdin = fc.oneof(
  fc.array(jsonValue, { maxLength: 4 }).map((values) => values.map((v) => JSON.stringify(v)).join('\n')),
  fc.array(fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }), { maxLength: 4 }).map((rows) => rows.map((cells) => cells.join(',')).join('\r\n')),
  fc.string(),
);

describe('the CLI given arbitrary command lines and input', () => {
  it('always exits 0, 1 or 2 and never throws', { timeout: PROPERTY_TIMEOUT_MS }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(argument, { maxLength: 7 }), stdin, async (argv, input) => {
        // `--input` names stdin or a file that does not exist: the fuzzer never reads the disk.
        const safe = argv.map((a, i) => (argv[i - 1] === '--input' && a !== '-' ? '/nonexistent/yingshang-fuzz' : a));
        const run = await withinTimeLimit(() => runCliInProcess(safe, { stdin: input }), HANG_LIMIT_MS);
        expect([0, 1, 2]).toContain(run.code);
        if (run.code === 2 && run.stdout === '') expect(run.stderr).toMatch(/^error [A-Z_]+: |^warning: /);
      }),
      fuzzParameters(),
    );
  });
});
