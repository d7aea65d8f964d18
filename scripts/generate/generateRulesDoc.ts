/**
 * Generates `docs/rules.md`: every built-in rule with its clause, semantics, parameters, legal basis and examples,
 * each example's result and its `explain` output in Chinese and English, all computed from the code.
 *
 * Usage: `tsx scripts/generate/generateRulesDoc.ts` (write) or `tsx scripts/generate/generateRulesDoc.ts --check` (exit 1 when stale).
 */
import { defineRule, evaluate, explain, listRules, type BuiltInRule, type RuleDefinition } from '../../src/rules/index.js';
import { RULE_EXAMPLES } from './ruleExamples.js';
import { runAsScript, writeGenerated } from './writeGenerated.js';

/** Path of the generated document, relative to the package root. */
const DOC_PATH = 'docs/rules.md';

const COMMON_FIELDS = new Set(['id', 'kind', 'timing', 'measure', 'clause', 'name', 'description', 'legalBasis']);

/** A JSON block with one line per top-level field, each value compact. */
function json(value: unknown): string {
  const body =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? `{\n${Object.entries(value)
          .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
          .join(',\n')}\n}`
      : JSON.stringify(value);
  return ['```json', body, '```'].join('\n');
}

function kindOf(rule: BuiltInRule): string {
  switch (rule.kind) {
    case 'deadline':
      return rule.timing === 'fixed_date' ? `deadline, fixed date ${rule.due}` : `deadline, ${rule.limit.amount} ${rule.limit.unit.replace('_', ' ')}`;
    case 'threshold':
      return `threshold, ${rule.comparison.replace('_', ' ')} ${rule.limits.map((l) => l.value).join(' / ')}`;
    case 'target':
      return `target, ${rule.direction.replace('_', ' ')} ${rule.target} by ${rule.due}`;
    case 'average':
      return `average, mean ≤ ${rule.limit.amount} ${rule.limit.unit.replace('_', ' ')}`;
  }
}

function parameters(rule: RuleDefinition): Record<string, unknown> {
  return Object.fromEntries(Object.entries(rule).filter(([key]) => !COMMON_FIELDS.has(key)));
}

function ruleSection(rule: BuiltInRule): string[] {
  const lines = [
    `### \`${rule.id}\``,
    '',
    `**${rule.name.zh}** · ${rule.name.en} · measure ${rule.measure} · ${kindOf(rule)}`,
    '',
    `> ${rule.clause}`,
    '',
    `- ${rule.description.zh}`,
    `- ${rule.description.en}`,
    '',
    'Parameters:',
    '',
    json(parameters(rule)),
    '',
  ];
  if ('legalBasis' in rule && rule.legalBasis.length > 0) {
    lines.push('Legal basis:', '', ...rule.legalBasis.map((b) => `- ${b.citation}：「${b.quote}」`), '');
  }
  const examples: readonly { readonly note: string; readonly facts: unknown }[] = RULE_EXAMPLES[rule.id];
  for (const { note, facts } of examples) {
    const result = evaluate(rule.id, facts);
    lines.push(
      `Example: ${note}.`,
      '',
      json(facts),
      '',
      'gives (shown with `trace: false`)',
      '',
      json(evaluate(rule.id, facts, { trace: false })),
      '',
      `- ${explain(result)}`,
      `- ${explain(result, { locale: 'en' })}`,
      '',
    );
  }
  return lines;
}

function customRuleSection(): string[] {
  const definition = {
    id: 'bishan-water-connection',
    kind: 'deadline',
    timing: 'period',
    name: { zh: '获得用水（另一区县）', en: 'Water connection (another district)' },
    description: { zh: '获得用水不超过7个工作日。', en: 'Water connection within 7 working days.' },
    trigger: { zh: '受理用水报装申请', en: 'the water connection application was accepted' },
    action: { zh: '完成接水', en: 'connect the water supply' },
    limit: { amount: 7, unit: 'working_days' },
  } as const;
  const rule = defineRule(definition);
  const result = evaluate(rule, { start: '2021-09-28', end: '2021-10-12' });
  return [
    '## Custom rules',
    '',
    'Another district’s limits are plain JSON, validated by the same schema as the built-in rules (`dist/schemas/rule-definition.json`):',
    '',
    '```ts',
    `const rule = defineRule(${JSON.stringify(definition, null, 2)});`,
    "const result = evaluate(rule, { start: '2021-09-28', end: '2021-10-12' });",
    'explain(result, { rule });',
    '```',
    '',
    json(evaluate(rule, { start: '2021-09-28', end: '2021-10-12' }, { trace: false })),
    '',
    `- ${explain(result, { rule })}`,
    `- ${explain(result, { rule, locale: 'en' })}`,
    '',
  ];
}

