import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './runCliInProcess.js';

describe('runCli', () => {
  it('prints the command list and exits 2 when no command is given', async () => {
    const run = await runCliInProcess([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^yingshang — Chinese working days/);
    expect(run.stdout).toMatch(/^ {2}workdays {2}add or count working days/m);
  });

  it.each([['--help'], ['-h'], ['help']])('prints the command list and exits 0 for %s', async (flag) => {
    const run = await runCliInProcess([flag]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/Exit codes: 0 success; 1 a checked rule was missed or is overdue; 2 bad input/);
  });

  it('names the commands when the command is unknown, exit 2', async () => {
    const run = await runCliInProcess(['frobnicate']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe('error INVALID_ARGUMENT: unknown command "frobnicate"; commands: workdays, holidays, calendar, deadline, check, sql, measures, rules, notice.\n');
  });

  it.each(['workdays', 'holidays', 'deadline', 'check', 'measures', 'rules'])('prints the help of %s with --help, whatever else is given', async (command) => {
    const run = await runCliInProcess([command, 'junk', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage:\\n {2}yingshang ${command}`));
  });

  it('reports a library error as `error CODE: message` on stderr with exit 2', async () => {
    const run = await runCliInProcess(['workdays', 'info', '2021-02-29']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^error INVALID_DATE: `date` \("2021-02-29"\) does not exist: February 2021 has 28 days, not 29\./);
  });

  it('reports an unknown option with the command whose help explains it', async () => {
    const run = await runCliInProcess(['rules', 'list', '--verbose']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error INVALID_ARGUMENT: Unknown option '--verbose'.* \(see `yingshang rules --help`\)\n$/);
  });
});
