/**
 * Keeps the code blocks of the guides (`docs/en/**`, `docs/zh-CN/**`) and of `README.md` identical to regions of the
 * runnable examples in `examples/`, which `npm test` runs against the build.
 *
 * In an example, a region is delimited by comment lines (`#` in shell scripts):
 *
 *     // #region calendar-basics
 *     …
 *     // #endregion calendar-basics
 *
 * Regions may nest; marker lines never appear in a snippet, and the snippet is dedented. In a guide, the line before
 * a fenced code block names the region the block is taken from:
 *
 *     <!-- snippet: examples/calendarCounting.mjs#calendar-basics -->
 *
 * Output shown in a guide is marked the same way, `<!-- output: examples/holidayDeadlines.mjs -->`, before a fenced
 * block or a blockquote; this script only checks that the marker is well formed, and `test/built/examples.test.ts`
 * checks against the build that the example really prints that text. In the examples, a `//=>` comment states what
 * the `console.log` on its line (or the nearest `console.log` above it) prints; continuation lines start with `//`
 * and three spaces. That test checks those too.
 *
 * In the guides every fenced block must be a snippet or an output; README's other blocks (the quick-start commands)
 * are left alone.
 *
 * Usage: `tsx scripts/generate/syncDocSnippets.ts` (rewrite the blocks) or `tsx scripts/generate/syncDocSnippets.ts --check` (exit 1
 * when a block is stale or a marker is wrong).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT, runAsScript, writeGenerated } from './writeGenerated.js';

/** The package root, with a trailing separator. */
export const ROOT = PACKAGE_ROOT;

/** The guide directories, one per language, relative to the package root. */
export const GUIDE_DIRS = ['docs/en', 'docs/zh-CN'] as const;

/** Markdown files outside the guide directories whose marked blocks are synchronised. */
export const OTHER_DOCS = ['README.md'] as const;

const REGION_START = /^\s*(?:\/\/|#)\s*#region\s+([\w-]+)\s*$/;
const REGION_END = /^\s*(?:\/\/|#)\s*#endregion(?:\s+([\w-]+))?\s*$/;
const SNIPPET_MARKER = /^<!--\s*snippet:\s*(\S+?)#([\w-]+)\s*-->\s*$/;
const OUTPUT_MARKER = /^<!--\s*output:\s*(\S+?)\s*-->\s*$/;
const ANY_MARKER = /^<!--\s*[\w-]+\s*:\s*\S*examples\//;
const ANNOTATION = /(?<=^|\s)\/\/=> ?/;
const FENCE_OPEN = /^(`{3,}|~{3,})([\w-]*)\s*$/;

/** A problem found in a guide or an example, with where it is. */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** The regions of one example file, by name. */
export type Regions = ReadonlyMap<string, string>;

/** Reads the regions of an example's source. Problems (an unclosed region, a duplicate name…) go to `problems`. */
export function parseRegions(source: string, file: string, problems: Problem[] = []): Regions {
  const regions = new Map<string, string[]>();
  const open: { readonly name: string; readonly line: number }[] = [];
  const lines = source.split('\n');
  lines.forEach((text, i) => {
    const start = REGION_START.exec(text);
    const end = REGION_END.exec(text);
    if (start?.[1] !== undefined) {
      const name = start[1];
      if (regions.has(name)) problems.push({ file, line: i + 1, message: `region \`${name}\` is defined twice` });
      regions.set(name, []);
      open.push({ name, line: i + 1 });
    } else if (end) {
      const closed = open.pop();
      if (!closed) problems.push({ file, line: i + 1, message: '`#endregion` without `#region`' });
      else if (end[1] !== undefined && end[1] !== closed.name) {
        problems.push({ file, line: i + 1, message: `\`#endregion ${end[1]}\` closes region \`${closed.name}\` (opened on line ${closed.line})` });
      }
    } else {
      for (const { name } of open) regions.get(name)?.push(text);
    }
  });
  for (const { name, line } of open) problems.push({ file, line, message: `region \`${name}\` is never closed` });
  return new Map([...regions].map(([name, body]) => [name, dedent(body)]));
}

/** Removes the common indentation and the blank lines at both ends. */
function dedent(lines: readonly string[]): string {
  const body = [...lines];
  while (body.length > 0 && body[0]?.trim() === '') body.shift();
  while (body.length > 0 && body.at(-1)?.trim() === '') body.pop();
  const indent = Math.min(...body.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0));
  return body.map((l) => (l.trim() === '' ? '' : l.slice(indent))).join('\n');
}

