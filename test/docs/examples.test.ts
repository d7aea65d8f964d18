/**
 * Runs the `@example` of every export of the subpath barrels (the typedoc entry points) and checks its `//=>` results.
 *
 * The examples are read with the TypeScript compiler API: the exports of `src/{calendar,measures,rules,procurement,
 * utilities,sql}/index.ts`, followed through their re-exports to their declarations, and the JSDoc of those declarations
 * and of their members (methods of interfaces and classes).
 *
 * Conventions of an example (a fenced ```` ```ts ```` block under `@example`):
 * - Every export of `yingshang` (values and types) is in scope; an example has no `import`.
 * - `expr; //=> value` on one line, or a statement followed by a `//=>` line (several `//=>` lines in a row make one
 *   value): `value` is a JavaScript expression, deeply equal (vitest `toEqual`) to `expr`. After a
 *   `const x = expr;` the value is checked against `x`. A note may follow the value as a `// comment`.
 * - `expr; //=> throws CODE`: `expr` throws a library error with that code (`isYingshangError(e, CODE)`).
 * - Every example has at least one `//=>`, and every `//=>` follows a top-level statement.
 * - The example type-checks under the project's strict tsconfig (`// @ts-expect-error` marks an intentionally bad call).
 * - Top-level `await` is allowed.
 *
 * Required: an example on every exported function, and on every method of an exported interface or class that users
 * call (a method with the name of an exported function, as the `Calendar` methods, may share that function's example).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as yingshang from '../../src/index.js';

/** Exports allowed without an `@example`, with the reason. Ideally empty. */
const EXEMPT: Readonly<Record<string, string>> = {};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BARRELS = ['calendar', 'measures', 'rules', 'procurement', 'utilities', 'sql'].map((name) => join(ROOT, 'src', name, 'index.ts'));
const ROOT_BARREL = join(ROOT, 'src', 'index.ts');

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(ROOT, 'tsconfig.json');
  const read: { readonly config?: unknown; readonly error?: ts.Diagnostic } = ts.readConfigFile(configPath, (path) => readFileSync(path, 'utf8'));
  const { config, error } = read;
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, configPath);
  // An example need not use every name in scope, and imports them all without `type`.
  return { ...parsed.options, noUnusedLocals: false, noUnusedParameters: false, verbatimModuleSyntax: false, noEmit: true };
}

interface Example {
  /** `isWorkingDay`, `Calendar.addWorkingDaysDetailed`… */
  readonly owner: string;
  /** `src/…/file.ts:line` of the `@example` tag. */
  readonly where: string;
  readonly code: string;
}

interface Inventory {
  readonly examples: readonly Example[];
  /** Exported functions (and methods users call) with no example, by name. */
  readonly missing: readonly string[];
  readonly functions: readonly string[];
  readonly methods: readonly string[];
  /** Every export name of the root entry (values and types), for the examples' scope when type-checking. */
  readonly rootNames: readonly string[];
  /** The value exports of the subpaths. */
  readonly values: readonly string[];
  readonly program: ts.Program;
}

/** `list[i]`, which the caller knows is there. */
function at<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`No item ${i} in a list of ${list.length}.`);
  return item;
}

const isExampleTag = (tag: ts.JSDocTag): boolean => tag.tagName.text === 'example';

/** The code of an `@example` comment: the body of its fenced block, or the whole text when it has none. */
function exampleCode(comment: string): string {
  const fenced = /^```[\w-]*\n([\s\S]*?)\n?```\s*$/m.exec(comment.trim());
  return (fenced?.[1] ?? comment).replace(/\s+$/, '');
}

function examplesOf(owner: string, node: ts.Node): Example[] {
  const file = node.getSourceFile();
  return ts.getJSDocTags(node).filter(isExampleTag).map((tag) => {
    const { line } = file.getLineAndCharacterOfPosition(tag.getStart(file));
    const comment = typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment) ?? '';
    return { owner, where: `${relative(ROOT, file.fileName)}:${line + 1}`, code: exampleCode(comment) };
  });
}

function isFunctionDeclaration(node: ts.Declaration): boolean {
  if (ts.isFunctionDeclaration(node)) return true;
  return ts.isVariableDeclaration(node) && node.initializer !== undefined && (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer));
}

type Member = ts.ClassElement | ts.TypeElement;

function isMethod(member: Member): boolean {
  if (ts.isMethodDeclaration(member) || ts.isMethodSignature(member)) {
    const modifiers = ts.canHaveModifiers(member) ? ts.getModifiers(member) : undefined;
    return !(modifiers ?? []).some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword) && !ts.isPrivateIdentifier(member.name);
  }
  return ts.isPropertySignature(member) && member.type !== undefined && ts.isFunctionTypeNode(member.type);
}

