import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'calendar/index': 'src/calendar/index.ts',
    'measures/index': 'src/measures/index.ts',
    'rules/index': 'src/rules/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  // One shared chunk per module, so every subpath sees the same error classes and the same default calendar.
  splitting: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  // zod is bundled (tree-shaken) so that a cold `import 'yingshang/calendar'` does not load zod's hundred files
  // (≈ 50 ms); zod stays a dependency for the types of the exported schemas.
  noExternal: ['zod'],
  // Keep Chinese text as UTF-8 rather than \uXXXX escapes: the measures' text is half the size.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
