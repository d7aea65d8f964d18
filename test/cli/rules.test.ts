import { describe, expect, it } from 'vitest';
import { listRules } from '../../src/rules/index.js';
import { runCliInProcess } from './runCliInProcess.js';

describe('yingshang rules (in process)', () => {
  it('lists every built-in rule with its kind and Chinese name, aligned', async () => {
    const lines = (await runCliInProcess(['rules'], { lang: 'zh' })).stdout.trim().split('\n');
    expect(lines).toHaveLength(listRules().length);
    expect(lines[0]).toMatch(/^m06-water-connection +办理时限 {2}获得用水（一般项目用户）$/);
  });

  it('gives the full definitions as JSON lines', async () => {
    const lines = (await runCliInProcess(['rules', 'list', '--jsonl'])).stdout.trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(listRules().map((r) => r.id));
  });

  it('shows a rule with its measure, texts and clause', async () => {
    expect((await runCliInProcess(['rules', 'show', 'm15-payment'])).stdout.split('\n')).toEqual([
      'm15-payment (Deadline, measure 15)',
      '办理支付 — Payment processing',
      '满足合同约定支付条件的，收到发票后5个工作日内按程序办理支付手续，收到发票当日不计入。',
      'Once the contract’s payment conditions are met, the payment is processed within 5 working days after the invoice was received; that day is not counted.',
      '',
      'clause: 对满足合同约定支付条件的，采购单位原则上应在收到发票后5个工作日内按程序办理支付手续。',
      '',
    ]);
    expect(JSON.parse((await runCliInProcess(['rules', 'show', 'm46-aaa-harmonious-enterprises', '--json'])).stdout)).toMatchObject({ kind: 'target', target: 2 });
  });

  it('lets the library report an unknown id, and refuses an unknown subcommand', async () => {
    expect((await runCliInProcess(['rules', 'show', 'm99'])).stderr).toMatch(/^error UNKNOWN_RULE: No rule has the id "m99"\. Known rules: m06-water-connection,/);
    expect((await runCliInProcess(['rules', 'find'])).stderr).toBe('error INVALID_ARGUMENT: `yingshang rules` takes list or show, not "find" (see `yingshang rules --help`).\n');
  });
});
