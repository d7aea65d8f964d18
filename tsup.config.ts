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
  noExternal: ['zod'],
});