/** A fenced block or blockquote that a guide says is output of an example. */
export interface OutputBlock {
  readonly doc: string;
  /** Line of the marker, 1-based. */
  readonly line: number;
  /** The example, relative to the package root (`examples/…`). */
  readonly example: string;
  /** The text shown, without fences or `> ` prefixes. */
  readonly text: string;
}

/** The result of synchronising one document. */
export interface SyncedDoc {
  readonly content: string;
  readonly outputs: readonly OutputBlock[];
}

/**
 * Rewrites every marked code block of one document from the examples' regions and collects its output blocks.
 *
 * @param doc - The document's path relative to the package root (for messages).
 * @param text - The document's text.
 * @param regionsOf - The regions of an example (`examples/…`), or `undefined` when the file does not exist.
 * @param requireMarkers - Whether every fenced block must be marked (the guides) or only marked ones are touched (README).
 * @param problems - Where problems are collected.
 */
export function syncDoc(doc: string, text: string, regionsOf: (example: string) => Regions | undefined, requireMarkers: boolean, problems: Problem[]): SyncedDoc {
  const lines = text.split('\n');
  const out: string[] = [];
  const outputs: OutputBlock[] = [];
  let i = 0;
  const problem = (line: number, message: string) => problems.push({ file: doc, line, message });
  /** Copies a fenced block starting at line `i` (its opening fence) and returns the index after its closing fence. */
  const fenceEnd = (from: number): number => {
    const open = FENCE_OPEN.exec(lines[from] ?? '');
    const fence = open?.[1] ?? '```';
    for (let j = from + 1; j < lines.length; j++) {
      const closing = (lines[j] ?? '').trim();
      if (closing.length >= fence.length && closing === (fence[0] ?? '`').repeat(closing.length)) return j + 1;
    }
    problem(from + 1, 'code block is never closed');
    return lines.length;
  };
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const snippet = SNIPPET_MARKER.exec(line);
    const output = OUTPUT_MARKER.exec(line);
    if (ANY_MARKER.test(line) && !snippet && !output) {
      problem(i + 1, `malformed marker \`${line}\`: write \`<!-- snippet: examples/<file>#<region> -->\` or \`<!-- output: examples/<file> -->\``);
    }
    if (snippet) {
      const [, example = '', region = ''] = snippet;
      out.push(line);
      const open = FENCE_OPEN.exec(lines[i + 1] ?? '');
      if (!open) {
        problem(i + 1, 'a snippet marker must be followed directly by a fenced code block');
        i += 1;
        continue;
      }
      const end = fenceEnd(i + 1);
      const body = regionOf(example, region, regionsOf, (message) => problem(i + 1, message));
      out.push(lines[i + 1] ?? '', ...(body === undefined ? lines.slice(i + 2, end - 1) : body.split('\n')), lines[end - 1] ?? '');
      i = end;
      continue;
    }
    if (output) {
      const [, example = ''] = output;
      out.push(line);
      if (!example.startsWith('examples/') || regionsOf(example) === undefined) problem(i + 1, `\`${example}\` is not a file in examples/`);
      const next = lines[i + 1] ?? '';
      if (FENCE_OPEN.test(next)) {
        const end = fenceEnd(i + 1);
        outputs.push({ doc, line: i + 1, example, text: lines.slice(i + 2, end - 1).join('\n') });
        out.push(...lines.slice(i + 1, end));
        i = end;
      } else if (next.startsWith('>')) {
        let end = i + 1;
        while (end < lines.length && (lines[end] ?? '').startsWith('>')) end++;
        outputs.push({ doc, line: i + 1, example, text: lines.slice(i + 1, end).map((l) => l.replace(/^> ?/, '')).join('\n') });
        out.push(...lines.slice(i + 1, end));
        i = end;
      } else {
        problem(i + 1, 'an output marker must be followed directly by a fenced code block or a blockquote');
        i += 1;
      }
      continue;
    }
    if (FENCE_OPEN.test(line)) {
      if (requireMarkers) problem(i + 1, 'code block not taken from examples/: put `<!-- snippet: examples/<file>#<region> -->` (or `<!-- output: … -->`) on the line before it');
      const end = fenceEnd(i);
      out.push(...lines.slice(i, end));
      i = end;
      continue;
    }
    out.push(line);
    i += 1;
  }
  return { content: out.join('\n'), outputs };
}

