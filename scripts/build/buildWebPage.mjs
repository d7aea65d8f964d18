// `npm run web`: builds the static page of examples/web/ into examples/web/dist/ (index.html, app.js, app.css).
// The page imports 'yingshang/…' as any application does: esbuild resolves them through the package's "exports"
// (the browser build in dist/modules/), so the library is built first when dist/ is missing or older than src/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGE = join(ROOT, 'examples', 'web');
const OUT = join(PAGE, 'dist');

/** The newest modification time of the files under `dir` (recursively). */
function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return time;
}

/** Runs a command from the repository's root; stops the build with its exit code when it fails. */
function run(command, args, quiet) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'], timeout: 600_000 });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit code ${result.status}`}).`);
    process.exit(result.status || 1);
  }
}

const built = join(ROOT, 'dist', 'modules', 'index.js');
const sources = Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'package.json')).mtimeMs, statSync(join(ROOT, 'tsup.config.ts')).mtimeMs);
if (!existsSync(built) || !existsSync(join(ROOT, 'dist', 'index.d.ts')) || statSync(built).mtimeMs < sources) {
  console.log('Building the library first (npm run build)…');
  run('npm', ['run', 'build', '--silent'], true);
}

// Type-check the page against the built declarations, as an application would.
run(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join(PAGE, 'tsconfig.json'), '--noEmit'], false);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
await build({
  entryPoints: { app: join(PAGE, 'src', 'main.ts') },
  absWorkingDir: ROOT,
  outdir: OUT,
  bundle: true,
  minify: true,
  // A classic script, not a module: the page also works opened straight from disk (file://), where browsers refuse modules.
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
});
copyFileSync(join(PAGE, 'index.html'), join(OUT, 'index.html'));
console.log(`Built ${OUT}: ${readdirSync(OUT).join(', ')}. Serve that folder from any static host.`);
