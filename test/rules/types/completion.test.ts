/**
 * An editor completes rule ids: the TypeScript language service (what VS Code and other editors ask) offers every
 * built-in id, and nothing else, inside the quotes of each function that takes a rule.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { listRules } from '../../../src/rules/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const FILE = join(ROOT, 'test/rules/types/completionProbe.ts');
const CALLS = ["evaluate('", "safeEvaluate('", "evaluateMany('", "getRule('", "explain(result, { rule: '"];
const SOURCE = [
  "import { evaluate, safeEvaluate, evaluateMany, getRule, explain, type DeadlineResult } from '../../../src/index.js';",
  'declare const result: DeadlineResult;',
  ...CALLS.map((call) => `${call}');`),
  '',
].join('\n');

/** A language service over the project's tsconfig with one extra, in-memory file. */
function languageService(): ts.LanguageService {
  const configPath = join(ROOT, 'tsconfig.json');
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, (path) => ts.sys.readFile(path)).config, ts.sys, ROOT, undefined, configPath);
  const read = (path: string): string | undefined => (path === FILE ? SOURCE : ts.sys.readFile(path));
  return ts.createLanguageService({
    getScriptFileNames: () => [FILE],
    getScriptVersion: () => '1',
    getScriptSnapshot: (path) => {
      const text = read(path);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => ROOT,
    getCompilationSettings: () => config.options,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (path) => path === FILE || ts.sys.fileExists(path),
    readFile: read,
  });
}

describe('rule id completion', () => {
  it('offers exactly the built-in ids in evaluate, safeEvaluate, evaluateMany, getRule and explain', () => {
    const service = languageService();
    const ids = listRules().map((rule) => rule.id).sort();
    for (const call of CALLS) {
      const position = SOURCE.indexOf(`${call}')`) + call.length;
      const names = (service.getCompletionsAtPosition(FILE, position, {})?.entries ?? []).map((entry) => entry.name).sort();
      expect(names, call).toEqual(ids);
    }
  }, 60_000);
});
