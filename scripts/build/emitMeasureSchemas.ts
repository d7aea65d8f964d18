/**
 * Writes the JSON Schemas of the measures catalogue (plan, section, measure, safeguard, department), generated from the
 * zod schemas of `yingshang/measures`, for systems that are not written in TypeScript.
 *
 * Run by `tsx scripts/build/emitJsonSchemas.ts <outDir>` (the build passes `dist/schemas`).
 */
import { z } from 'zod/mini';
import { DepartmentSchema, MeasureSchema, PlanSchema, PlanSafeguardSchema, PlanSectionSchema } from '../../src/measures/index.js';
import { titledJsonSchema, writeJsonSchemas } from './writeJsonSchemas.js';

const SOURCE = '江津府办发〔2021〕113号 《江津区2021年深化“放管服”改革优化营商环境实施方案》';

const SCHEMAS = {
  plan: {
    schema: PlanSchema,
    title: 'Plan',
    description: `The metadata of ${SOURCE}: title, document number, issuer, dates, covering notice, chapters, preamble and closing clause (yingshang \`plan\`).`,
  },
  section: {
    schema: PlanSectionSchema,
    title: 'Section',
    description: `A section of chapters 一–三 of ${SOURCE}, with its lead and responsible units and the numbers of its measures (an item of yingshang \`sections\`).`,
  },
  measure: {
    schema: MeasureSchema,
    title: 'Measure',
    description: `One of the 53 numbered measures of ${SOURCE}, with its verbatim text, units, rule ids and topics (an item of yingshang \`measures\`).`,
  },
  safeguard: {
    schema: PlanSafeguardSchema,
    title: 'Safeguard',
    description: `One of the four safeguard items of chapter 四 of ${SOURCE} (an item of yingshang \`safeguards\`).`,
  },
  department: {
    schema: DepartmentSchema,
    title: 'Department',
    description: `A unit named as a lead or responsible unit in ${SOURCE}, placeholders included (an item of yingshang \`departments\`).`,
  },
} as const;

/**
 * The JSON Schema documents of the catalogue, by file name (without `.json`).
 *
 * @returns `{ plan, section, measure, safeguard, department }`, each a draft 2020-12 JSON Schema.
 */
export function measureJsonSchemas(): Record<keyof typeof SCHEMAS, Record<string, unknown>> {
  const out = {} as Record<keyof typeof SCHEMAS, Record<string, unknown>>;
  for (const [name, { schema, title, description }] of Object.entries(SCHEMAS) as [keyof typeof SCHEMAS, (typeof SCHEMAS)[keyof typeof SCHEMAS]][]) {
    out[name] = titledJsonSchema(z.toJSONSchema(schema, { io: 'input' }), title, description);
  }
  return out;
}

/**
 * Writes `<name>.json` for every schema into `outDir` (created if needed).
 *
 * @param outDir - The target directory.
 * @returns The paths written.
 */
export function emitMeasureSchemas(outDir: string): string[] {
  return writeJsonSchemas(outDir, measureJsonSchemas());
}
