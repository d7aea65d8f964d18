import type { Options } from 'tsup';

/**
 * The library's entry points, `<subpath>/index` → its source. package.json's "main", "module", "types" and "exports"
 * are generated from them (`npm run package:exports`, checked in `npm test`): add a subpath here, then run it.
 */
export const LIBRARY_ENTRIES: Readonly<Record<string, string>> = {
  index: 'src/index.ts',
  'calendar/index': 'src/calendar/index.ts',
  'measures/index': 'src/measures/index.ts',
  'rules/index': 'src/rules/index.ts',
  'procurement/index': 'src/procurement/index.ts',
  'utilities/index': 'src/utilities/index.ts',
  'sql/index': 'src/sql/index.ts',
};

/** The CLI's entry (package.json's "bin" is generated from it too). */
export const CLI_ENTRY: Readonly<Record<string, string>> = { cli: 'src/cli/bin.ts' };

/** Where the one-module-per-source-file build for bundlers goes (the same paths as under src/). */
export const MODULES_DIR = 'dist/modules';

const shared: Options = {
  sourcemap: true,
  treeshake: true,
  target: 'es2022',
  // zod is bundled (tree-shaken) so that a cold import does not load its hundred files one by one (≈ 50 ms); it stays
  // a dependency for the types of the exported schemas and for dist/modules (left to the app's bundler). No runtime
  // code imports date-fns since `explain` writes its dates itself (src/rules/text/formatDay.ts); date-fns is a
  // devDependency, the independent reference of test/rules/text/formatDay.test.ts.
  noExternal: ['zod'],
  // Keep Chinese text as UTF-8 rather than \uXXXX escapes: the measures' text is half the size.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
};

// `npm run build` empties dist/ first; the three builds run side by side and must not clean each other's output.
export default [
  {
    ...shared,
    entry: { ...LIBRARY_ENTRIES },
    format: ['esm', 'cjs'],
    dts: true,
    // Shared chunks, so every subpath sees the same error classes and the same default calendar.
    splitting: true,
    platform: 'neutral',
  },
  {
    // For bundlers (every condition but "node"): one ES module per source file, dependencies left to the app's
    // bundler. Module-level granularity and `sideEffects: false` let the app drop what it does not import: an app
    // that only counts working days does not ship zod, the projection or the export code. Measured (issue 13, the
    // browser bundles of scripts/check/bundleSizes.mjs resolved once through these modules and once through the
    // bundled dist/*.js): the working-day functions take 7.9 kB gzipped from here and 12.0 kB from dist/*.js, over
    // their 8 kB budget; whole subpaths differ by less than 0.5 kB. The app's bundler also shares zod with the app's
    // own copy, which dist/*.js (zod inlined for Node's cold start) cannot. So this second ESM build stays.
    entry: ['src/**/*.ts', '!src/cli/**', '!src/**/*.test.ts'],
    outDir: MODULES_DIR,
    format: ['esm'],
    bundle: false,
    target: 'es2022',
    platform: 'neutral',
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    ...shared,
    // The CLI is the only Node-specific entry.
    entry: { ...CLI_ENTRY },
    format: ['esm'],
    // Each command in its own chunk, loaded when it runs: a call compiles only the code it needs.
    splitting: true,
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
] satisfies Options[];
