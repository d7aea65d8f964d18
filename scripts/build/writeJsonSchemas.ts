/**
 * What `scripts/build/emitMeasureSchemas.ts` and `scripts/build/emitRuleSchemas.ts` share: a titled JSON Schema
 * document, and writing every document to `<outDir>/<name>.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
