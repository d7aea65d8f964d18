import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from './runBuiltCli.js';

// What only a real process shows: the exit status, a closed pipe, a signal, the installed version. Everything else
// about the CLI is tested in process (test/cli/).
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'yingshang-process-'));
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

/** `n` JSON lines of m15-payment facts, all valid. */
function records(n: number): string {
  return Array.from({ length: n }, (_, i) => `{"start":"2021-09-${String((i % 28) + 1).padStart(2, '0')}","end":"2021-10-20"}\n`).join('');
}

describe('the yingshang process', () => {
  it('prints the package version with --version', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(runBuiltCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('exits 0, 1, 2 and 3 as documented', () => {
    expect(runBuiltCli(['workdays', 'add', '2021-09-29', '5'])).toEqual({ code: 0, stdout: '2021-10-12\n', stderr: '' });
    expect(runBuiltCli(['deadline', 'm15-payment', '--start', '2021-09-29', '--end', '2021-10-13']).code).toBe(1);
    expect(runBuiltCli(['workdays', 'add', '2021-09-29', '5', '--bogus'])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^error INVALID_ARGUMENT: yingshang workdays 没有选项 --bogus；可用的选项：/u) as unknown });
    expect(runBuiltCli(['check', 'm15-payment', '--input', '-'], '{"start":"2021-02-30"}\n').code).toBe(3);
  });

  it('ends quietly with exit 0 when the reader of its output goes away (`| head -1`)', () => {
    const input = join(dir, 'many.jsonl');
    // About 8 MB of report: far more than a pipe holds, so the CLI is still writing when head exits.
    writeFileSync(input, records(50_000));
    for (const format of ['table', 'jsonl']) {
      const run = spawnSync('bash', ['-c', `set -o pipefail; "$0" "$1" check m15-payment --input "$2" --format ${format} | head -1; echo "status \${PIPESTATUS[0]}"`, process.execPath, CLI, input], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^(第1行：|\{"line":1,).*\nstatus 0\n$/u);
    }
  }, 120_000);

  /** Runs a long `check`, sends SIGINT once the first report piece arrives, and returns what it printed. */
  async function interrupted(args: readonly string[], stdin?: string) {
    const child = spawn(process.execPath, [CLI, 'check', 'm15-payment', ...args, '--format', 'jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    const firstOutput = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        resolve();
      });
    });
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    const exited = once(child, 'exit');
    // The CLI stops reading on Ctrl-C and exits, so what is still being written to it fails with EPIPE, as in a shell
    // pipe; any other error of the stream is the test's failure.
    const stdinErrors: string[] = [];
    child.stdin.on('error', (error: NodeJS.ErrnoException) => stdinErrors.push(error.code ?? error.message));
    if (stdin !== undefined) child.stdin.write(stdin);
    await firstOutput;
    child.kill('SIGINT');
    const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
    child.stdin.destroy();
    expect(stdinErrors.filter((code) => code !== 'EPIPE')).toEqual([]);
    return { code, signal, stderr, stdout };
  }

  it.each([
    // stdin stays open, as a long stream's would: the CLI is reading or waiting for more when the signal comes.
    ['stdin left open', ['--input', '-'], 20_000],
    // A file far longer than the first report piece: the CLI is most likely in the middle of it.
    ['a long file', ['--input', 'FILE'], 300_000],
  ] as const)('on Ctrl-C (SIGINT) stops reading, reports every record it read exactly once with their summary, and exits 130 (%s)', async (_, args, written) => {
    const file = join(dir, 'long.jsonl');
    if (args[1] === 'FILE') writeFileSync(file, records(written));
    const run = await interrupted(args.map((a) => (a === 'FILE' ? file : a)), args[1] === '-' ? records(written) : undefined);
    expect({ code: run.code, signal: run.signal, stderr: run.stderr }).toEqual({ code: 130, signal: null, stderr: '' });
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { line?: number; ok?: boolean; summary?: { records: number; badRecords: number; interrupted?: boolean; statuses: Record<string, number> } });
    const summary = lines.pop()?.summary;
    const numbers = lines.map((l) => l.line);
    // Every record read is reported once, in order, whole (no record cut by the stop), with none lost between.
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    expect(lines.every((l) => l.ok)).toBe(true);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.length).toBeLessThanOrEqual(written);
    expect(summary).toMatchObject({ records: numbers.length, badRecords: 0, interrupted: true });
    expect(Object.values(summary?.statuses ?? {}).reduce((a, b) => a + b, 0)).toBe(numbers.length);
  }, 60_000);
});
