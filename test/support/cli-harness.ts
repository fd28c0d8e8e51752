import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export interface CliRun {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/**
 * A throwaway SQLite database for a CLI test file and a runner of `bin/penata.mjs` against it, as a
 * user would call it; the folder is removed after the file's tests.
 */
export function cliDatabase(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = join(dir, 'cli.db');
  const database = `sqlite:${file}`;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const penata = (...args: string[]): CliRun => {
    const r = spawnSync(process.execPath, ['bin/penata.mjs', '--database', database, ...args], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  return { dir, file, database, penata };
}

/** Seeds the Kota Sibolga demo through the CLI before the file's tests. */
export function seedDemoBeforeAll(
  penata: (...args: string[]) => CliRun,
  employees: number,
  seed: number,
  timeout = 240_000,
): void {
  beforeAll(() => {
    const r = penata('db', 'seed', '--demo', '--employees', String(employees), '--seed', String(seed));
    if (r.code !== 0) throw new Error(r.err);
  }, timeout);
}