function regionOf(example: string, region: string, regionsOf: (example: string) => Regions | undefined, problem: (message: string) => void): string | undefined {
  if (!example.startsWith('examples/')) {
    problem(`\`${example}\` is not in examples/ (snippets come from the runnable examples)`);
    return undefined;
  }
  const regions = regionsOf(example);
  if (regions === undefined) {
    problem(`\`${example}\` does not exist`);
    return undefined;
  }
  const body = regions.get(region);
  if (body === undefined) problem(`\`${example}\` has no region \`${region}\` (it has: ${[...regions.keys()].join(', ') || 'none'})`);
  return body;
}

/** Every Markdown file of the guides and README, relative to the package root, sorted. */
export function docFiles(root: string = ROOT): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir))
      .sort()
      .flatMap((name) => {
        const path = `${dir}/${name}`;
        if (statSync(join(root, path)).isDirectory()) return walk(path);
        return name.endsWith('.md') ? [path] : [];
      });
  return [...OTHER_DOCS, ...GUIDE_DIRS.flatMap((dir) => walk(dir))];
}

/** The result of synchronising every document. */
export interface SyncResult {
  /** Documents whose content would change, with their new content. */
  readonly changed: ReadonlyMap<string, string>;
  readonly problems: readonly Problem[];
  readonly outputs: readonly OutputBlock[];
}

/** Synchronises every guide and README against the examples, without writing anything. */
export function syncAll(root: string = ROOT): SyncResult {
  const problems: Problem[] = [];
  const cache = new Map<string, Regions | undefined>();
  const regionsOf = (example: string): Regions | undefined => {
    if (!cache.has(example)) {
      let source: string | undefined;
      try {
        source = readFileSync(join(root, example), 'utf8');
      } catch {
        source = undefined;
      }
      cache.set(example, source === undefined ? undefined : parseRegions(source, example, problems));
    }
    return cache.get(example);
  };
  const changed = new Map<string, string>();
  const outputs: OutputBlock[] = [];
  for (const doc of docFiles(root)) {
    const text = readFileSync(join(root, doc), 'utf8');
    const synced = syncDoc(doc, text, regionsOf, doc !== 'README.md', problems);
    outputs.push(...synced.outputs);
    if (synced.content !== text) changed.set(doc, synced.content);
  }
  return { changed, problems, outputs };
}

/** A `//=>` comment of an example: what the `console.log` call on `callLine` prints. */
export interface Annotation {
  /** Line of the `//=>` comment, 1-based. */
  readonly line: number;
  /** Line of the `console.log` call it describes, 1-based. */
  readonly callLine: number;
  /** The printed text, one element per line. */
  readonly expected: string;
}

/**
 * Reads the `//=>` comments of an example. A comment describes the `console.log` on its own line, or else the nearest
 * line above it that calls `console.log`; lines right after it that start with `//` and three spaces continue it.
 */
export function parseAnnotations(source: string, file: string, problems: Problem[] = []): Annotation[] {
  const lines = source.split('\n');
  const annotations: Annotation[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? '';
    const at = ANNOTATION.exec(text);
    if (!at) continue;
    const start = i;
    const expected = [text.slice(at.index + at[0].length)];
    while (/^\s*\/\/ {3}/.test(lines[i + 1] ?? '')) {
      expected.push((lines[i + 1] ?? '').replace(/^\s*\/\/ {3}/, ''));
      i++;
    }
    let callLine = -1;
    for (let j = start; j >= 0 && callLine < 0; j--) if ((lines[j] ?? '').includes('console.log(')) callLine = j + 1;
    if (callLine < 0) problems.push({ file, line: start + 1, message: '`//=>` with no `console.log` on its line or above it' });
    else annotations.push({ line: start + 1, callLine, expected: expected.join('\n') });
  }
  return annotations;
}

function format(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

/**
 * Rewrites (or with `check` compares) every guide's code blocks from the regions of the examples.
 *
 * @param check - Compare with the documents on disk instead of rewriting them.
 * @returns `false` when a marker or a region is wrong or, checking, a document is stale (the problems are printed).
 */
export function syncDocSnippets(check: boolean): boolean {
  const { changed, problems } = syncAll();
  for (const problem of problems) console.error(format(problem));
  let ok = problems.length === 0;
  // Nothing is written while a marker or a region is wrong.
  if (ok || check) {
    for (const [doc, content] of changed) ok = writeGenerated(doc, content, { check, command: 'tsx scripts/generate/syncDocSnippets.ts' }) && ok;
  }
  if (ok) console.log(`${docFiles().length} documents: every code block matches its example.`);
  return ok;
}

runAsScript(import.meta.url, syncDocSnippets);
