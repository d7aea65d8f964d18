import { cruise, type ICruiseResult, type IReporterOutput } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

/**
 * What dependency-cruiser finds reading `src/` of `baseDir` with the project's config: how many modules it read, and
 * each rule broken as `rule: from → to`.
 */
async function cruiseSrc(baseDir: string): Promise<{ readonly modules: number; readonly violations: readonly string[] }> {
  const config = await extractDepcruiseConfig('./.dependency-cruiser.cjs');
  const tsConfig = extractTSConfig('tsconfig.json');
  const { output } = (await cruise(['src'], { ...config.options, validate: true, ruleSet: config, baseDir }, undefined, { tsConfig })) as IReporterOutput & {
    output: ICruiseResult;
  };
  return { modules: output.summary.totalCruised, violations: output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort() };
}

describe('the layers of src/ (.dependency-cruiser.cjs)', () => {
  it('hold: no import against errors ← _internal ← calendar, measures ← rules ← façades ← CLI, and no cycle', async () => {
    const { modules, violations } = await cruiseSrc(process.cwd());
    expect(modules).toBeGreaterThan(200);
    expect(violations).toEqual([]);
  });

  it('catch an import against the layers and a cycle of type-only imports', async () => {
    const { violations } = await cruiseSrc(`${process.cwd()}/test/fixtures/layering`);
    expect(violations).toEqual(['calendar-below-rules: src/calendar/usesRules.ts → src/rules/ruleName.ts', 'no-cycle: src/errors/first.ts → src/errors/second.ts']);
  });
});
