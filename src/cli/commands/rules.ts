import { labelOf, listRules, type RuleDefinition } from '../../rules/index.js';
import type { Language } from '../../rules/internal.js';
import { EXIT } from '../cliIo.js';
import type { Command } from '../command.js';
import { expectPositionals, outputFormat, parseCommandLine } from '../parseCommandLine.js';
import { ruleOption, RULE_OPTIONS } from '../ruleOption.js';
import { listOrShowError } from '../listOrShowError.js';
import { writeOutput } from '../writeOutput.js';

/** A rule in full, its kind and measure in the words of `--lang`. */
function ruleDetail(rule: RuleDefinition, language: Language): string[] {
  const kind = labelOf(rule.kind, language);
  const heading =
    language === 'zh'
      ? `${rule.id}（${kind}${rule.measure === undefined ? '' : `，第${rule.measure}条措施`}）`
      : `${rule.id} (${kind}${rule.measure === undefined ? '' : `, measure ${rule.measure}`})`;
  return [
    heading,
    `${rule.name.zh} — ${rule.name.en}`,
    rule.description.zh,
    rule.description.en,
    ...(rule.clause === undefined ? [] : ['', `${language === 'zh' ? '原文：' : 'clause: '}${rule.clause}`]),
  ];
}

/** `yingshang rules [list|show <id>]`. */
export const rulesCommand: Command = {
  name: 'rules',
  help: {
    zh: `用法：
  yingshang rules [list]
  yingshang rules show <编号>
  yingshang rules show --rule <规则.json>   校验自定义规则（defineRule 接受的格式）并显示

列出江津府办发〔2021〕113号中每条可量化的规则：编号（公开约定，不会改变）、类型、措施和原文。
选项：--json、--jsonl（完整定义）。

示例：
  yingshang rules list
  yingshang rules show m15-prepayment-ratio --json`,
    en: `Usage:
  yingshang rules [list]
  yingshang rules show <id>
  yingshang rules show --rule <rule.json>   validate a custom rule (the shape defineRule takes) and show it

Every quantitative rule of 江津府办发〔2021〕113号 with its id (a public contract), kind, measure and clause.
Options: --json, --jsonl (the full definitions).

Examples:
  yingshang rules list
  yingshang rules show m15-prepayment-ratio --json`,
  },
  run(args, io) {
    const { values, positionals, locale } = parseCommandLine('rules', args, RULE_OPTIONS);
    const format = outputFormat(values);
    const [sub = 'list', ...rest] = positionals;
    if (sub === 'list') {
      expectPositionals('rules list', rest, []);
      const rules = listRules();
      const width = Math.max(...rules.map((r) => r.id.length));
      const kindWidth = Math.max(...rules.map((r) => labelOf(r.kind, locale).length));
      writeOutput(io, format, rules, () => rules.map((r) => `${r.id.padEnd(width)}  ${labelOf(r.kind, locale).padEnd(kindWidth)}  ${r.name[locale]}`));
    } else if (sub === 'show') {
      const rule = ruleOption('rules show', values, rest);
      writeOutput(io, format, rule, () => ruleDetail(rule, locale));
    } else {
      throw listOrShowError('rules', sub);
    }
    return EXIT.ok;
  },
};
