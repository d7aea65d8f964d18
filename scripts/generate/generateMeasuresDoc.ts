/**
 * Generates `docs/measures.md`, the catalogue of the plan's measures, from `yingshang/measures`.
 *
 * Usage: `tsx scripts/generate/generateMeasuresDoc.ts` (write) or `tsx scripts/generate/generateMeasuresDoc.ts --check`
 * (exit 1 when the file is stale, e.g. after rule ids were added to a measure).
 */
import { listDepartments, getDepartment, getMeasure, listMeasures, getPlan, listSafeguards, listSections, TOPICS } from '../../src/measures/index.js';
import type { Department, Topic } from '../../src/measures/index.js';
import { runAsScript, writeGenerated } from './writeGenerated.js';

/** Path of the generated document, relative to the package root. */
export const DOC_PATH = 'docs/measures.md';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const TOPIC_LABELS: Readonly<Record<Topic, string>> = {
  business_registration: 'Starting, changing and closing a business (商事制度)',
  utilities: 'Water, electricity and gas connections (水电气)',
  finance: 'Lending, guarantees, listings and other financial services (融资)',
  credit: 'Credit information, credit-based supervision, credit repair (信用)',
  procurement: 'Government procurement, purchase of intermediary services (政府采购)',
  tendering: 'Bidding and tendering (招标投标)',
  innovation: 'Innovation, start-ups, new business models (创新)',
  government_services: 'How the administration serves businesses and citizens (政务服务)',
  permits: 'Licences, approvals and the intermediaries they need (审批许可)',
  construction: 'Construction projects, their approval and quality (工程建设)',
  real_estate: 'Property registration (不动产登记)',
  tax: 'Taxes and fees (税费)',
  trade: 'Foreign trade, logistics, foreign investment (跨境贸易)',
  regulation: 'Market supervision and administrative law enforcement (监管执法)',
  ip: 'Intellectual property (知识产权)',
  investor_protection: 'Protecting minority investors (中小投资者保护)',
  labour: 'Labour relations, employment, human resources (劳动力市场)',
  courts: 'Courts and the enforcement of judgments (司法)',
  insolvency: 'Bankruptcy cases (破产)',
};

const KIND_LABELS: Readonly<Record<Department['kind'], string>> = {
  district_department: 'district department',
  court: 'court',
  state_owned_enterprise: 'state-owned enterprise',
  bank_or_regulator_branch: 'bank or regulator branch',
  management_committee: 'management committee',
  placeholder: 'placeholder',
};

/** Escapes a table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function names(units: readonly Department[]): string {
  return units.length === 0 ? '—' : units.map((d) => cell(d.name.zh)).join('、');
}

function numbers(list: readonly number[]): string {
  return list.length === 0 ? '—' : list.join(', ');
}

/** A JavaScript expression and its value as written after `//=>`. */
function example(code: string, value: unknown): string {
  return `${code} //=> ${JSON.stringify(value).replace(/"/g, "'").replace(/','/g, "', '").replace(/,(?=\d)/g, ', ')}`;
}

/**
 * Renders `docs/measures.md` from the current catalogue.
 *
 * @returns The Markdown text, ending with a newline.
 */
