/**
 * Keeps every statement of the calendar's coverage (「2004–2026」, "covers 2004-01-01 to 2026-12-31", "the last covered
 * year (2026)", 「覆盖到2026年底」, the built-in `nextNotice`, the size of the whole day table) equal to the years of
 * the seeds (seeds/calendar/cn/<year>.json), in the README, the docs, the package description and the seeds' README.
 * A statement about a fixed span of history (「34 days of 2004–2026」) or a test's range is not one of them.
 *
 *   tsx scripts/generate/syncCoverageStatements.ts          rewrite the statements
 *   tsx scripts/generate/syncCoverageStatements.ts --check  fail if one is stale (or no longer found)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT, runAsScript, writeGenerated } from './writeGenerated.js';

/** The years the calendar covers: the first and the last seed year. */
export function seedYears(): { readonly first: number; readonly last: number } {
  const years = readdirSync(join(PACKAGE_ROOT, 'seeds/calendar/cn'))
    .map((file) => /^(\d{4})\.json$/.exec(file)?.[1])
    .filter((year): year is string => year !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  if (years.length === 0) throw new Error('seeds/calendar/cn has no <year>.json');
  return { first: years[0] as number, last: years[years.length - 1] as number };
}

/** The days from `first`-01-01 to `last`-12-31, to the nearest hundred, written `8,400`. */
function aboutDays(first: number, last: number): string {
  const days = (Date.UTC(last + 1, 0, 1) - Date.UTC(first, 0, 1)) / 86_400_000;
  return (Math.round(days / 100) * 100).toLocaleString('en');
}

/** The notice the built-in calendar waits for, as `calendar.nextNotice` gives it. */
const nextNotice = (last: number): string => `\`{ year: ${last + 1}, mayChangeFrom: '${last}-12-26', mayChangeTo: '${last}-12-31' }\``;

/** One statement: the file, the text around the years, and the statement written for a coverage. */
interface CoverageStatement {
  readonly file: string;
  readonly pattern: RegExp;
  readonly text: (first: number, last: number) => string;
}

/** Every statement of the coverage; each must be found exactly once in its file. */
export const COVERAGE_STATEMENTS: readonly CoverageStatement[] = [
  { file: 'package.json', pattern: /an official working-day calendar \(\d{4}–\d{4}\)/u, text: (f, l) => `an official working-day calendar (${f}–${l})` },
  { file: 'seeds/calendar/README.md', pattern: /`cn\/<year>\.json` \(\d{4}–\d{4}\)/u, text: (f, l) => `\`cn/<year>.json\` (${f}–${l})` },
  { file: 'docs/performance.md', pattern: /with the whole \d{4}–\d{4} table/u, text: (f, l) => `with the whole ${f}–${l} table` },
  { file: 'docs/en/getting-started.md', pattern: /before the end of the last covered year \(\d{4}\)/u, text: (_, l) => `before the end of the last covered year (${l})` },
  { file: 'docs/zh-CN/getting-started.md', pattern: /内置日历覆盖到\d{4}年底/u, text: (_, l) => `内置日历覆盖到${l}年底` },
  { file: 'README.md', pattern: /covers \d{4}-01-01 to \d{4}-12-31 and refuses/u, text: (f, l) => `covers ${f}-01-01 to ${l}-12-31 and refuses` },
  { file: 'docs/calendar.md', pattern: /`calendarCoverage\(\)` is `\{ from: '\d{4}-01-01', to: '\d{4}-12-31' \}`/u, text: (f, l) => `\`calendarCoverage()\` is \`{ from: '${f}-01-01', to: '${l}-12-31' }\`` },
  { file: 'docs/en/calendar.md', pattern: /covers every day from \d{4}-01-01 to \d{4}-12-31/u, text: (f, l) => `covers every day from ${f}-01-01 to ${l}-12-31` },
  { file: 'docs/zh-CN/calendar.md', pattern: /内置日历覆盖\d{4}年1月1日至\d{4}年12月31日的每一天/u, text: (f, l) => `内置日历覆盖${f}年1月1日至${l}年12月31日的每一天` },
  { file: 'docs/en/calendar.md', pattern: /`\{ year: \d{4}, mayChangeFrom: '\d{4}-12-26', mayChangeTo: '\d{4}-12-31' \}` for the built-in one/u, text: (_, l) => `${nextNotice(l)} for the built-in one` },
  { file: 'docs/zh-CN/calendar.md', pattern: /内置日历的 `calendar\.nextNotice` 为 `\{ year: \d{4}, mayChangeFrom: '\d{4}-12-26', mayChangeTo: '\d{4}-12-31' \}`/u, text: (_, l) => `内置日历的 \`calendar.nextNotice\` 为 ${nextNotice(l)}` },
  { file: 'docs/en/sql.md', pattern: /the whole calendar, \d{4}-01-01 to\n\d{4}-12-31, about [\d,]+ rows/u, text: (f, l) => `the whole calendar, ${f}-01-01 to\n${l}-12-31, about ${aboutDays(f, l)} rows` },
  { file: 'docs/zh-CN/sql.md', pattern: /默认整个日历，\d{4}-01-01 至 \d{4}-12-31，约 [\d,]+ 行/u, text: (f, l) => `默认整个日历，${f}-01-01 至 ${l}-12-31，约 ${aboutDays(f, l)} 行` },
];

/**
 * Rewrites (or with `check` compares) every coverage statement for the seeds' years.
 *
 * @param check - Compare with the files on disk instead of writing them.
 * @returns `false` when a statement is stale or missing (the problems are printed).
 */
export function syncCoverageStatements(check: boolean): boolean {
  const { first, last } = seedYears();
  const byFile = new Map<string, CoverageStatement[]>();
  for (const statement of COVERAGE_STATEMENTS) byFile.set(statement.file, [...(byFile.get(statement.file) ?? []), statement]);
  let ok = true;
  for (const [file, statements] of byFile) {
    let content = readFileSync(join(PACKAGE_ROOT, file), 'utf8');
    for (const { pattern, text } of statements) {
      const found = content.match(new RegExp(pattern.source, 'gu'))?.length ?? 0;
      if (found !== 1) {
        console.error(`${file}: the coverage statement ${pattern} is found ${found} times, not once: update COVERAGE_STATEMENTS in scripts/generate/syncCoverageStatements.ts.`);
        ok = false;
        continue;
      }
      content = content.replace(pattern, text(first, last));
    }
    ok = writeGenerated(file, content, { check, command: 'npm run data:generate', detail: ` (coverage ${first}–${last})` }) && ok;
  }
  return ok;
}

runAsScript(import.meta.url, syncCoverageStatements);
