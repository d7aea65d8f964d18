import { getMeasure } from '../../measures/getMeasure.js';
import { listMeasures } from '../../measures/listMeasures.js';
import type { Measure } from '../../measures/measureSchema.js';
import type { Topic } from '../../measures/topics.js';
import { getRule, labelOf } from '../../rules/index.js';
import type { Language } from '../../rules/internal.js';
import { EXIT } from '../cliIo.js';
import type { Command } from '../command.js';
import { expectPositionals, outputFormat, parseCommandLine } from '../parseCommandLine.js';
import { listOrShowError } from '../listOrShowError.js';
import { writeOutput } from '../writeOutput.js';

/** A measure in one line: both titles, or the one of `--lang`. */
function measureLine(m: Measure, lang: 'zh' | 'en' | undefined): string {
  const rules = m.rules.length ? `  [${m.rules.join(', ')}]` : '';
  const title = lang === undefined ? `${m.title.zh} — ${m.title.en}` : m.title[lang === 'en' ? 'en' : 'zh'];
  return `${String(m.number).padStart(2)}. ${title}${rules}`;
}

/** A measure in full, its headings in the words of `--lang` (Chinese by default). */
function measureDetail(m: Measure, language: Language): string[] {
  const units = (list: Measure['leadUnits']) => list.map((d) => d.name.zh).join('、') || '—';
  const rules = m.rules.map((id) => (language === 'zh' ? `${id}（${labelOf(getRule(id).kind, language)}）` : `${id} (${labelOf(getRule(id).kind, language)})`)).join(language === 'zh' ? '、' : ', ') || '—';
  if (language === 'zh') {
    return [`${m.number}. ${m.title.zh}（${m.id}，第${m.chapter}章第${m.section.chapter}.${m.section.ordinal}节）`, m.title.en, `牵头单位：${units(m.leadUnits)}`, `责任单位：${units(m.responsibleUnits)}`, `主题：${m.topics.join('、')}`, `规则：${rules}`, '', m.text];
  }
  return [
    `${m.number}. ${m.title.zh} (${m.id}, chapter ${m.chapter}, section ${m.section.chapter}.${m.section.ordinal})`,
    m.title.en,
    `lead: ${units(m.leadUnits)}`,
    `responsible: ${units(m.responsibleUnits)}`,
    `topics: ${m.topics.join(', ')}`,
    `rules: ${rules}`,
    '',
    m.text,
  ];
}

/** A measure number from the command line, or the text itself so that the library reports what is wrong with it. */
function measureArgument(text: string): number | string {
  return /^\d{1,2}$/.test(text) ? Number(text) : text;
}

/** `yingshang measures [list|show <n>]`. */
export const measuresCommand: Command = {
  name: 'measures',
  help: {
    zh: `用法：
  yingshang measures [list] [--department <单位>] [--topic <主题>]
  yingshang measures show <n>            按编号（1–53）或代号（m06）查看一条措施

--department 可填单位代码、名称或简称（区市场监管局、江津区税务局……），匹配牵头单位和责任单位。
选项：--json、--jsonl。

示例：
  yingshang measures list --topic procurement
  yingshang measures list --department 区财政局
  yingshang measures show 15 --json`,
    en: `Usage:
  yingshang measures [list] [--department <name>] [--topic <topic>]
  yingshang measures show <n>            a measure by number (1–53) or id (m06)

--department takes an id, a name or an alias (区市场监管局, 江津区税务局…) and matches lead and responsible units.
Options: --json, --jsonl.

Examples:
  yingshang measures list --topic procurement
  yingshang measures list --department 区财政局
  yingshang measures show 15 --json`,
  },
  run(args, io) {
    const { values, positionals, locale } = parseCommandLine('measures', args, { department: { type: 'string' }, topic: { type: 'string' } });
    const lang = values.lang === undefined ? undefined : locale === 'en' ? 'en' : 'zh';
    const format = outputFormat(values);
    const [sub = 'list', ...rest] = positionals;
    if (sub === 'list') {
      expectPositionals('measures list', rest, []);
      const found = listMeasures({
        ...(values.department === undefined ? {} : { department: values.department }),
        ...(values.topic === undefined ? {} : { topic: values.topic as Topic }),
      });
      writeOutput(io, format, found, () => found.map((m) => measureLine(m, lang)));
    } else if (sub === 'show') {
      expectPositionals('measures show', rest, ['n']);
      const measure = getMeasure(measureArgument(rest[0] ?? ''));
      writeOutput(io, format, measure, () => measureDetail(measure, locale));
    } else {
      throw listOrShowError('measures', sub);
    }
    return EXIT.ok;
  },
};
