/**
 * What `scripts/emitMeasureSchemas.ts` and `scripts/emitRuleSchemas.ts` share: a titled JSON Schema document, writing
 * every document to `<outDir>/<name>.json`, and their command line `tsx <script> <outDir>`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A JSON Schema with a title and a description, placed right after `$schema`.
 *
 * @param jsonSchema - zod's JSON Schema output.
 * @returns `{ $schema, title, description, ...the rest }`.
 */
export function titledJsonSchema(jsonSchema: Record<string, unknown>, title: string, description: string): Record<string, unknown> {
  const { $schema, ...rest } = jsonSchema;
  return { $schema, title, description, ...rest };
}

/**
 * Writes `<name>.json` for every schema into `outDir` (created if needed).
 *
 * @param outDir - The target directory.
 * @param schemas - The documents, by file name (without `.json`).
 * @returns The paths written.
 */
export function writeJsonSchemas(outDir: string, schemas: Readonly<Record<string, unknown>>): string[] {
  mkdirSync(outDir, { recursive: true });
  return Object.entries(schemas).map(([name, doc]) => {
    const path = join(outDir, `${name}.json`);
    writeFileSync(path, `${JSON.stringify(doc, null, 2)}\n`);
    return path;
  });
}

/**
 * The command line of an emit script: writes the schemas into the directory given as the first argument and lists
 * the paths written, or prints the usage and sets exit code 1 without one.
 *
 * @param script - The script's path, for the usage line (`scripts/emitMeasureSchemas.ts`).
 * @param emit - Writes the schemas into a directory and returns the paths written.
 */
export function runEmitSchemas(script: string, emit: (outDir: string) => string[], argv: readonly string[] = process.argv.slice(2)): void {
  const outDir = argv[0];
  if (!outDir) {
    console.error(`Usage: tsx ${script} <outDir>`);
    process.exitCode = 1;
  } else {
    for (const path of emit(resolve(outDir))) console.log(`Wrote ${path}`);
  }
}
