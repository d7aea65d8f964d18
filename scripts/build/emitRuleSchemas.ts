/**
 * Writes the JSON Schemas of `yingshang/rules`: rule definitions (what `defineRule` accepts) and the facts of each kind
 * (one file per built-in threshold rule, whose facts are its inputs), generated from the zod schemas, for systems that
 * are not written in TypeScript. Dates are the `'YYYY-MM-DD'` form (a `Date` has no JSON form).
 *
 * Run by `tsx scripts/build/emitJsonSchemas.ts <outDir>` (the build passes `dist/schemas`).
 */
import { z } from 'zod/mini';
import { DateInputSchema, ISO_DATE_PATTERN } from '../../src/rules/schema/dateSchemas.js';
import {
  AverageFactsSchema,
  DeadlineFactsSchema,
  FixedDateFactsSchema,
  RuleDefinitionSchema,
  listRules,
  TargetFactsSchema,
  thresholdFactsSchema,
} from '../../src/rules/index.js';
import { titledJsonSchema, writeJsonSchemas } from './writeJsonSchemas.js';

const SOURCE = 'yingshang/rules';

/** Turns zod's JSON Schema output into plain JSON Schema: dates as strings, no `readOnly` markers (frozen output is a runtime detail). */
function toJsonSchema(schema: z.ZodMiniType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const json = ctx.jsonSchema as Record<string, unknown>;
      delete json['readOnly'];
      if (ctx.zodSchema === DateInputSchema) {
        for (const key of Object.keys(json)) Reflect.deleteProperty(json, key);
        Object.assign(json, { type: 'string', format: 'date', pattern: ISO_DATE_PATTERN.source, description: "A date written 'YYYY-MM-DD' (Asia/Shanghai)." });
      }
    },
  });
}

function document(schema: z.ZodMiniType, title: string, description: string): Record<string, unknown> {
  return titledJsonSchema(toJsonSchema(schema), title, description);
}

/**
 * The JSON Schema documents of the rules module, by file name (without `.json`).
 *
 * @returns `rule-definition`, `deadline-facts`, `fixed-date-facts`, `target-facts`, `average-facts` and
 * `threshold-facts.<ruleId>` for each built-in threshold rule; each a draft 2020-12 JSON Schema.
 */
export function ruleJsonSchemas(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {
    'rule-definition': document(RuleDefinitionSchema, 'RuleDefinition', `A rule definition of any kind, as accepted by defineRule (${SOURCE}).`),
    'deadline-facts': document(DeadlineFactsSchema, 'DeadlineFacts', `Facts of a period deadline: { start, end?, asOf?, pauses? } (${SOURCE}).`),
    'fixed-date-facts': document(FixedDateFactsSchema, 'FixedDateFacts', `Facts of a fixed-date deadline (期日): { end?, asOf? } (${SOURCE}).`),
    'target-facts': document(TargetFactsSchema, 'TargetFacts', `Facts of a target: { value, asOf, baseline? } (${SOURCE}).`),
    'average-facts': document(AverageFactsSchema, 'AverageFacts', `Facts of an average rule: { cases: [{ start, end, pauses? }] } (${SOURCE}).`),
  };
  for (const rule of listRules()) {
    if (rule.kind !== 'threshold') continue;
    out[`threshold-facts.${rule.id}`] = document(
      thresholdFactsSchema(rule.inputs),
      `ThresholdFacts (${rule.id})`,
      `Facts of the threshold rule ${rule.id}: ${Object.keys(rule.inputs).join(', ')}; decimals as plain strings or finite numbers (${SOURCE}).`,
    );
  }
  return out;
}

/**
 * Writes `<name>.json` for every schema into `outDir` (created if needed), next to the measures' schemas.
 *
 * @param outDir - The target directory.
 * @returns The paths written.
 */
export function emitRuleSchemas(outDir: string): string[] {
  return writeJsonSchemas(outDir, ruleJsonSchemas());
}