function renderMeasuresDoc(): string {
  const out: string[] = [];
  const push = (...lines: string[]): void => {
    out.push(...lines);
  };
  const withRules = listMeasures({ hasRules: true });

  push(
    '<!-- GENERATED from src/measures by scripts/generate/generateMeasuresDoc.ts. Do not edit; regenerate with `tsx scripts/generate/generateMeasuresDoc.ts`. -->',
    '',
    `# Measures of ${getPlan().docNo}`,
    '',
    `《${getPlan().title.zh}》 (${getPlan().title.en}), issued by ${getPlan().issuer.zh} on ${getPlan().issuedOn}, adopted at ${getPlan().adoptedAt.meeting} ` +
      `and in force from ${getPlan().effectiveFrom} (${getPlan().closingClause}). It implements ` +
      getPlan().implements.map((d) => `《${d.title.zh}》${d.docNo ? `（${d.docNo}）` : ''}`).join(' and ') +
      '.',
    '',
    `The plan has ${getPlan().chapters.length} chapters, ${listSections().length} sections, ${listMeasures().length} numbered measures ` +
      `and ${listSafeguards().length} safeguard items; it assigns them to ${listDepartments().length} units. ` +
      `${withRules.length} measure${withRules.length === 1 ? ' carries' : 's carry'} quantitative rules.`,
    '',
    'Chinese texts are verbatim from `seeds/jiangjin-2021-113.txt`; English titles, topics and department ids are editorial. ' +
      `Measure ${listMeasures()
        .filter((m) => m.titleIsEditorial)
        .map((m) => m.number)
        .join(', ')} has no title sentence in the document: its title, marked *, is ours.`,
    '',
    '## Querying the catalogue',
    '',
    'Everything is plain, deeply frozen data exported by `yingshang/measures` (and by `yingshang`); no CLI is needed.',
    '',
    '```ts',
    "import { getDepartment, getMeasure, listMeasures, getPlan } from 'yingshang/measures';",
    '',
    example("getMeasure(13).title.zh;", getMeasure(13).title.zh),
    example("getMeasure('m06').leadUnits.map((d) => d.name.zh);", getMeasure('m06').leadUnits.map((d) => d.name.zh)),
    example(
      'listMeasures({ section: { chapter: 1, ordinal: 4 } }).map((m) => m.number);',
      listMeasures({ section: { chapter: 1, ordinal: 4 } }).map((m) => m.number),
    ),
    example("listMeasures({ topic: 'tax' }).map((m) => m.id);", listMeasures({ topic: 'tax' }).map((m) => m.id)),
    example(
      "listMeasures({ department: '区法院', role: 'lead' }).length;",
      listMeasures({ department: '区法院', role: 'lead' }).length,
    ),
    example('listMeasures({ hasRules: true }).length;', withRules.length),
    example("getDepartment('区税务局').id;", getDepartment('区税务局').id),
    example('getPlan().issuedOn;', getPlan().issuedOn),
    '',
    "// Unknown input throws a YingshangError with a stable code (check it with isYingshangError from 'yingshang'):",
    "getMeasure('6'); // throws UnknownMeasureError, code 'UNKNOWN_MEASURE' (strings must be ids such as 'm06')",
    "getDepartment('区市场局'); // throws UnknownDepartmentError, code 'UNKNOWN_DEPARTMENT'",
    '```',
    '',
    '`listMeasures` combines its criteria with AND: `chapter`, `section`, `topic`, `department` (an id, name or alias, ' +
      "with `role: 'lead' | 'responsible' | 'any'`) and `hasRules`. Placeholders such as 区级有关部门 match only measures " +
      'whose section names the placeholder itself. JSON Schemas of the plan, section, measure, safeguard and department ' +
      'shapes ship in `dist/schemas/` for systems not written in TypeScript.',
    '',
    '## Measures',
    '',
    '| No. | Title | English title | Lead units | Rules |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const m of listMeasures()) {
    const rules = m.rules.length === 0 ? '—' : m.rules.map((r) => `\`${cell(r)}\``).join(', ');
    push(
      `| ${m.number} (\`${m.id}\`) | ${cell(m.title.zh)}${m.titleIsEditorial ? ' *' : ''} | ${cell(m.title.en)} | ${names(m.leadUnits)} | ${rules} |`,
    );
  }

  push('', '## Chapters and sections', '');
  for (const c of getPlan().chapters) {
    push(`### ${NUMERALS[c.number - 1] ?? c.number}、${c.title.zh} (${c.title.en})`, '');
    const inChapter = listSections().filter((s) => s.chapter === c.number);
    if (inChapter.length > 0) {
      push('| Section | Title | English title | Lead units | Responsible units | Measures |', '| --- | --- | --- | --- | --- | --- |');
      for (const s of inChapter) {
        push(
          `| （${NUMERALS[s.ordinal - 1] ?? s.ordinal}） | ${cell(s.title.zh)} | ${cell(s.title.en)} | ${names(s.leadUnits)} | ${names(s.responsibleUnits)} | ${numbers(s.measureNumbers)} |`,
        );
      }
    } else {
      push('Safeguard items (unnumbered, listed by `listSafeguards()`):', '', '| Item | Title | English title |', '| --- | --- | --- |');
      for (const s of listSafeguards().filter((x) => x.chapter === c.number)) {
        push(`| （${NUMERALS[s.ordinal - 1] ?? s.ordinal}） | ${cell(s.title.zh)} | ${cell(s.title.en)} |`);
      }
    }
    push('');
  }

  push('## Topics', '', '| Topic | Meaning | Measures |', '| --- | --- | --- |');
  for (const t of TOPICS) {
    push(`| \`${t}\` | ${TOPIC_LABELS[t]} | ${numbers(listMeasures({ topic: t }).map((m) => m.number))} |`);
  }

  push(
    '',
    '## Departments',
    '',
    'In order of first appearance. `getDepartment` accepts the id, the name or any alias.',
    '',
    '| Id | Name | Aliases | English name | Kind | Lead in | Responsible in |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const d of listDepartments()) {
    const lead = listMeasures({ department: d.id, role: 'lead' }).map((m) => m.number);
    const resp = listMeasures({ department: d.id, role: 'responsible' }).map((m) => m.number);
    push(
      `| \`${d.id}\` | ${cell(d.name.zh)} | ${d.aliases.length === 0 ? '—' : d.aliases.map(cell).join('、')} | ${cell(d.name.en)} | ${KIND_LABELS[d.kind]} | ${ranges(lead)} | ${ranges(resp)} |`,
    );
  }
  push('');
  return out.join('\n');
}

/** `[1, 2, 3, 5]` → `'1–3, 5'`. */
function ranges(list: readonly number[]): string {
  if (list.length === 0) return '—';
  const parts: string[] = [];
  let start = list[0] as number;
  let prev = start;
  for (const n of [...list.slice(1), Number.NaN]) {
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    parts.push(start === prev ? String(start) : `${start}–${prev}`);
    start = n;
    prev = n;
  }
  return parts.join(', ');
}

/**
 * Writes (or with `check` compares) docs/measures.md.
 *
 * @param check - Compare with the file on disk instead of writing it.
 * @returns `false` when checking and the file is stale.
 */
export function generateMeasuresDoc(check: boolean): boolean {
  return writeGenerated(DOC_PATH, renderMeasuresDoc(), { check, command: 'tsx scripts/generate/generateMeasuresDoc.ts' });
}

runAsScript(import.meta.url, generateMeasuresDoc);
