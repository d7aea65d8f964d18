import type { Readable } from 'node:stream';

/** Where the CLI reads and writes; the real process in `bin.ts`, buffers in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: Readable;
  /** Resolves once stdout has taken everything written so far (backpressure for large outputs). */
  readonly drained: () => Promise<void>;
  /** Whether stderr is a terminal (progress lines are shown only then). */
  readonly stderrIsTty: boolean;
  /** Aborted on Ctrl-C (SIGINT): a batch stops reading, reports what it read and exits {@link EXIT}.interrupted. */
  readonly interrupt?: AbortSignal;
}

/**
 * Exit codes: 0 success; 1 a checked rule was missed, is overdue or not met; 2 usage error (the command line cannot
 * be used: unknown command or option, bad argument or option value, unreadable file; nothing on stdout); 3 bad records
 * (a batch reported records it could not evaluate, and evaluated the others); 4 not judged yet (a batch had
 * `out_of_range` records, whose answer needs a year the calendar has no notice for, and nothing worse); 70 internal
 * error (a bug); 130 interrupted by Ctrl-C (what was read is reported). Writing into a closed pipe (`| head`) ends the
 * process with 0. A batch exits with the first that applies of 3, 1, 4, 0.
 */
export const EXIT = Object.freeze({ ok: 0, ruleBroken: 1, usage: 2, badRecords: 3, notJudged: 4, internal: 70, interrupted: 130 });

/**
 * The exit codes as `--help` and the docs list them, in Chinese or English.
 *
 * @internal
 */
export function exitCodesText(language: 'zh' | 'en'): string {
  return language === 'zh' ? EXIT_CODES_ZH : EXIT_CODES_EN;
}

const EXIT_CODES_ZH = `退出码：
  0    成功（标准输出提前关闭时也是，如 \`| head\`）
  1    所查规则已逾期、逾期完成或未达标
  2    用法错误：命令、选项或参数有误，文件无法读取（标准错误输出 error 代码: 说明）
  3    有错误记录：批处理中有记录无法判断（其余记录照常判断）
  4    暂无法判断：批处理中有 out_of_range 记录（需要日历尚无放假通知的年份），
       且没有错误记录、没有违反规则（批处理按 3、1、4 的先后取第一个适用的退出码）
  70   内部错误（程序缺陷：请报告）
  130  被中断（Ctrl-C）：已读取的记录照常报告并汇总`;

const EXIT_CODES_EN = `Exit codes:
  0    success (also when stdout is closed early, as by \`| head\`)
  1    a checked rule was missed, is overdue or not met
  2    usage error: bad command, option or argument, unreadable file (error CODE: message on stderr)
  3    bad records: a batch reported records it could not evaluate (the others were evaluated)
  4    not judged yet: a batch had out_of_range records (they need a year the calendar has no notice for),
       no bad record and no broken rule (a batch exits with the first of 3, 1, 4 that applies)
  70   internal error (a bug: please report it)
  130  interrupted (Ctrl-C): the records read so far are reported, with their summary`;
