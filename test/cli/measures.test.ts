import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './runCliInProcess.js';

describe('yingshang measures (in process)', () => {
  it('lists the 53 measures by default, with the rules of those that have some', async () => {
    const lines = (await runCliInProcess(['measures'], { lang: 'zh' })).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(53);
    expect(lines[0]).toBe(' 1. 优化开办企业服务 — Improve services for starting a business');
    expect(lines[14]).toBe('15. 加强支付和交付监管 — Strengthen the supervision of payment and delivery  [m15-payment, m15-prepayment-ratio]');
  });

  it('filters by topic and by department, given as an alias', async () => {
    expect((await runCliInProcess(['measures', 'list', '--topic', 'tax'], { lang: 'zh' })).stdout).toBe(
      '32. 压减税费缴纳次数和时间 — Cut the number of tax payments and the time they take\n33. 改进办税缴费方式 — Improve the ways of filing and paying taxes and fees\n34. 优化报税后流程 — Streamline post-filing processes\n',
    );
    const court = JSON.parse((await runCliInProcess(['measures', 'list', '--department', '区法院', '--json'])).stdout) as { id: string }[];
    expect(court.map((m) => m.id)).toContain('m48');
  });

  it('shows a measure by number or id, with its units, topics, rules and text', async () => {
    expect((await runCliInProcess(['measures', 'show', '15'])).stdout.split('\n').slice(0, 6)).toEqual([
      '15. 加强支付和交付监管 (m15, chapter 1, section 1.4)',
      'Strengthen the supervision of payment and delivery',
      'lead: 区财政局',
      'responsible: 区级有关部门',
      'topics: procurement',
      'rules: m15-payment (Deadline), m15-prepayment-ratio (Threshold)',
    ]);
    expect((await runCliInProcess(['measures', 'show', '1'])).stdout).toMatch(/\nrules: —\n/);
    expect(JSON.parse((await runCliInProcess(['measures', 'show', 'm20', '--jsonl'])).stdout)).toMatchObject({ number: 20, titleIsEditorial: true });
  });

  it('shows a dash for a measure without responsible units', async () => {
    const lines = (await runCliInProcess(['measures', 'show', '48'])).stdout.split('\n');
    expect(lines[3]).toBe('responsible: —');
  });

  it('lets the library report a number out of range, and refuses an unknown subcommand or extra arguments', async () => {
    expect((await runCliInProcess(['measures', 'show', '99'])).stderr).toBe("error UNKNOWN_MEASURE: Unknown measure 99: measures are numbered 1–53, ids 'm01'…'m53'.\n");
    expect((await runCliInProcess(['measures', 'find'])).stderr).toBe('error INVALID_ARGUMENT: `yingshang measures` takes list or show, not "find" (see `yingshang measures --help`).\n');
    expect((await runCliInProcess(['measures', 'list', 'tax'])).stderr).toMatch(/`yingshang measures list` takes no arguments, got "tax"/);
  });
});