function inventory(): Inventory {
  const program = ts.createProgram([...BARRELS, ROOT_BARREL], compilerOptions());
  const checker = program.getTypeChecker();
  const exportsOf = (file: string): ts.Symbol[] => {
    const source = program.getSourceFile(file);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`Cannot read the exports of ${file}.`);
    return checker.getExportsOfModule(module);
  };
  const examples: Example[] = [];
  const missing: string[] = [];
  const functions: string[] = [];
  const methods: string[] = [];
  const values: string[] = [];
  const memberOwners: { owner: string; members: readonly Member[] }[] = [];
  const seen = new Set<ts.Symbol>();
  for (const barrel of BARRELS) {
    for (const exported of exportsOf(barrel)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (symbol.flags & ts.SymbolFlags.Value) values.push(exported.name);
      if (seen.has(symbol)) continue;
      seen.add(symbol);
      const declarations = symbol.declarations ?? [];
      const own = declarations.flatMap((d) => examplesOf(symbol.name, d));
      examples.push(...own);
      if (declarations.some(isFunctionDeclaration)) {
        functions.push(symbol.name);
        if (own.length === 0) missing.push(symbol.name);
      }
      for (const d of declarations) {
        if (!ts.isClassDeclaration(d) && !ts.isInterfaceDeclaration(d)) continue;
        const members: readonly Member[] = d.members;
        for (const member of members) examples.push(...examplesOf(`${symbol.name}.${member.name?.getText() ?? '?'}`, member));
        memberOwners.push({ owner: symbol.name, members });
      }
    }
  }
  const documentedFunctions = new Set(functions.filter((f) => !missing.includes(f)));
  for (const { owner, members } of memberOwners) {
    for (const member of members.filter(isMethod)) {
      const name = member.name?.getText() ?? '?';
      methods.push(`${owner}.${name}`);
      if (examplesOf(name, member).length === 0 && !documentedFunctions.has(name)) missing.push(`${owner}.${name}`);
    }
  }
  const rootNames = exportsOf(ROOT_BARREL).map((s) => s.name);
  return { examples, missing: missing.filter((name) => !(name in EXEMPT)), functions, methods, rootNames, values: [...new Set(values)], program };
}

interface Assertion {
  /** The checked statement, as written. */
  readonly source: string;
  /** The expected value, as written (or `throws CODE`). */
  readonly expected: string;
}

/**
 * Rewrites an example so that each `//=>` becomes a call to the checks: `__value(i, () => expr)` … Returns the
 * TypeScript code and the assertions, in order.
 */
function instrument(code: string): { code: string; assertions: Assertion[] } {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const assertions: Assertion[] = [];
  let consumed = 0;
  let out = '';
  let cursor = 0;
  for (const [index, statement] of file.statements.entries()) {
    if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) {
      throw new Error('An example has no import or export: every export of `yingshang` is in scope.');
    }
    const next = file.statements[index + 1];
    const limit = next ? next.getStart(file) : code.length;
    const comments = [...(ts.getTrailingCommentRanges(code, statement.end) ?? []), ...(ts.getLeadingCommentRanges(code, statement.end) ?? [])]
      .filter((range, i, all) => range.pos < limit && all.findIndex((r) => r.pos === range.pos) === i)
      .sort((a, b) => a.pos - b.pos);
    const arrows = comments.filter((range) => code.startsWith('//=>', range.pos));
    if (arrows.length === 0) continue;
    const contiguous = arrows.every((range, i) => i === 0 || code.slice(at(arrows, i - 1).end, range.pos).trim() === '');
    if (!contiguous) throw new Error(`Separate \`//=>\` comments after one statement: ${statement.getText(file)}`);
    consumed += arrows.length;
    const expected = arrows.map((range) => code.slice(range.pos + 4, range.end)).join('\n').trim();
    const source = statement.getText(file);
    const i = assertions.length;
    assertions.push({ source, expected });
    const thrown = /^throws\s+([A-Z][A-Z_]*)\s*(?:\/\/.*)?$/.exec(expected);
    if (!thrown && syntaxErrors(`(\n${expected}\n);`).length > 0) {
      throw new Error(`Not a JavaScript value after \`//=>\` (write \`throws CODE\` for an error, a \`// note\` after the value): ${source} //=> ${expected}`);
    }
    let replacement: string;
    if (ts.isExpressionStatement(statement)) {
      const expr = statement.expression.getText(file);
      replacement = thrown
        ? `{ let __threw = false; try { (${expr}); } catch (__e) { __threw = true; __throws(${i}, __e, ${JSON.stringify(thrown[1])}); } if (!__threw) __throws(${i}, undefined, ${JSON.stringify(thrown[1])}, false); }`
        : `{ let __actual: unknown; try { __actual = (${expr}); } catch (__e) { __unexpected(${i}, __e); } __equal(${i}, __actual, __value(${i}, () => (\n${expected}\n))); }`;
    } else if (
      !thrown &&
      ts.isVariableStatement(statement) &&
      statement.declarationList.declarations.length === 1 &&
      ts.isIdentifier(at(statement.declarationList.declarations, 0).name)
    ) {
      const name = at(statement.declarationList.declarations, 0).name.getText(file);
      replacement = `${source}\n__equal(${i}, ${name}, __value(${i}, () => (\n${expected}\n)));`;
    } else {
      throw new Error(`A \`//=>\` follows neither an expression nor \`const x = …\`: ${source}`);
    }
    out += code.slice(cursor, statement.getStart(file)) + replacement;
    cursor = statement.end;
  }
  out += code.slice(cursor);
  if (assertions.length === 0) throw new Error('The example checks nothing: add a `//=>` result.');
  if (consumed !== (code.match(/\/\/=>/g)?.length ?? 0)) {
    throw new Error('A `//=>` is not after a top-level statement (inside a block or an expression), so it would not be checked.');
  }
  return { code: out, assertions };
}

