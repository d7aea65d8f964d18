import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { docFiles, GUIDE_DIRS, parseAnnotations, parseRegions, ROOT, syncAll, syncDoc, type Problem, type Regions } from '../../scripts/generate/syncDocSnippets.js';

/** The guides every language has (issue 7), besides its README.md index. */
const GUIDES = ['getting-started', 'calendar', 'rules', 'procurement', 'utilities', 'cli', 'updating-data', 'errors', 'performance', 'web-page', 'sql'];
/** An example runs as a real process (the SQL one boots two embedded databases): generous on a busy machine. */
const SPAWN_TIMEOUT = 120_000;

const RECORDER = new URL('./consoleRecorder.mjs', import.meta.url).href;
const scratch = mkdtempSync(join(tmpdir(), 'yingshang-doc-snippets-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Every console.log of the example itself: the line of the call and what it printed. */
  readonly records: readonly { readonly line: number | null; readonly text: string }[];
}

const runs = new Map<string, Run>();

/** Runs an example (against the build, as `npm test` does), once, recording its console.log calls. */
function run(example: string): Run {
  const cached = runs.get(example);
  if (cached) return cached;
  const path = join(ROOT, example);
  const recordFile = join(scratch, `${runs.size}.json`);
  const env = { ...process.env, TZ: 'Asia/Shanghai', YINGSHANG_RECORD_SOURCE: pathToFileURL(path).href, YINGSHANG_RECORD_FILE: recordFile };
  const child = example.endsWith('.sh')
    ? spawnSync('bash', [path], { encoding: 'utf8', env })
    : spawnSync(process.execPath, ['--import', RECORDER, path], { encoding: 'utf8', env });
  const records = existsSync(recordFile) ? (JSON.parse(readFileSync(recordFile, 'utf8')) as Run['records']) : [];
  const result = { status: child.status, stdout: child.stdout.replaceAll('\r\n', '\n'), stderr: child.stderr, records };
  runs.set(example, result);
  return result;
}

const examples = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.mjs'))
  .sort()
  .map((f) => `examples/${f}`);

describe('the guides and README against the examples', () => {
  const { changed, problems, outputs } = syncAll();

  it('take every code block from a region of an example, up to date (run `tsx scripts/generate/syncDocSnippets.ts`)', () => {
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
    expect([...changed.keys()]).toEqual([]);
  });

  it('have the same guides in English and Chinese', () => {
    const [en, zh] = GUIDE_DIRS.map((dir) => readdirSync(join(ROOT, dir)).sort());
    expect(en).toEqual(['README.md', ...GUIDES.map((g) => `${g}.md`)].sort());
    expect(zh).toEqual(en);
  });

  it('show output (`<!-- output: … -->`) in some guide and README', () => {
    expect(outputs.length).toBeGreaterThan(0);
    expect(outputs.some((o) => o.doc === 'README.md')).toBe(true);
  });

  for (const output of outputs) {
    it(`${output.doc}:${output.line} shows what ${output.example} prints`, () => {
      const result = run(output.example);
      expect(result.status).toBe(0);
      expect(output.text.trim()).not.toBe('');
      expect(result.stdout).toContain(output.text);
    }, SPAWN_TIMEOUT);
  }

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

describe('examples/*.mjs', () => {
  for (const example of examples) {
    const source = readFileSync(join(ROOT, example), 'utf8');
    const problems: Problem[] = [];
    const annotations = parseAnnotations(source, example, problems);
    if (annotations.length === 0 && problems.length === 0) continue;
    it(`${example} prints what its \`//=>\` comments say`, () => {
      expect(problems).toEqual([]);
      const result = run(example);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const callLines = annotations.map((a) => a.callLine);
      expect(new Set(callLines).size, 'one `//=>` per console.log').toBe(callLines.length);
      for (const { line, callLine, expected } of annotations) {
        const printed = result.records.filter((r) => r.line === callLine).map((r) => r.text);
        expect(printed.join('\n'), `${example}:${line} (console.log on line ${callLine})`).toBe(expected);
        expect(printed.length, `${example}:${callLine} printed something`).toBeGreaterThan(0);
      }
    }, SPAWN_TIMEOUT);
  }
});

describe('scripts/generate/syncDocSnippets.ts', () => {
  const example = ['// #region a', '  const x = 1;', '  // #region b', '  console.log(x); //=> 1', '  // #endregion b', '// #endregion a', ''].join('\n');
  const regionsOf = (file: string): Regions | undefined => (file === 'examples/x.mjs' ? parseRegions(example, file) : undefined);

  it('reads nested regions, without their markers and dedented', () => {
    expect(Object.fromEntries(parseRegions(example, 'examples/x.mjs'))).toEqual({ a: 'const x = 1;\nconsole.log(x); //=> 1', b: 'console.log(x); //=> 1' });
  });

  it('reports unclosed, mismatched and duplicate regions', () => {
    const problems: Problem[] = [];
    parseRegions('// #region a\n// #region a\n// #endregion b\n', 'examples/y.mjs', problems);
    expect(problems.map((p) => p.message)).toEqual([
      'region `a` is defined twice',
      '`#endregion b` closes region `a` (opened on line 2)',
      'region `a` is never closed',
    ]);
  });

  it('rewrites a stale snippet from its region and leaves everything else alone', () => {
    const doc = ['# Guide', '', '<!-- snippet: examples/x.mjs#b -->', '```js', 'old();', '```', '', 'Text.', ''].join('\n');
    const problems: Problem[] = [];
    const { content } = syncDoc('docs/en/g.md', doc, regionsOf, true, problems);
    expect(problems).toEqual([]);
    expect(content).toBe(doc.replace('old();', 'console.log(x); //=> 1'));
    expect(syncDoc('docs/en/g.md', content, regionsOf, true, []).content).toBe(content);
  });

  it('refuses code blocks without a marker in the guides, but not in README', () => {
    const doc = '```sh\nnpm test\n```\n';
    const problems: Problem[] = [];
    syncDoc('docs/en/g.md', doc, regionsOf, true, problems);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/not taken from examples/);
    const none: Problem[] = [];
    expect(syncDoc('README.md', doc, regionsOf, false, none).content).toBe(doc);
    expect(none).toEqual([]);
  });

  it('reports unknown examples and regions, and markers without a block', () => {
    const problems: Problem[] = [];
    const doc = ['<!-- snippet: examples/x.mjs#c -->', '```js', '```', '<!-- snippet: examples/none.mjs#a -->', '```js', '```', '<!-- snippet: src/index.ts#a -->', '```ts', '```', '<!-- output: examples/x.mjs -->', 'text', '<!-- snipet: examples/x.mjs#a -->'].join('\n');
    syncDoc('docs/en/g.md', doc, regionsOf, true, problems);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '1: `examples/x.mjs` has no region `c` (it has: a, b)',
      '4: `examples/none.mjs` does not exist',
      '7: `src/index.ts` is not in examples/ (snippets come from the runnable examples)',
      '10: an output marker must be followed directly by a fenced code block or a blockquote',
      '12: malformed marker `<!-- snipet: examples/x.mjs#a -->`: write `<!-- snippet: examples/<file>#<region> -->` or `<!-- output: examples/<file> -->`',
    ]);
  });

  it('collects output blocks, fenced or quoted', () => {
    const doc = ['<!-- output: examples/x.mjs -->', '```text', '1', '```', '<!-- output: examples/x.mjs -->', '> a', '> b', ''].join('\n');
    const { outputs } = syncDoc('docs/en/g.md', doc, regionsOf, true, []);
    expect(outputs.map((o) => o.text)).toEqual(['1', 'a\nb']);
  });

  it('reads `//=>` comments with their continuation lines and the console.log they describe', () => {
    const source = ['console.log(1); //=> 1', 'for (const x of [2, 3]) {', '  console.log(x);', '}', '//=> 2', '//   3', 'const y = 4;'].join('\n');
    expect(parseAnnotations(source, 'examples/x.mjs')).toEqual([
      { line: 1, callLine: 1, expected: '1' },
      { line: 5, callLine: 3, expected: '2\n3' },
    ]);
  });
});
