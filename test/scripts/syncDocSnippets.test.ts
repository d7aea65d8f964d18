import { describe, expect, it } from 'vitest';
import { parseAnnotations, parseRegions, syncDoc, type Problem, type Regions } from '../../scripts/generate/syncDocSnippets.js';

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
