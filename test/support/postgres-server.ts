import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface ThrowawayPostgres {
  /** Connection URL to the `postgres` database as superuser `penata`. */
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Where initdb and pg_ctl live: PENATA_PG_BIN, else the newest /usr/lib/postgresql/<major>/bin.
 * Returns the reason instead when there is none.
 */
export function findPostgresBinaries(): { dir: string } | { reason: string } {
  const candidates = process.env.PENATA_PG_BIN
    ? [process.env.PENATA_PG_BIN]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((major) => `/usr/lib/postgresql/${major}/bin`)
      : [];
  const dir = candidates.find((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'pg_ctl')));
  if (dir) return { dir };
  return {
    reason:
      'PostgreSQL binaries not found (looked in PENATA_PG_BIN and /usr/lib/postgresql/*/bin); ' +
      'set PENATA_TEST_DATABASE_URL to a server where the user may CREATE DATABASE',
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts a PostgreSQL server in a temporary folder, for tests only: trust authentication on
 * 127.0.0.1, no fsync, C locale (byte-order sorting like SQLite). PostgreSQL refuses to run as
 * root, so as root the folder is given to the `postgres` user and the binaries run as that user.
 */
export async function startThrowawayPostgres(binDir: string): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'penata-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const pg = (tool: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(binDir, tool), ...args])
      : run(join(binDir, tool), args);
  try {
    await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'penata', '-E', 'UTF8', '--locale=C', '--no-sync']);
    let lastError: unknown;
    for (let attempt = 0; attempt < 5; attempt++) {
      const port = await freePort();
      const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
      try {
        await pg('pg_ctl', [
          '-D',
          data,
          '-o',
          options,
          '-l',
          join(dir, 'server.log'),
          '-w',
          '-t',
          '60',
          'start',
        ]);
      } catch (error) {
        lastError = error;
        continue;
      }
      return {
        url: `postgres://penata@127.0.0.1:${port}/postgres`,
        stop: async () => {
          await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    throw lastError;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
