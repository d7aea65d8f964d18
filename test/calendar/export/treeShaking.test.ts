import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CALENDAR = fileURLToPath(new URL('../../../src/calendar/index.ts', import.meta.url));

/** The minified browser bundle of an app that imports `names` from the calendar subpath. */
async function bundle(names: readonly string[]): Promise<string> {
  const result = await build({
    stdin: { contents: `export { ${names.join(', ')} } from ${JSON.stringify(CALENDAR)};`, loader: 'ts', resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    charset: 'utf8',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('calendar export and tree-shaking', () => {
  it('leaves the export code out of an app that only counts working days', async () => {
    const code = await bundle(['isWorkingDay', 'addWorkingDays', 'createCalendar', 'holidaysOf']);
    expect(['VCALENDAR', 'noticePublishedOn', 'TENTATIVE', 'X-WR-CALNAME'].filter((marker) => code.includes(marker))).toEqual([]);
  });

  it('carries it into an app that exports', async () => {
    const code = await bundle(['toICS', 'toCSV']);
    expect(['VCALENDAR', 'noticePublishedOn', 'TENTATIVE', 'X-WR-CALNAME'].filter((marker) => code.includes(marker))).toHaveLength(4);
  });
});
