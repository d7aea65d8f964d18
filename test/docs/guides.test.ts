import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFiles, GUIDE_DIRS, ROOT, syncAll } from '../../scripts/generate/syncDocSnippets.js';

/** The guides every language has (issue 7), besides its README.md index. */
const GUIDES = ['getting-started', 'calendar', 'rules', 'procurement', 'utilities', 'cli', 'updating-data', 'errors', 'performance', 'web-page', 'sql'];

// `npm run data:check` fails when a code block differs from its example's region, and test/built/examples.test.ts runs
// the examples against the build and compares their output with the output blocks.
describe('the guides and README', () => {
  const { outputs } = syncAll();

  it('have the same guides in English and Chinese', () => {
    const [en, zh] = GUIDE_DIRS.map((dir) => readdirSync(join(ROOT, dir)).sort());
    expect(en).toEqual(['README.md', ...GUIDES.map((g) => `${g}.md`)].sort());
    expect(zh).toEqual(en);
  });

  it('show output (`<!-- output: … -->`) in some guide and README', () => {
    expect(outputs.length).toBeGreaterThan(0);
    expect(outputs.some((o) => o.doc === 'README.md')).toBe(true);
  });

  it('link only to files that exist', () => {
    const broken: string[] = [];
    for (const doc of docFiles()) {
      const text = readFileSync(join(ROOT, doc), 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const [, target = ''] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        const path = join(ROOT, dirname(doc), decodeURIComponent(target.replace(/#.*$/, '')));
        if (!existsSync(path)) broken.push(`${doc}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('list every error code of src/errors/codes.ts in both error tables', () => {
    const codes = [...readFileSync(join(ROOT, 'src/errors/codes.ts'), 'utf8').matchAll(/\|\s*'([A-Z_]+)'/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThanOrEqual(10);
    for (const dir of GUIDE_DIRS) {
      const rows = readFileSync(join(ROOT, dir, 'errors.md'), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('|'));
      for (const code of codes) expect(rows.some((row) => row.includes(`\`${code}\``)), `${dir}/errors.md lists ${code}`).toBe(true);
    }
  });

  it('keep the quick-start commands of README verbatim and link the guides in both languages', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('```sh\nnpm ci && npm run demo\nnpm test\n```');
    expect(readme).toContain('](docs/en/README.md)');
    expect(readme).toContain('](docs/zh-CN/README.md)');
  });
});