const SEMANTICS = `## How rules are evaluated

\`evaluate(ruleOrId, facts, { calendar?, trace? })\` validates the facts, judges them and returns a result whose \`kind\`
is the rule's. Domain outcomes (missed, not met, behind…) are values; bad input throws a typed error
(\`INVALID_FACTS\` with every problem and its path, \`UNKNOWN_RULE\`, \`INVALID_RULE\`, \`CALENDAR_OUT_OF_RANGE\`).
\`safeEvaluate\` returns \`{ success, data | error }\` instead. \`explain(result, { locale: 'zh-CN' | 'en' })\` tells a
person why. Dates cross the API as \`'YYYY-MM-DD'\`; a \`Date\` is read as its Asia/Shanghai date.

### Deadlines

- Facts \`{ start, end?, asOf?, pauses? }\`; a fixed due date takes \`{ end?, asOf? }\`. \`asOf\` defaults to today in
  Asia/Shanghai and is ignored when \`end\` is given.
- The trigger day (\`start\`) is day 0 and never counted (民法典 §201). Day N is included (以内, §1259).
- **Working days**: the due date is the N-th working day after \`start\` on the calendar (Monday–Friday, minus the
  official rest days, plus the make-up working days 调休上班 of the State Council notices).
- **Calendar days**: day N is N days after \`start\`; if it is not a working day it rolls to the next working day
  (§203; \`roll: 'statutory_holidays_only'\` rolls only out of holiday breaks, their joined weekend days included, to
  the day after the break; \`'none'\` never).
- **Fixed date** (期日, e.g. “10月底前”): due on that day, never rolled.
- **Pauses** \`[{ from, to, reason? }]\`: no day from \`from\` to \`to\` (both included) counts; the due date moves out by the
  paused days; overlapping pauses merge. A calendar-day due date that rolls into a pause moves past it. A 0-day rule
  whose trigger day is paused is due on the first day of its unit after the pause (working days and calendar days
  alike: a paused day is never a period's last day). A pause that begins after the due date cannot revive the expired
  period: it is ignored (kept in the trace as \`ignored\`) and the result has a \`'PAUSE_AFTER_DUE'\` warning.
- Status: \`met\` (end ≤ due), \`missed\` (end > due), \`pending\` (no end, start ≤ asOf ≤ due), \`overdue\` (no end,
  asOf > due), \`not_started\` (asOf before start: no \`elapsed\` or \`remaining\`). \`elapsed\` counts the limit's unit in
  (start, end or asOf], net of pauses; \`remaining\` (in time) counts (end or asOf, due]; \`overBy\` (late) counts
  (due, end or asOf], in working days up to the first working day on or after end or asOf, so it is at least 1 (the
  last day ends at 24:00, §203). The result carries \`start\` and \`end\` or \`asOf\`. A fixed date has no \`limit\` or
  \`elapsed\`, and counts \`remaining\`/\`overBy\` in calendar days.
- Contradictory facts (\`end\` before \`start\`) are \`INVALID_FACTS\` naming both fields.

### Thresholds

- Facts are the rule's inputs: decimals as plain strings (\`'1000000.00'\`, at most the input's decimals) or finite
  numbers (read as written: \`0.1\` is 0.1), booleans, enum values. Unknown keys are rejected.
- Every comparison is exact (BigInt fixed point): 30.00% is met, 29.999…% is not. \`at_least\` is ≥ (不低于),
  \`at_most\` is ≤ (不超过, 及以下 includes the number).
- The first limit whose conditions hold applies (50% for an SME, else 30%). If the applicability conditions do not
  hold, the status is \`not_applicable\`.
- A ratio's \`actual\`, \`required\` and \`shortfall\` are fractions to 6 decimals, \`actual\` rounded towards failing;
  \`requiredAmount\` is the numerator that meets the limit (rounded up to the fen), \`shortfallAmount\` what is missing.

### Targets

- Facts \`{ value, asOf, baseline? }\`. \`achieved\` when the value meets the target; otherwise \`missed\` after the due
  date, and before it \`on_track\` when progress ≥ the share of days from the start (2021-08-01, when the plan took
  effect) to \`asOf\` (both included) in the days to the due date, compared in integers; else \`behind\`.
- Progress is value ÷ target, or for an \`at_most\` target (baseline − value) ÷ (baseline − target).

### Averages

- Facts \`{ cases: [{ start, end, pauses? }] }\`. Each case's duration is counted like a deadline's \`elapsed\`.
  \`met\` when sum ≤ limit × count (exact); \`no_data\` without cases. \`withinLimit\` counts cases ≤ the limit.
`;

/**
 * The text of `docs/rules.md`.
 *
 * @returns The whole document.
 */
function renderRulesDoc(): string {
  const lines = [
    '# Rules (`yingshang/rules`)',
    '',
    '<!-- GENERATED by scripts/generate/generateRulesDoc.ts from the rule definitions and scripts/generate/ruleExamples.ts. Do not edit: run `tsx scripts/generate/generateRulesDoc.ts`. -->',
    '',
    'Every quantitative rule of 江津府办发〔2021〕113号 as a typed, serialisable definition, and one `evaluate` that judges',
    'facts against any of them. Examples are evaluated with the built-in 2021 calendar (国办发明电〔2020〕27号).',
    '',
    '```ts',
    "import { evaluate, explain } from 'yingshang/rules';",
    '',
    "const result = evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' });",
    'result.status; //=> \'met\'',
    "explain(result, { locale: 'en' });",
    '```',
    '',
    SEMANTICS,
    '## The rules',
    '',
    '| id | measure | kind | rule |',
    '| --- | --- | --- | --- |',
    ...listRules().map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.measure} | ${kindOf(r)} | ${r.name.zh} · ${r.name.en} |`),
    '',
    ...listRules().flatMap(ruleSection),
    ...customRuleSection(),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/**
 * Writes (or with `check` compares) docs/rules.md.
 *
 * @param check - Compare with the file on disk instead of writing it.
 * @returns `false` when checking and the file is stale.
 */
export function generateRulesDoc(check: boolean): boolean {
  return writeGenerated(DOC_PATH, renderRulesDoc(), { check, command: 'tsx scripts/generate/generateRulesDoc.ts' });
}

runAsScript(import.meta.url, generateRulesDoc);