/** Thrown for a check that failed, with the example's own words. */
class ExampleFailure extends Error {}

function transpile(code: string): ts.TranspileOutput {
  return ts.transpileModule(code, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false, isolatedModules: true },
    reportDiagnostics: true,
  });
}

function syntaxErrors(code: string): string[] {
  return (transpile(code).diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

async function run(example: Example): Promise<number> {
  const errors = syntaxErrors(example.code);
  if (errors.length > 0) throw new Error(`The example does not parse: ${errors.join('; ')}`);
  const { code, assertions } = instrument(example.code);
  const transpiled = transpile(code);
  const syntax = transpiled.diagnostics ?? [];
  if (syntax.length > 0) throw new Error(`The instrumented example does not compile: ${syntax.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')).join('; ')}`);
  const label = (i: number): string => `${at(assertions, i).source}  //=> ${at(assertions, i).expected}`;
  const helpers = {
    __equal(i: number, actual: unknown, expected: unknown): void {
      expect(actual, label(i)).toEqual(expected);
    },
    __value(i: number, expected: () => unknown): unknown {
      try {
        return expected();
      } catch (error) {
        throw new ExampleFailure(`${label(i)}\n  the value after //=> throws ${String(error)} (a note goes in a \`// comment\` after the value)`, { cause: error });
      }
    },
    __unexpected(i: number, error: unknown): never {
      throw new ExampleFailure(`${label(i)}\n  threw ${String(error)}`, { cause: error });
    },
    __throws(i: number, error: unknown, code: string, threw = true): void {
      if (!threw) throw new ExampleFailure(`${label(i)}\n  did not throw`);
      if (!yingshang.isYingshangError(error, code as yingshang.ErrorCode)) throw new ExampleFailure(`${label(i)}\n  threw ${String(error)}`, { cause: error });
    },
  };
  const scope = { ...yingshang, ...helpers } as Record<string, unknown>;
  const AsyncFunction = (Object.getPrototypeOf(async () => {}) as { constructor: unknown }).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
  const body = `'use strict';\n{\n${transpiled.outputText}\n}`;
  await new AsyncFunction(...Object.keys(scope), body)(...Object.values(scope));
  return assertions.length;
}

/** Type-checks every example in one program, with every export of the root entry imported. */
function typeErrors(examples: readonly Example[], { program, rootNames }: Inventory): string[] {
  const options = program.getCompilerOptions();
  const dir = join(ROOT, 'test', 'docs');
  const header = `import { ${rootNames.join(', ')} } from '../../src/index.js';\n{\n`;
  const files = new Map(examples.map((example, i) => [join(dir, `__example${i}.ts`), `${header}${example.code}\n}\nexport {};\n`]));
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (name, languageVersion, ...rest) => {
    const text = files.get(resolve(name));
    return text === undefined ? getSourceFile(name, languageVersion, ...rest) : ts.createSourceFile(name, text, languageVersion, true);
  };
  host.fileExists = (name) => files.has(resolve(name)) || fileExists(name);
  host.readFile = (name) => files.get(resolve(name)) ?? readFile(name);
  const checked = ts.createProgram({ rootNames: [...files.keys()], options, host, oldProgram: program });
  const headerLines = header.split('\n').length - 1;
  return [...files.keys()].flatMap((name, i) => {
    const source = checked.getSourceFile(name);
    if (source === undefined) throw new Error(`${name} was not compiled`);
    return [...checked.getSyntacticDiagnostics(source), ...checked.getSemanticDiagnostics(source)].map((d) => {
      const line = d.start === undefined ? 0 : source.getLineAndCharacterOfPosition(d.start).line - headerLines + 1;
      return `${at(examples, i).owner} (${at(examples, i).where}), example line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
  });
}

const found = inventory();

describe('API examples', () => {
  it('covers every exported function and every method users call', () => {
    expect(found.functions.length).toBeGreaterThan(25);
    expect(found.missing, 'exports without an @example').toEqual([]);
    for (const name of Object.keys(EXEMPT)) expect([...found.functions, ...found.methods], `stale exemption ${name}`).toContain(name);
  });

  it('run with every export of `yingshang` in scope, which holds every value of the subpaths', () => {
    expect(found.values.filter((name) => !(name in yingshang))).toEqual([]);
  });

  it('type-check under the strict tsconfig', { timeout: 60_000 }, () => {
    expect(typeErrors(found.examples, found)).toEqual([]);
  });

  it.each(found.examples.map((example) => [`${example.owner} (${example.where})`, example] as const))('%s', async (_, example) => {
    expect(await run(example)).toBeGreaterThan(0);
  });
});
