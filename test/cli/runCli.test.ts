import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './runCliInProcess.js';

describe('runCli', () => {
  it('prints the command list and exits 2 when no command is given', async () => {
    const run = await runCliInProcess([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^yingshang（营商）— 中国工作日/);
    expect(run.stdout).toMatch(/^ {2}workdays +加减或计算工作日/m);
    expect(run.stdout).toMatch(/^退出码：$/m);
    const english = await runCliInProcess(['--help', '--lang', 'en']);
    expect(english.stdout).toMatch(/^yingshang — Chinese working days/);
    expect(english.stdout).toMatch(/^ {2}workdays +add or count working days/m);
    expect(english.stdout).toMatch(/^Exit codes:$/m);
  });

  it.each([['--help'], ['-h'], ['help']])('prints the command list and exits 0 for %s', async (flag) => {
    const run = await runCliInProcess([flag]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/Exit codes:\n {2}0 {4}success.*\n {2}1 {4}a checked rule was missed, is overdue or not met\n {2}2 {4}usage error.*\n {2}3 {4}bad records/);
  });

  it('names the commands when the command is unknown, exit 2', async () => {
    const run = await runCliInProcess(['frobnicate']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe('error INVALID_ARGUMENT: unknown command "frobnicate"; commands: workdays, holidays, calendar, deadline, check, procurement, connections, sql, measures, rules, notice, and --version, --help.\n');
  });

  it('suggests the command meant by a typo', async () => {
    const run = await runCliInProcess(['chek', 'm15-payment']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^error INVALID_ARGUMENT: unknown command "chek" \(did you mean check\?\); commands: workdays, /);
  });

  it('prints the version of the package with --version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await runCliInProcess(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each(['workdays', 'holidays', 'deadline', 'check', 'procurement', 'connections', 'measures', 'rules', 'notice'])('prints the help of %s with --help, whatever else is given, and the exit codes', async (command) => {
    const run = await runCliInProcess([command, 'junk', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage:\\n {2}yingshang ${command}`));
    expect(run.stdout).toMatch(/\nExit codes:\n {2}0 .*\n {2}1 .*\n {2}2 {4}usage error.*\n {2}3 {4}bad records.*\n {2}4 {4}not judged yet.*\n.*\n {2}70 .*\n {2}130 /);
  });

  it('reports a library error as `error CODE: message` on stderr with exit 2', async () => {
    const run = await runCliInProcess(['workdays', 'info', '2021-02-29']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^error INVALID_DATE: `date` \("2021-02-29"\) does not exist: February 2021 has 28 days, not 29\./);
  });

  it('reports an unknown option with the command whose help explains it', async () => {
    const run = await runCliInProcess(['rules', 'list', '--verbose']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error INVALID_ARGUMENT: Unknown option '--verbose'.* \(see `yingshang rules --help`\)\.\n$/);
  });

  it('suggests the option meant by a typo and lists the valid ones', async () => {
    const run = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--formt', 'csv']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^error INVALID_ARGUMENT: Unknown option '--formt' for `yingshang check` \(did you mean --format\?\); valid options: --help, --json, --jsonl, --lang, --schedules, .*--input, --format, /);
    expect((await runCliInProcess(['workdays', 'add', '2021-09-29', '5', '--provisonal'])).stderr).toMatch(/did you mean --provisional\?/);
    expect((await runCliInProcess(['workdays', 'ad', '2021-09-29', '5'])).stderr).toMatch(/needs a subcommand: add, count or info, not "ad" \(did you mean add\?\)/);
    expect((await runCliInProcess(['rules', 'shwo', 'm15-payment'])).stderr).toMatch(/takes list or show, not "shwo" \(did you mean show\?\)/);
  });
});
