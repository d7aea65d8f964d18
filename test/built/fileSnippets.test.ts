import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The guides' code that reads a file (examples/utilityMonthlyReport.mjs, shown in the utilities guide) must work on a
// file as Excel and WPS save it: a UTF-8 BOM, CRLF line ends, Chinese column names, dates written 2021/9/18, and a
// quoted cell holding a comma. It runs here on such a file and must print the same report as on the plain file.

const ROOT = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'yingshang-file-snippets-'));
afterAll(() => { rmSync(scratch, { recursive: true, force: true }); });

const CHINESE = { utility: '报装类型', category: '用户类别', acceptedOn: '受理日期', completedOn: '接入完成日期', pauses: '暂停时段' } as const;

/** The plain CSV as Excel would save it after a clerk typed it. */
function excelStyle(plain: string): string {
  const [header = '', ...lines] = plain.trimEnd().split('\n');
  const columns = header.split(',');
  const slashed = (date: string): string => date.replace(/^(\d{4})-0?(\d{1,2})-0?(\d{1,2})$/, '$1/$2/$3');
  const rows = lines.map((line, i) => {
    const cells = line.split(',').map((cell, c) => (['acceptedOn', 'completedOn'].includes(columns[c] ?? '') ? slashed(cell) : cell));
    return [...cells, i % 2 === 0 ? '"江津区某某公司, 几江街道"' : '个人'].join(',');
  });
  const chineseHeader = [...columns.map((c) => (CHINESE as Readonly<Record<string, string>>)[c] ?? c), '申请人'].join(',');
  return `\uFEFF${[chineseHeader, ...rows].join('\r\n')}\r\n`;
}

function report(csvPath?: string): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, TZ: 'Asia/Shanghai', ...(csvPath === undefined ? {} : { CONNECTIONS_CSV: csvPath }) };
  return spawnSync(process.execPath, [join(ROOT, 'examples/utilityMonthlyReport.mjs')], { encoding: 'utf8', env, timeout: 240_000 });
}

describe('the guides’ file-reading code on an Excel-style file', () => {
  it('reads a BOM, CRLF, Chinese headers, 2021/9/18 dates and quoted commas, and prints the same report', () => {
    const plain = readFileSync(join(ROOT, 'examples/data/connections-2021-10.csv'), 'utf8');
    const excel = join(scratch, 'connections-excel.csv');
    writeFileSync(excel, excelStyle(plain));
    expect(readFileSync(excel, 'utf8')).toMatch(/^\uFEFFid,报装类型,用户类别,受理日期,接入完成日期,暂停时段,申请人\r\n/);
    const expected = report();
    expect(expected.status, expected.stderr).toBe(0);
    const actual = report(excel);
    expect(actual.stderr).toBe('');
    expect(actual.stdout).toBe(expected.stdout);
    expect(actual.stdout).toContain('数据有误：0件');
  });
});
