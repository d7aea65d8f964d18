import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './runCliInProcess.js';

const GUIDES = ['docs/en/utilities.md', 'docs/zh-CN/utilities.md'];

/** The `yingshang …` commands a guide shows inline, as a reader would copy them (run from the repository root). */
function commandsOf(guide: string): string[] {
  return [...readFileSync(guide, 'utf8').matchAll(/`(yingshang [^`]+)`/g)].map((m) => m[1] ?? '');
}

describe('the commands of the utilities guides', () => {
  for (const guide of GUIDES) {
    it(`${guide} shows commands`, () => {
      expect(commandsOf(guide).length).toBeGreaterThanOrEqual(3);
    });

    for (const command of commandsOf(guide)) {
      it(`${guide}: \`${command}\` runs on the example data as written`, async () => {
        const run = await runCliInProcess(command.split(/\s+/).slice(1));
        // 0 or 1 (some applications are late): an answer, never a usage error (2) or bad records (3).
        expect(run.stderr.replace(/^\d+ records: .*(\n {2}.*)*\n$/, ''), run.stderr).toBe('');
        expect([0, 1]).toContain(run.code);
        expect(run.stdout).not.toBe('');
      }, 30_000);
    }
  }
});
