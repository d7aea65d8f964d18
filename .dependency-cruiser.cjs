/**
 * The layers of src/ and the one direction imports run (docs/architecture.md). `npm test` runs
 * `depcruise src` with this file: any import cycle (type-only imports included) or any import against
 * the layers fails it.
 *
 *   errors ← _internal ← calendar, measures ← rules ← procurement, utilities, sql ← cli, index.ts
 *
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'An import cycle, type-only imports included.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'errors-import-nothing',
      severity: 'error',
      comment: 'src/errors is the bottom layer: it imports only itself.',
      from: { path: '^src/errors/' },
      to: { path: '^src/', pathNot: '^src/errors/' },
    },
    {
      name: 'internal-imports-only-errors',
      severity: 'error',
      comment: 'src/_internal (kind-free helpers) imports only src/errors.',
      from: { path: '^src/_internal/' },
      to: { path: '^src/', pathNot: '^src/(errors|_internal)/' },
    },
    {
      name: 'calendar-below-rules',
      severity: 'error',
      comment: 'The calendar is below the measures and the rules: it imports only errors and _internal.',
      from: { path: '^src/calendar/' },
      to: { path: '^src/', pathNot: '^src/(errors|_internal|calendar)/' },
    },
    {
      name: 'measures-below-rules',
      severity: 'error',
      comment: 'The measures are data: they import only errors and _internal.',
      from: { path: '^src/measures/' },
      to: { path: '^src/', pathNot: '^src/(errors|_internal|measures)/' },
    },
    {
      name: 'rules-below-facades',
      severity: 'error',
      comment: 'The rules import only the layers below them, never a façade, the SQL builder or the CLI.',
      from: { path: '^src/rules/' },
      to: { path: '^src/(procurement|utilities|sql|cli|index\\.ts)' },
    },
    {
      name: 'facades-use-the-rules-surface',
      severity: 'error',
      comment:
        'Façades, the SQL builder and the CLI use the rules through src/rules/index.ts (public) and src/rules/internal.ts (package-internal), not their inner files.',
      from: { path: '^src/(procurement|utilities|sql|cli)/' },
      to: { path: '^src/rules/', pathNot: '^src/rules/(index|internal)\\.ts$' },
    },
    {
      name: 'facades-side-by-side',
      severity: 'error',
      comment: 'procurement, utilities and sql do not import one another nor the CLI.',
      from: { path: '^src/(procurement|utilities|sql)/' },
      to: { path: '^src/(cli|index\\.ts)', pathNot: '^src/$1/' },
    },
    {
      name: 'rule-kinds-apart',
      severity: 'error',
      comment:
        'Each kind of rule (deadline/, threshold/, target/, average/) stands on the engine, schema, days and text folders, not on another kind.',
      from: { path: '^src/rules/(deadline|threshold|target|average)/' },
      to: { path: '^src/rules/(deadline|threshold|target|average)/', pathNot: '^src/rules/$1/' },
    },
    {
      name: 'kinds-reached-through-the-registry',
      severity: 'error',
      comment:
        'engine/, schema/, text/ and days/ (net day counting and pauses, shared by deadlines and averages) are what the kinds stand on: they import no kind, nor the registry (src/rules/kinds.ts, kindRegistry.ts) that lists them.',
      from: { path: '^src/rules/(engine|schema|text|days)/' },
      to: { path: ['^src/rules/(deadline|threshold|target|average)/', '^src/rules/kind(s|Registry)\\.ts$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.generated\\.ts$' },
    // Type-only imports count: a cycle through `import type` is still a cycle a reader must untangle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
