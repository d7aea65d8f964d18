/**
 * The build's last step: writes the JSON Schemas of `yingshang/measures` and `yingshang/rules` into the directory given
 * as the first argument, one process for both.
 *
 * Usage: `tsx scripts/build/emitJsonSchemas.ts <outDir>` (the build passes `dist/schemas`).
 */
import { resolve } from 'node:path';
import { emitMeasureSchemas } from './emitMeasureSchemas.js';
import { emitRuleSchemas } from './emitRuleSchemas.js';

const outDir = process.argv[2];
if (outDir === undefined) {
  console.error('Usage: tsx scripts/build/emitJsonSchemas.ts <outDir>');
  process.exitCode = 1;
} else {
  for (const emit of [emitMeasureSchemas, emitRuleSchemas]) {
    for (const path of emit(resolve(outDir))) console.log(`Wrote ${path}`);
  }
}
