// Packs the package, installs the tarball into a fresh consumer project and uses it as users would:
// ESM import and CJS require of every subpath, and the .d.ts under moduleResolution node16 and bundler.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'yingshang-consumer-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
try {
  const tarball = join(work, run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').at(-1));
  const project = join(work, 'consumer');
  cpSync(join(root, 'test/package/consumer'), project, { recursive: true });
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball], project);
  process.stdout.write(run(process.execPath, ['esm.mjs'], project));
  process.stdout.write(run(process.execPath, ['cjs.cjs'], project));
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  for (const config of ['tsconfig.node16.json', 'tsconfig.bundler.json']) {
    run(process.execPath, [tsc, '-p', config], project);
    console.log(`types under ${config}: ok`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
