// Packs the package once and checks the tarball as users get it: publint (strict) and Are the Types Wrong (node16)
// on the tarball, then installs it into a fresh consumer project (test/fixtures/consumer/) and uses it as users would:
// ESM import and CJS require of every subpath, and the .d.ts under moduleResolution node16 and bundler. Before that,
// every relative link of the packed Markdown files (README.md and the guides) must name a file in the tarball.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'yingshang-consumer-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

/**
 * The relative links of the packed Markdown files that name no packed file, as `file: target` (a link's `#anchor` is
 * not checked here; test/docs checks anchors in the repository).
 *
 * @param {string} unpacked - The directory the tarball was extracted to (its `package/` folder).
 * @param {readonly string[]} files - The packed files, relative to `unpacked`.
 */
function brokenLinks(unpacked, files) {
  const packed = new Set(files);
  const broken = [];
  for (const file of files.filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(join(unpacked, file), 'utf8').replace(/```[\s\S]*?```/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const path = target.split('#')[0];
      if (path === '' || /^[a-z][a-z+.-]*:/i.test(path)) continue;
      const resolved = posix.normalize(posix.join(dirname(file), decodeURI(path))).replace(/\/$/, '');
      if (!packed.has(resolved) && ![...packed].some((f) => f.startsWith(`${resolved}/`))) broken.push(`${file}: ${target}`);
    }
  }
  return broken;
}
try {
  const tarball = join(work, run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').at(-1));

  const unpacked = join(work, 'unpacked');
  run('mkdir', ['-p', unpacked], work);
  run('tar', ['-xzf', tarball, '-C', unpacked], work);
  const files = run('tar', ['-tzf', tarball], work)
    .split('\n')
    .filter((line) => line.startsWith('package/') && !line.endsWith('/'))
    .map((line) => line.slice('package/'.length));
  const broken = brokenLinks(join(unpacked, 'package'), files);
  if (broken.length > 0) throw new Error(`Links of the packed Markdown files that name no packed file:\n${broken.join('\n')}`);
  console.log(`links of the ${files.filter((f) => f.endsWith('.md')).length} packed Markdown files: ok`);

  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const bytes = readFileSync(tarball);
  const packed = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const { messages } = await publint({ pack: { tarball: packed }, strict: true });
  for (const message of messages) console.log(`publint ${message.type}: ${formatMessage(message, pkg)}`);
  if (messages.some((message) => message.type === 'error')) throw new Error('publint --strict found errors in the packed package (above).');
  console.log('publint --strict: ok');

  execFileSync(join(root, 'node_modules/.bin/attw'), [tarball, '--profile', 'node16'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });

  const project = join(work, 'consumer');
  cpSync(join(root, 'test/fixtures/consumer'), project, { recursive: true });
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
