/**
 * `npm run data:check`: the generators of scripts/generate/ in check mode, in one process. Validates the seeds and
 * fails, naming the command that regenerates it, on any generated file that differs from what its generator makes.
 * Each generator still runs alone: `tsx scripts/generate/<generator>.ts [--check]`.
 */
import { pathToFileURL } from 'node:url';
import { generateCalendarTable } from '../generate/generateCalendarTable.js';
import { generateConnectionsCsv } from '../generate/generateConnectionsCsv.js';
import { generateLunarTable } from '../generate/generateLunarTable.js';
import { generateMeasuresData } from '../generate/generateMeasuresData.js';
import { generateMeasuresDoc } from '../generate/generateMeasuresDoc.js';
import { generateMessagesGolden } from '../generate/generateMessagesGolden.js';
import { generatePackageExports } from '../generate/generatePackageExports.js';
import { generateRuleIdsByMeasure } from '../generate/generateRuleIdsByMeasure.js';
import { generateRulesDoc } from '../generate/generateRulesDoc.js';
import { syncCoverageStatements } from '../generate/syncCoverageStatements.js';
import { syncDocSnippets } from '../generate/syncDocSnippets.js';
import type { Generator } from '../generate/writeGenerated.js';

/**
 * Every generator of scripts/generate/ (a test checks that none is missing) but the golden explanations, which
 * test/rules/explanationsGolden.test.ts compares word for word: a golden test of `explain`, in the unit suite.
 */
export const GENERATORS: readonly Generator[] = [
  generateCalendarTable,
  syncCoverageStatements,
  generateLunarTable,
  generateMeasuresData,
  generateRuleIdsByMeasure,
  generateMeasuresDoc,
  generateRulesDoc,
  generateConnectionsCsv,
  syncDocSnippets,
  generatePackageExports,
  generateMessagesGolden,
];

/**
 * Runs every generator in check mode, each even when one before it failed.
 *
 * @returns The names of the generators that failed (a stale file, an invalid seed or a thrown error).
 */
export function checkGenerated(): string[] {
  const failed: string[] = [];
  for (const generator of GENERATORS) {
    try {
      if (!generator(true)) failed.push(generator.name);
    } catch (error) {
      console.error(`${generator.name}: ${error instanceof Error ? error.message : String(error)}`);
      failed.push(generator.name);
    }
  }
  return failed;
}

/**
 * Runs every generator in write mode (`--write`): what `npm run calendar:add-notice` does after adding a year.
 *
 * @returns The names of the generators that failed.
 */
function regenerateAll(): string[] {
  return GENERATORS.filter((generator) => !generator(false)).map((generator) => generator.name);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const failed = process.argv.includes('--write') ? regenerateAll() : checkGenerated();
  if (failed.length > 0) {
    console.error(`Generated files are stale or their input is invalid: ${failed.join(', ')}.`);
    process.exitCode = 1;
  }
}
