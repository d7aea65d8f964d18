import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitMeasureSchemas, measureJsonSchemas } from '../../scripts/build/emitMeasureSchemas.js';
import { DOC_PATH } from '../../scripts/generate/generateMeasuresDoc.js';
import { parseSeed, SEED_PATH } from '../../scripts/generate/generateMeasuresData.js';
import { listDepartments, listMeasures, getPlan, listSafeguards, listSections } from '../../src/measures/index.js';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const seedText = read(SEED_PATH);

// `npm run data:check` fails when src/measures/data.generated.ts or docs/measures.md differs from what its generator
// makes (scripts/generate/generateMeasuresData.ts, scripts/generate/generateMeasuresDoc.ts).
describe('generated files', () => {
  it('lists every measure in docs/measures.md with its number, title, English title, lead units and rules', () => {
    const doc = read(DOC_PATH);
    for (const m of listMeasures()) {
      const row = doc.split('\n').find((l) => l.startsWith(`| ${m.number} (\`${m.id}\`) |`));
      expect(row, `measure ${m.number}`).toBeDefined();
      expect(row).toContain(m.title.zh);
      expect(row).toContain(m.title.en);
      for (const d of m.leadUnits) expect(row).toContain(d.name.zh);
      for (const r of m.rules) expect(row).toContain(r);
    }
  });
});

describe('the seed generator', () => {
  const lines = seedText.split('\n');
  const replaceLine = (match: (l: string) => boolean, next: (l: string) => string[]): string =>
    lines.flatMap((l) => (match(l) ? next(l) : [l])).join('\n');

  it('rejects a gap in the measure numbers', () => {
    const text = replaceLine((l) => l.startsWith('13．'), () => []);
    expect(() => parseSeed(text)).toThrow(/measure 14 out of order \(expected 13\)/);
  });

  it('rejects a unit that has no editorial entry', () => {
    const text = replaceLine((l) => l.startsWith('（四）促进政府采购'), (l) => [l.replace('区财政局', '区审计局')]);
    expect(() => parseSeed(text)).toThrow(/no departments entry for 区审计局/);
  });

  it('rejects a measure without a title sentence unless it has an editorial title', () => {
    const text = replaceLine((l) => l.startsWith('6．'), () => ['6．压减接入时间，获得用水一般项目用户全流程总用时不超过9个工作日']);
    expect(() => parseSeed(text)).toThrow(/measure 6 has no title sentence/);
  });

  it('rejects a line it does not recognise, naming the line', () => {
    const text = replaceLine((l) => l.startsWith('本方案'), (l) => ['附件：无', l]);
    expect(() => parseSeed(text)).toThrow(/jiangjin-2021-113\.txt:\d+: unrecognised line/);
  });
});

describe('JSON Schemas', () => {
  it('emits plan, section, measure, safeguard and department schemas into the given directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yingshang-schemas-'));
    try {
      emitMeasureSchemas(join(dir, 'schemas'));
      expect(readdirSync(join(dir, 'schemas')).sort()).toEqual(
        ['department.json', 'measure.json', 'plan.json', 'safeguard.json', 'section.json'],
      );
      const measure = JSON.parse(readFileSync(join(dir, 'schemas', 'measure.json'), 'utf8')) as Record<string, unknown>;
      expect(measure['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(measure['title']).toBe('Measure');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('requires exactly the properties the exported data has', () => {
    const schemas = measureJsonSchemas();
    const samples = { plan: getPlan(), section: listSections()[0], measure: listMeasures()[12], safeguard: listSafeguards()[0], department: listDepartments()[0] };
    for (const [name, sample] of Object.entries(samples)) {
      const schema = schemas[name as keyof typeof schemas];
      expect(Object.keys(schema['properties'] as object).sort(), name).toEqual(Object.keys(sample as object).sort());
      expect(schema['additionalProperties'], name).toBe(false);
    }
  });
});
