import { defineConfig } from 'vitest/config';

/**
 * Host time zones for the tests that read a JS `Date` or the clock (test/timezone/): UTC, China, a zone with DST west
 * of UTC, one with DST south of the equator, and UTC+14. The rest of the suite passes only 'YYYY-MM-DD' strings.
 * `npm run test:tz`, a stage of `npm test` beside the coverage run: five workers, each loading src/ for one test file,
 * took 15 CPU-seconds of the coverage stage's critical path, and the unit tests reach every line they do (one branch
 * fewer: 3,808 of 4,177).
 */
const TIME_ZONES = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Australia/Sydney', 'Pacific/Kiritimati'];

/** A guard against a hung test, not a measure of speed: a busy machine may run a test several times slower. */
const HANG_TIMEOUT = 60_000;

/** Unit tests that replace a module (`vi.mock`), so need a module registry of their own. */
const NEEDS_OWN_MODULES = ['test/rules/throwAwayKind.test.ts'];

/**
 * The tests that load the TypeScript compiler (`npm run test:examples`): the API examples build a TypeScript program over
 * src/ and run every `@example`; the rule-id completion test asks TypeScript's language service what an editor offers.
 * A stage of `npm test` of their own, outside the coverage run: v8's precise coverage slows the whole compiler they load
 * (the examples took a third of the coverage stage's critical path, the completion test 4.7 s of it), and every line of
 * src/ they reach is covered by the unit tests.
 */
const TYPESCRIPT_TESTS = ['test/docs/examples.test.ts', 'test/rules/types/completion.test.ts'];

/**
 * The adversarial SQL check on DuckDB, in process: hundreds of generated records per rule through
 * every query and through `evaluateMany`. They run in the `servers` project (`npm run test:servers`, a stage of its
 * own beside the coverage run) with the same checks on the real servers: under coverage they took a third of the
 * coverage stage's critical path, and the unit tests of test/sql cover every line they reach.
 */
const SQL_ADVERSARIAL = ['test/sql/duckdbAdversarial.test.ts'];

/**
 * The period-deadline queries in DuckDB and in PostgreSQL (PGlite), and the other kinds of rules in PostgreSQL, each
 * row checked against the library: the `engines` project, run by `npm run test:unit` and, in `npm test`, by the
 * `test:servers` stage beside the coverage run. Under coverage they took about 25 of its 110 CPU-seconds (PGlite starts
 * a PostgreSQL in WebAssembly behind a file system in JavaScript; DuckDB runs on every core), and every line and branch
 * of src/ they reach is reached by the unit tests. The DuckDB check of the other kinds of rules (test/sql/duckdbKinds)
 * stays in the unit project: the branches of the threshold and average queries that it reaches, no unit test does.
 */
const SQL_ENGINES = ['test/sql/duckdb.test.ts', 'test/sql/postgres.test.ts', 'test/sql/postgresKinds.test.ts'];

export default defineConfig({
  test: {
    // Coverage of `src/` by the unit project (`vitest run --project 'unit*' --coverage`). The `built` project spawns the
    // built binary, which v8 cannot see; the CLI's code is covered by the in-process tests of test/cli/.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: [
        // Generated data tables: arrays of literals, checked by `npm run data:check`, with no branches to test.
        'src/**/*.generated.ts',
        // The process wrapper around runCli (process.argv, stdout backpressure, exit code): runs only as a real process.
        'src/cli/bin.ts',
      ],
      reporter: ['text-summary', 'html'],
      thresholds: { lines: 95, branches: 90 },
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/built/**', 'test/package/**', 'test/servers/**', 'test/timezone/**', 'test/web/**', 'node_modules/**', ...NEEDS_OWN_MODULES, ...TYPESCRIPT_TESTS, ...SQL_ADVERSARIAL, ...SQL_ENGINES],
          // The files share each worker's loaded modules instead of importing src/ afresh: half the suite's CPU time.
          // A test may therefore not leave global state changed (fake timers, TZ, Object.prototype) behind.
          isolate: false,
          testTimeout: HANG_TIMEOUT,
        },
      },
      { test: { name: 'unit:isolated', include: NEEDS_OWN_MODULES, testTimeout: HANG_TIMEOUT } },
      // The two files share the worker's loaded modules (TypeScript's compiler, src/), as the unit files do: 2 CPU-seconds.
      { test: { name: 'examples', include: TYPESCRIPT_TESTS, isolate: false, testTimeout: HANG_TIMEOUT } },
      // The files share the worker's loaded modules (the engines' bindings, src/), as the unit files do.
      { test: { name: 'engines', include: SQL_ENGINES, isolate: false, testTimeout: HANG_TIMEOUT } },
      {
        // `npm run test:types`: the type tests (`*.test-d.ts`: `expectTypeOf`, `// @ts-expect-error`), checked by tsc
        // with the project's tsconfig, never run.
        test: { name: 'types', include: [], typecheck: { enabled: true, only: true, include: ['test/**/*.test-d.ts'], tsconfig: 'tsconfig.json' } },
      },
      // `npm run test:tz`: the Date-reading tests once per host time zone.
      ...TIME_ZONES.map((tz) => ({ test: { name: `tz:${tz}`, include: ['test/timezone/**/*.test.ts'], env: { TZ: tz }, testTimeout: HANG_TIMEOUT } })),
      {
        // What the build made (test/built/): the binary and the examples, spawned, and the browser bundles. Run after
        // `npm run build`. A spawned process may wait for a busy machine's cores.
        test: { name: 'built', include: ['test/built/**/*.test.ts'], testTimeout: HANG_TIMEOUT },
      },
      {
        // `npm run test:servers`, a stage of `npm test`: the SQL in real database servers the tests start themselves
        // (MariaDB and PostgreSQL 15 on unix sockets; .ci/run installs Debian's mariadb-server and postgresql-15), and
        // the adversarial checks on the in-process engines. Generous limits: a busy machine starts a server slowly. The
        // files share the worker's loaded modules (the database clients, src/), as the unit files do: 8 CPU-seconds.
        test: { name: 'servers', include: ['test/servers/**/*.test.ts', ...SQL_ADVERSARIAL], isolate: false, testTimeout: 600_000, hookTimeout: 300_000 },
      },
      {
        // The page of examples/web/ in Debian's Chromium: run after `npm run web` (`npm run test:web` does both).
        test: { name: 'web', include: ['test/web/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000 },
      },
    ],
  },
});
