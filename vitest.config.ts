import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/cli/**', 'test/package/**', 'node_modules/**'],
        },
      },
      {
        // Spawns the built binary: run after `npm run build`.
        test: { name: 'cli', include: ['test/cli/**/*.test.ts'] },
      },
    ],
  },
});
