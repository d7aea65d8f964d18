import { readFileSync } from 'node:fs';
import { UsageError } from './UsageError.js';

/**
 * The JSON value of a file named by an option (`--schedules 2027.json`, `--rule my-rule.json`); `-` is not a file
 * here. A file that cannot be read or is not JSON is a {@link UsageError} naming the option and the file.
 *
 * @internal
 */
export function readJsonFile(option: string, path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${option} ${JSON.stringify(path)}: ${error instanceof Error ? error.message : String(error)}.`, `无法读取 ${option} ${JSON.stringify(path)}：${error instanceof Error ? error.message : String(error)}。`);
  }
  try {
    const value: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return value;
  } catch (error) {
    throw new UsageError(`${option} ${JSON.stringify(path)} is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`, `${option} ${JSON.stringify(path)} 不是有效的 JSON：${error instanceof Error ? error.message : String(error)}。`);
  }
}
