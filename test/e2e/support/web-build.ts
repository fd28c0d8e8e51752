import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, WEB_DIST } from './paths';

const SOURCES = ['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts', 'src/contract', 'src/core'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds web/dist when it is missing or older than any source the web app is built from. */
export function ensureWebBuild(): void {
  const built = join(WEB_DIST, '.vite', 'manifest.json');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(join(REPO_ROOT, s))));
  if (builtAt > sourcesAt) return;
  console.log(`[e2e] building the web app (${builtAt === 0 ? 'no build yet' : 'sources changed'})`);
  const started = Date.now();
  const r = spawnSync(
    join(REPO_ROOT, 'node_modules/.bin/vite'),
    ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) throw new Error('vite build failed; see the output above');
  console.log(`[e2e] web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
