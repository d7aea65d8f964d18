import js from '@eslint/js';
import jsdoc from 'eslint-plugin-jsdoc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // test/fixtures/consumer is type-checked against the packed tarball (scripts/check/checkPackedPackage.mjs), not here.
  { ignores: ['dist/**', 'examples/web/dist/**', 'docs/api/**', 'node_modules/**', 'coverage/**', 'test/fixtures/consumer/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    // Every rule is an error and `npm run lint` allows no warning (--max-warnings 0); a disable comment names its rule
    // with the reason after `--`, and one that no longer disables anything is an error too.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', performance: 'readonly' },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `const { trace, ...rest } = result` leaves `trace` out of a copy: the name says what is dropped.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: 'error',
      // Numbers and booleans read well in messages; objects, arrays and `undefined` in a template are still refused.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
    },
  },
  // JavaScript files (bench/, scripts/, examples/, configs) have no types to check against. The page's sources import
  // 'yingshang/…' as an application does, from the built declarations in dist/, which `npm test` builds while lint
  // runs: they are type-checked by `npm run web` (tsc, after the build) instead.
  { files: ['**/*.{js,mjs,cjs}', 'examples/web/src/**/*.ts'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/**/*.ts'],
    plugins: { jsdoc },
    rules: {
      // Every export documented. Every exported function has an example, or is marked `@internal`: the examples of the
      // public API are run and checked by test/docs/examples.test.ts, which also requires one on every function an
      // entry point exports (so `@internal` cannot hide a public function's missing example). An inner function's
      // example would never be run, and an unrun example goes stale: its tests are its examples.
      'jsdoc/require-jsdoc': ['error', { publicOnly: true, require: { FunctionDeclaration: true, ClassDeclaration: true }, contexts: ['TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'ExportNamedDeclaration > VariableDeclaration'] }],
      'jsdoc/require-example': ['error', { contexts: ['ExportNamedDeclaration > FunctionDeclaration'], exemptedBy: ['inheritdoc', 'internal'] }],
      'jsdoc/check-tag-names': ['error', { definedTags: ['category', 'since', 'remarks', 'see'] }],
      'jsdoc/require-param-type': 'off',
      'jsdoc/require-returns-type': 'off',
      // `import * as z from 'zod/mini'`: see below.
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod/mini'] > ImportSpecifier[imported.name='z']",
          message: "Use `import * as z from 'zod/mini'` so the bundle keeps only what it uses.",
        },
        { selector: "ImportDeclaration[source.value='zod']", message: "Use `import * as z from 'zod/mini'` under src/ (bundle size)." },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
