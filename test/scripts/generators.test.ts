import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATORS } from '../../scripts/check/checkGenerated.js';
import { renderPackageJson } from '../../scripts/generate/generatePackageExports.js';
import { LIBRARY_ENTRIES } from '../../tsup.config.js';

describe('npm run data:check', () => {
  it('runs every generator of scripts/generate/ but the golden explanations, which a unit test compares', () => {
    const modules = readdirSync(new URL('../../scripts/generate/', import.meta.url))
      .filter((file) => /^(generate|sync)[A-Z]\w*\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''));
    expect(GENERATORS.map((generator) => generator.name).sort()).toEqual(modules.filter((name) => name !== 'generateExplanationsGolden').sort());
  });
});

describe("package.json's generated entry fields", () => {
  const current = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  const rendered = JSON.parse(renderPackageJson(current)) as Record<string, unknown>;
  const exports = rendered['exports'] as Record<string, unknown>;

  it('export one subpath per library entry of tsup.config.ts, and package.json', () => {
    expect(Object.keys(exports)).toEqual(['.', './calendar', './measures', './rules', './procurement', './utilities', './sql', './package.json']);
    expect(Object.keys(exports)).toHaveLength(Object.keys(LIBRARY_ENTRIES).length + 1);
  });

  it('give Node the bundled builds and every other tool the per-file ES modules, each with its declarations', () => {
    expect(exports['./calendar']).toEqual({
      node: {
        import: { types: './dist/calendar/index.d.ts', default: './dist/calendar/index.js' },
        require: { types: './dist/calendar/index.d.cts', default: './dist/calendar/index.cjs' },
      },
      import: { types: './dist/calendar/index.d.ts', default: './dist/modules/calendar/index.js' },
      require: { types: './dist/calendar/index.d.cts', default: './dist/calendar/index.cjs' },
    });
    expect(rendered).toMatchObject({ main: './dist/index.cjs', module: './dist/modules/index.js', types: './dist/index.d.ts', bin: { yingshang: './dist/cli.js' } });
  });

  it('replace a stale map and leave every other field, and the order of the fields, as they were', () => {
    const stale = { ...(JSON.parse(current) as Record<string, unknown>), exports: { '.': './dist/old.js' }, main: './old.cjs' };
    expect(renderPackageJson(JSON.stringify(stale))).toBe(renderPackageJson(current));
    expect(Object.keys(rendered)).toEqual(Object.keys(JSON.parse(current) as object));
  });
});
