import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, RESULTS_DIR } from './paths';

export interface ServerProcess {
  readonly name: string;
  readonly url: string;
  readonly logFile: string;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts `tsx src/server/main.ts` on a free port with a fresh SQLite database in a temp folder
 * (migrated and seeded with the demo on start). Output goes to test-results/e2e/server-<name>.log.
 */
export async function startServer(name: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), `penata-e2e-${name}-`));
  const port = await freePort();
  const logFile = join(RESULTS_DIR, `server-${name}.log`);
  const log = openSync(logFile, 'w');
  const child = spawn(join(REPO_ROOT, 'node_modules/.bin/tsx'), ['src/server/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dataDir, 'penata.db')}`,
      ...env,
    },
    stdio: ['ignore', log, log],
    // Its own process group, so stop() ends the server and anything it started, and nothing else.
    detached: true,
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    logFile,
    child,
    async stop() {
      if (!exited && child.pid) {
        const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
        const timer = setTimeout(() => {
          try {
            if (child.pid) process.kill(-child.pid, 'SIGKILL');
          } catch {
            // Already gone.
          }
        }, 5000);
        await gone;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls GET /api/health until it answers 200; fails early (with the log's tail) if the server exits. */
export async function waitForHealth(
  url: string,
  opts: { timeoutMs: number; logFile?: string; child?: ChildProcess },
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < opts.timeoutMs) {
    if (opts.child && opts.child.exitCode !== null)
      throw new Error(`server exited with code ${opts.child.exitCode}\n${logTail(opts.logFile)}`);
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return Date.now() - started;
    } catch {
      // Not listening yet (seeding).
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} not healthy after ${opts.timeoutMs} ms\n${logTail(opts.logFile)}`);
}

export function logTail(logFile: string | undefined, lines = 30): string {
  if (!logFile) return '';
  try {
    return readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
