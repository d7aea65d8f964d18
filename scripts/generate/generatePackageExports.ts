/**
 * Generates package.json's "main", "module", "types", "bin" and "exports" from the entries of tsup.config.ts, so that
 * every built entry is exported under the same conditions and no field names a file the build does not make.
 *
 *   tsx scripts/generate/generatePackageExports.ts          rewrite those fields of package.json
 *   tsx scripts/generate/generatePackageExports.ts --check  exit 1 if they differ from the entries
 *
 * Each subpath has three builds: under "node", the bundled ES module (zod inlined: a quick cold start)
 * and its CommonJS twin; under "import" for every other tool, the per-file ES modules of dist/modules/ that bundlers
 * tree-shake (tsup.config.ts says what that measurably saves); "require" elsewhere gets the CommonJS build.
 */
import { readFileSync } from 'node:fs';
import { CLI_ENTRY, LIBRARY_ENTRIES, MODULES_DIR } from '../../tsup.config.js';
import { PACKAGE_ROOT, runAsScript, writeGenerated } from './writeGenerated.js';

const PACKAGE_JSON = 'package.json';

/** The exports of one entry (`'calendar/index'`): ESM and CJS builds with their declarations, by condition. */
function conditionsOf(entry: string) {
  const built = `./dist/${entry}`;
  const esm = { types: `${built}.d.ts`, default: `${built}.js` };
  const cjs = { types: `${built}.d.cts`, default: `${built}.cjs` };
  return { node: { import: esm, require: cjs }, import: { types: esm.types, default: `./${MODULES_DIR}/${entry}.js` }, require: cjs };
}

/**
 * The package's "exports": one subpath per library entry (`index` → `.`, `calendar/index` → `./calendar`), and
 * `./package.json`.
 *
 * @throws Error when an entry's source is not `src/<entry>.ts`, the path its per-file module is built to.
 */
export function packageExports(): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  for (const [entry, source] of Object.entries(LIBRARY_ENTRIES)) {
    if (source !== `src/${entry}.ts`) throw new Error(`tsup.config.ts: the entry ${entry} must be built from src/${entry}.ts, not ${source}.`);
    exports[entry === 'index' ? '.' : `./${entry.replace(/\/index$/, '')}`] = conditionsOf(entry);
  }
  exports['./package.json'] = './package.json';
  return exports;
}

/**
 * package.json with its entry fields generated; every other field, and the order of all fields, as in `text`.
 *
 * @param text - The current package.json.
 */
export function renderPackageJson(text: string): string {
  const pkg = JSON.parse(text) as Record<string, unknown>;
  const [cli] = Object.keys(CLI_ENTRY);
  pkg['bin'] = { [String(pkg['name'])]: `./dist/${cli}.js` };
  pkg['main'] = './dist/index.cjs';
  pkg['module'] = `./${MODULES_DIR}/index.js`;
  pkg['types'] = './dist/index.d.ts';
  pkg['exports'] = packageExports();
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/**
 * Writes (or with `check` compares) package.json's entry fields.
 *
 * @param check - Compare with package.json on disk instead of writing it.
 * @returns `false` when checking and the fields differ from the entries.
 */
export function generatePackageExports(check: boolean): boolean {
  const current = readFileSync(`${PACKAGE_ROOT}${PACKAGE_JSON}`, 'utf8');
  return writeGenerated(PACKAGE_JSON, renderPackageJson(current), { check, command: 'npm run package:exports', detail: ' ("exports" and the entry fields)' });
}

runAsScript(import.meta.url, generatePackageExports);
